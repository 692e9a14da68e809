package org.diplomacygraph.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionReflowTests {

	@Test
	void aWrappedParagraphBecomesOneLine() {
		assertThat(DescriptionReflow.reflow("Merges two records of one type that are one\nreal-world entity or event."))
			.isEqualTo("Merges two records of one type that are one real-world entity or event.");
	}

	@Test
	void paragraphsStaySeparate() {
		assertThat(DescriptionReflow.reflow("First paragraph,\nwrapped.\n\nSecond\nparagraph."))
			.isEqualTo("First paragraph, wrapped.\n\nSecond paragraph.");
	}

	@Test
	void listItemsStartTheirOwnLineAndTheirContinuationsJoinThem() {
		assertThat(DescriptionReflow.reflow("""
				What moves:
				- People, organisations: posts, participations,
				  signatures and parties.
				- Meetings: participants are a union (one
				  participation per person).

				Then the rest
				of it.""")).isEqualTo("""
				What moves:
				- People, organisations: posts, participations, signatures and parties.
				- Meetings: participants are a union (one participation per person).

				Then the rest of it.""");
		// Markdown's lazy continuation: an unindented line right after an item goes on that item.
		assertThat(DescriptionReflow.reflow("- an item\nlazily continued")).isEqualTo("- an item lazily continued");
	}

	@Test
	void orderedListsStartAtOneOrContinueAList() {
		assertThat(DescriptionReflow.reflow("Steps:\n1. first\n2. second\nstill second")).isEqualTo(
				"Steps:\n1. first\n2. second still second");
		assertThat(DescriptionReflow.reflow("Signed in\n2023. Valid five years.")).isEqualTo(
				"Signed in 2023. Valid five years.");
	}

	@Test
	void codeHeadingsQuotesTablesAndHardBreaksAreKept() {
		String fenced = "Example:\n\n```graphql\n{ meetings {\n  totalCount } }\n```\nAfter\nthe code.";
		assertThat(DescriptionReflow.reflow(fenced))
			.isEqualTo("Example:\n\n```graphql\n{ meetings {\n  totalCount } }\n```\nAfter the code.");
		assertThat(DescriptionReflow.reflow("Text.\n\n    indented code\n    more code")).isEqualTo(
				"Text.\n\n    indented code\n    more code");
		assertThat(DescriptionReflow.reflow("# Heading\nText\n> quote\n| a | b |\n| - | - |")).isEqualTo(
				"# Heading\nText\n> quote\n| a | b |\n| - | - |");
		assertThat(DescriptionReflow.reflow("Line one  \nline two\\\nline three")).isEqualTo(
				"Line one  \nline two\\\nline three");
	}

	@ParameterizedTest
	@ValueSource(strings = { "One line.", "" })
	void textWithoutLineBreaksIsUnchanged(String text) {
		assertThat(DescriptionReflow.reflow(text)).isSameAs(text);
		assertThat(DescriptionReflow.reflow(null)).isNull();
	}

}
