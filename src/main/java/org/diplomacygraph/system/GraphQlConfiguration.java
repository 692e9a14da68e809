package org.diplomacygraph.system;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** GraphQL wiring for the whole application: the check that schema and code agree. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/**
	 * Start-up fails when a schema field has no resolver or a resolver no field: the schema is the
	 * contract. Declared here rather than as a component so that {@code @GraphQlTest} slices, which
	 * hold only the controllers under test, are not held to it.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer schemaMappingsMustBeComplete() {
		return (builder) -> builder.inspectSchemaMappings((report) -> {
			if (!report.unmappedFields().isEmpty() || !report.unmappedRegistrations().isEmpty()
					|| !report.unmappedArguments().isEmpty()) {
				throw new IllegalStateException("The schema and the controllers disagree:\n" + report);
			}
		});
	}

}
