package org.diplomacygraph.values;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.diplomacygraph.values.InputText.Field;
import org.diplomacygraph.values.InputText.Problem;
import org.diplomacygraph.values.UserError.Code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The one rule for input text: a table of values, each accepted or refused with its exact message. */
class InputTextTests {

	static final String LETTER = "`name` must contain at least one letter or digit";

	static Stream<Arguments> table() {
		return Stream.of(
				// Names: a letter or digit after NFC and trimming of all Unicode white space; nothing invisible.
				Arguments.of(Field.NAME, "Tô Lâm", null),
				Arguments.of(Field.NAME, "北京", null),
				Arguments.of(Field.NAME, "7", null),
				Arguments.of(Field.NAME, "  Lam  ", null),
				Arguments.of(Field.NAME, "", problem(Code.REQUIRED, LETTER)),
				Arguments.of(Field.NAME, "\u00a0\u00a0", problem(Code.REQUIRED, LETTER)),
				Arguments.of(Field.NAME, "\u2000\u2005\u200a\u3000\u202f\u2007", problem(Code.REQUIRED, LETTER)),
				Arguments.of(Field.NAME, "\u200b", problem(Code.INVALID, LETTER)),
				Arguments.of(Field.NAME, "\u200e\u200f", problem(Code.INVALID, LETTER)),
				Arguments.of(Field.NAME, "\u0301\u0308", problem(Code.INVALID, LETTER)),
				Arguments.of(Field.NAME, "–·–", problem(Code.INVALID, LETTER)),
				Arguments.of(Field.NAME, "Lam\u0000", invalid("`name` must not contain the control character U+0000 (at offset 3)")),
				Arguments.of(Field.NAME, "Lam\tTo", invalid("`name` must not contain the control character U+0009 (at offset 3)")),
				Arguments.of(Field.NAME, "\u200fLam", invalid("`name` must not contain the format character U+200F (at offset 0)")),
				Arguments.of(Field.NAME, "La\u200em", invalid("`name` must not contain the format character U+200E (at offset 2)")),
				Arguments.of(Field.NAME, "Z\u200dW", invalid("`name` must not contain the format character U+200D (at offset 1)")),
				Arguments.of(Field.NAME, "Lam\ue000", invalid("`name` must not contain the private-use character U+E000 (at offset 3)")),
				Arguments.of(Field.NAME, "Lam\udb80\udc00", invalid("`name` must not contain the private-use character U+F0000 (at offset 3)")),
				Arguments.of(Field.NAME, "Lam\ud800", invalid("`name` must not contain the unpaired surrogate U+D800 (at offset 3)")),
				Arguments.of(Field.NAME, "\udc00Lam", invalid("`name` must not contain the unpaired surrogate U+DC00 (at offset 0)")),
				Arguments.of(Field.NAME, "Lam 😀", null),
				Arguments.of(Field.NAME, "x".repeat(200), null),
				Arguments.of(Field.NAME, "x".repeat(201), invalid("`name` may have at most 200 characters, got 201")),
				Arguments.of(Field.NAME, "\u00a0".repeat(60_000), invalid("`name` may have at most 200 characters, got 60000")),
				Arguments.of(Field.ORGANISATION_NAME, "x".repeat(300), null),
				// Lines (IDs, keys, dates): the same characters refused, no letter needed.
				Arguments.of(Field.ID, "UGVyc29uOnRvLWxhbQ", null),
				Arguments.of(Field.ID, "--", null),
				Arguments.of(Field.ID, "UGVy\u200bc29u", invalid("`name` must not contain the format character U+200B (at offset 4)")),
				Arguments.of(Field.ID, "A".repeat(60_000), invalid("`name` may have at most 200 characters, got 60000")),
				// Verbatim text: tab, line breaks and format characters (ZWNJ, ZWJ, soft hyphen, marks) are text.
				Arguments.of(Field.TEXT, "Line one.\r\n\tLine two.", null),
				Arguments.of(Field.TEXT, "می\u200cخواهم", null),
				Arguments.of(Field.TEXT, "क्\u200dष", null),
				Arguments.of(Field.TEXT, "co\u00adoperation \u200fשלום\u200e", null),
				Arguments.of(Field.TEXT, "\u00a0", null),
				Arguments.of(Field.TEXT, "A\u0000B", invalid("`name` must not contain the control character U+0000 (at offset 1)")),
				Arguments.of(Field.TEXT, "A\u007fB", invalid("`name` must not contain the control character U+007F (at offset 1)")),
				Arguments.of(Field.TEXT, "A\u0085B", invalid("`name` must not contain the control character U+0085 (at offset 1)")),
				Arguments.of(Field.TEXT, "A\ue000B", invalid("`name` must not contain the private-use character U+E000 (at offset 1)")),
				Arguments.of(Field.TEXT, "A\ud800B", invalid("`name` must not contain the unpaired surrogate U+D800 (at offset 1)")),
				Arguments.of(Field.TEXT, "x".repeat(65_537), invalid("`name` may have at most 65536 characters, got 65537")));
	}

	@ParameterizedTest
	@MethodSource("table")
	void eachValueIsAcceptedOrRefusedWithItsMessage(Field field, String value, Problem expected) {
		assertThat(InputText.problem(value, field, "name")).isEqualTo(expected);
	}

	@Test
	void nullIsNoProblemWhetherAFieldIsRequiredIsTheCallersToSay() {
		assertThat(InputText.problem(null, Field.NAME, "name")).isNull();
		assertThat(InputText.require(null, Field.NAME, "name")).isNull();
	}

	@Test
	void aNameIsNormalisedToNfcWithoutTheUnicodeSpacesAroundIt() {
		assertThat(InputText.normalise("\u00a0\u3000To\u0302 La\u0302m\u2009\n")).isEqualTo("Tô Lâm");
		assertThat(InputText.require(" Lo\u0302ng ", Field.NAME, "name")).isEqualTo("Lông");
		assertThat(InputText.require(" id ", Field.ID, "id")).isEqualTo(" id ");
		assertThat(InputText.isBlank("\u00a0\u2003\u3000")).isTrue();
		assertThat(InputText.isBlank("\u200b")).isFalse();
	}

	@Test
	void aQueryArgumentThatBreaksTheRuleIsABadRequest() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> InputText.require("x".repeat(60_000), Field.SEARCH, "query"))
			.withMessage("`query` may have at most 200 characters, got 60000");
	}

	@Test
	void echoedValuesAreCutAfter100CharactersWithoutSplittingASurrogatePair() {
		assertThat(InputText.echo("short")).isEqualTo("short");
		assertThat(InputText.echo("x".repeat(100))).isEqualTo("x".repeat(100));
		assertThat(InputText.echo("x".repeat(60_000))).isEqualTo("x".repeat(100) + "… (60000 characters)");
		String pair = "x".repeat(99) + "😀" + "y";
		assertThat(InputText.echo(pair)).isEqualTo("x".repeat(99) + "… (102 characters)");
	}

	@Test
	void valuesQuotedInOtherMessagesAreCutShortToo() {
		String value = "x".repeat(60_000);
		assertThat(InputText.echoQuoted("No value found for name '" + value + "'; or \"" + value + "\" here, 'short' stays"))
			.isEqualTo("No value found for name '" + "x".repeat(100) + "… (60000 characters)'; or \"" + "x".repeat(100)
					+ "… (60000 characters)\" here, 'short' stays");
		assertThat(InputText.echoQuoted("Unknown 'a$1\\b'")).isEqualTo("Unknown 'a$1\\b'");
	}

	private static Problem problem(Code code, String message) {
		return new Problem(code, message);
	}

	private static Problem invalid(String message) {
		return new Problem(Code.INVALID, message);
	}

}
