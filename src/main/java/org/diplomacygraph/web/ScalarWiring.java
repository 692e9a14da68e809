package org.diplomacygraph.web;

import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** Registers the schema's custom scalars (a component, so that {@code @GraphQlTest} slices get them too). */
@Component
class ScalarWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.scalar(PartialDateScalar.INSTANCE);
	}

}
