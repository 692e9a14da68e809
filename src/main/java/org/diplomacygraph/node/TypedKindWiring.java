package org.diplomacygraph.node;

import java.util.Map;

import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Serves {@code organisationKind}, {@code placeKind}, {@code meetingKind} and {@code agreementKind}:
 * each type's {@code kind} under a name no other type has, so that one selection over several types
 * can ask for every kind without a FieldsConflict (four enums under one name). The same entity
 * property as {@code kind}, read by graphql-java's property fetcher, which is trivial (no wrapping).
 */
@Component
class TypedKindWiring implements RuntimeWiringConfigurer {

	/** GraphQL type → its typed kind field. */
	private static final Map<String, String> FIELDS = Map.of("Organisation", "organisationKind", "Place", "placeKind",
			"Meeting", "meetingKind", "Agreement", "agreementKind");

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		FIELDS.forEach((type, field) -> wiring.type(type,
				(builder) -> builder.dataFetcher(field, PropertyDataFetcher.fetching("kind"))));
	}

}
