package org.diplomacygraph.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class GraphQlConfigurationTests {

	@Test
	void aSchemaFieldWithoutAResolverStopsStartUp() {
		GraphQlSource.SchemaResourceBuilder builder = builder("type Query { greeting: String }");

		assertThatIllegalStateException().isThrownBy(builder::build)
			.withMessageStartingWith("The schema and the controllers disagree:")
			.withMessageContaining("Unmapped fields: {Query=[greeting]}");
	}

	@Test
	void aSchemaWhoseFieldsAllHaveResolversStarts() {
		GraphQlSource.SchemaResourceBuilder builder = builder("type Query { greeting: String }")
			.configureRuntimeWiring((wiring) -> wiring.type("Query",
					(type) -> type.dataFetcher("greeting", (env) -> "hello")));

		assertThatNoException().isThrownBy(builder::build);
	}

	private static GraphQlSource.SchemaResourceBuilder builder(String sdl) {
		GraphQlSource.SchemaResourceBuilder builder = GraphQlSource.schemaResourceBuilder()
			.schemaResources(new ByteArrayResource(sdl.getBytes(StandardCharsets.UTF_8)));
		new GraphQlConfiguration().schemaMappingsMustBeComplete().customize(builder);
		return builder;
	}

}
