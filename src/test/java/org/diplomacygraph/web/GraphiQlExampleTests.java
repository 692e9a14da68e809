package org.diplomacygraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
	void everyTabIsOneNamedQueryValidAgainstTheSchema() throws IOException {
		List<GraphiQlController.Tab> tabs = GraphiQlController.tabs();

		assertThat(tabs).hasSizeGreaterThanOrEqualTo(4);
		for (GraphiQlController.Tab tab : tabs) {
			ParseAndValidateResult result = validate(tab.query());
			assertThat(result.getErrors()).as(tab.file()).isEmpty();
			assertThat(result.getDocument().getDefinitionsOfType(OperationDefinition.class)).as(tab.file())
				.singleElement()
				.satisfies((operation) -> {
					assertThat(operation.getOperation()).isEqualTo(OperationDefinition.Operation.QUERY);
					assertThat(operation.getName()).isNotBlank();
				});
		}
	}

	@Test
	void theTabsComeInTheOrderOfTheNumbersTheirFileNamesStartWith() throws IOException {
		List<Integer> numbers = GraphiQlController.tabs()
			.stream()
			.map((tab) -> Integer.parseInt(tab.file().substring(0, tab.file().indexOf('-'))))
			.toList();

		// 10-… after 9-…, not after 1-… as names compare.
		assertThat(numbers).hasSizeGreaterThanOrEqualTo(10).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void theFirstTabIsReadmesFirstQuery() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		Matcher block = Pattern.compile("```graphql\n(.*?)```", Pattern.DOTALL).matcher(readme);
		assertThat(block.find()).as("a graphql block in README.md").isTrue();
		String first = GraphiQlController.tabs().get(0).query();

		// The tab opens with a few comment lines saying what it is and how to run it.
		assertThat(first).startsWith("#");
		assertThat(first.replaceAll("(?m)^#.*\n", "")).isEqualTo(block.group(1));
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
