package org.diplomacygraph.endpoint;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import org.diplomacygraph.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures of documents, counted on the syntax tree without expanding a fragment. */
class DocumentFiguresTests {

	static DocumentFigures figures(String document, String operationName) {
		return DocumentFigures.of(Parser.parse(document), operationName);
	}

	@Test
	void fieldsAndDepthOfAPlainQuery() {
		DocumentFigures figures = figures("{ people(first: 2) { nodes { name meetings { totalCount } } } }", null);

		assertThat(figures.fields()).isEqualTo(5);
		assertThat(figures.depth()).isEqualTo(4);
		assertThat(figures.fragments()).isZero();
		assertThat(figures.cycle()).isNull();
		assertThat(figures.operationFields()).isEqualTo(5);
	}

	@Test
	void aFragmentCountsWhereverItIsSpreadAndDirectivesCountAsFields() {
		DocumentFigures figures = figures("""
				{ people { nodes { ...P } } a: people { nodes { ...P @include(if: true) } } }
				fragment P on Person { name positions { title } }
				""", null);

		// 2 × (people, nodes) + 2 × (name, positions, title) + 1 directive
		assertThat(figures.fields()).isEqualTo(11);
		assertThat(figures.depth()).isEqualTo(4);
		assertThat(figures.fragments()).isEqualTo(1);
	}

	@Test
	void aFragmentBombIsCountedByArithmetic() {
		String fragments = IntStream.rangeClosed(1, 40)
			.mapToObj((i) -> "fragment F%d on Query { ...F%d ...F%d }".formatted(i, i - 1, i - 1))
			.collect(Collectors.joining("\n"));

		DocumentFigures figures = figures("{ ...F40 }\nfragment F0 on Query { __typename }\n" + fragments, null);

		assertThat(figures.fields()).isEqualTo(1L << 40);
		assertThat(figures.depth()).isEqualTo(1);
	}

	@Test
	void countsSaturateInsteadOfOverflowing() {
		String fragments = IntStream.rangeClosed(1, 70)
			.mapToObj((i) -> "fragment F%d on Query { ...F%d ...F%d }".formatted(i, i - 1, i - 1))
			.collect(Collectors.joining("\n"));

		DocumentFigures figures = figures("{ ...F70 }\nfragment F0 on Query { __typename }\n" + fragments, null);

		assertThat(figures.fields()).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void aCycleIsNamedAndCountsAsEmpty() {
		DocumentFigures figures = figures("""
				{ ...A }
				fragment A on Query { __typename ...B }
				fragment B on Query { ...C }
				fragment C on Query { ...A }
				""", null);

		assertThat(figures.cycle()).isEqualTo("A");
		assertThat(figures.fields()).isEqualTo(1);
	}

	@Test
	void unknownFragmentsCountAsEmpty() {
		assertThat(figures("{ ...Nowhere people { totalCount } }", null).fields()).isEqualTo(2);
	}

	@Test
	void anUnusedFragmentCountsAsMuchAsTheOperations() {
		DocumentFigures figures = figures("""
				{ __typename }
				fragment Big on Query { a: __typename b: __typename c: __typename }
				""", null);

		assertThat(figures.fields()).isEqualTo(3);
	}

	@Test
	void everyOperationIsCountedButOnlyTheOneThatRunsIsCharged() {
		DocumentFigures figures = figures("""
				query A { people { totalCount } }
				query B { meetings { nodes { title } } __schema { types { name fields { name } } } }
				""", "B");

		assertThat(figures.fields()).isEqualTo(2 + 8);
		assertThat(figures.operationFields()).as("introspection is free").isEqualTo(3);
	}

	@Test
	void graphiqlsIntrospectionQueryIsWellWithinTheLimits() {
		DocumentFigures figures = DocumentFigures.of(Parser.parse(GraphQlHttp.document("introspection")),
				"IntrospectionQuery");

		assertThat(figures.fields()).isLessThan(200);
		assertThat(figures.depth()).isEqualTo(13);
		assertThat(figures.operationFields()).isZero();
	}

}
