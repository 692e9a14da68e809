package org.diplomacygraph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphiQlExampleTests {

	@Test
	void theExampleQueryIsValidAgainstTheSchema() throws IOException {
		ParseAndValidateResult result = validate(GraphiQlController.read(GraphiQlController.EXAMPLE_LOCATION));

		assertThat(result.getErrors()).isEmpty();
		assertThat(result.getDocument().getDefinitionsOfType(OperationDefinition.class)).singleElement()
			.satisfies((operation) -> {
				assertThat(operation.getOperation()).isEqualTo(OperationDefinition.Operation.QUERY);
				assertThat(operation.getName()).isEqualTo("MeetingsWithEvidence");
			});
	}

	@Test
	void theValidationRejectsAFieldTheSchemaDoesNotHave() throws IOException {
		assertThat(validate("{ meetings { nodes { participants { person { birthday } } } } }").getErrors())
			.singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("birthday"));
	}

	private static ParseAndValidateResult validate(String query) throws IOException {
		return ParseAndValidate.parseAndValidate(schema(), ExecutionInput.newExecutionInput(query).build());
	}

	/** The contract as graphql-java reads it from schema/, without resolvers. */
	static GraphQLSchema schema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		SchemaParser parser = new SchemaParser();
		int files = 0;
		try (DirectoryStream<Path> sdl = Files.newDirectoryStream(Path.of("schema"), "*.graphqls")) {
			for (Path file : sdl) {
				registry.merge(parser.parse(Files.readString(file, StandardCharsets.UTF_8)));
				files++;
			}
		}
		assertThat(files).as("SDL files in schema/").isPositive();
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

}
