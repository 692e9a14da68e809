package org.diplomacygraph.web;

import java.util.List;

import org.dataloader.DataLoaderOptions;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/**
 * GraphQL wiring for the whole application: the check that schema and code agree, descriptions
 * served as Markdown paragraphs, and batching.
 */
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

	/** Descriptions as Markdown paragraphs, without the SDL files' line wrapping ({@link DescriptionReflow}). */
	@Bean
	GraphQlSourceBuilderCustomizer descriptionsAsParagraphs() {
		return (builder) -> builder.typeVisitorsToTransformSchema(List.of(new DescriptionReflow()));
	}

	/**
	 * The registry every {@code @BatchMapping} and named batch loader is registered in. With
	 * {@code diplomacy.graphql.batching=false} each DataLoader dispatches every key on its own, so the
	 * same resolvers run naively (one statement per source): the benchmark's baseline, never for
	 * production. The property is read as each request makes its DataLoaders, so that a test can
	 * switch batching off for a while in a running application.
	 */
	@Bean
	BatchLoaderRegistry batchLoaderRegistry(Environment environment) {
		return new DefaultBatchLoaderRegistry(() -> DataLoaderOptions.newOptions()
			.setBatchingEnabled(environment.getProperty("diplomacy.graphql.batching", Boolean.class, true))
			.build());
	}

}
