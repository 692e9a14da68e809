package org.diplomacygraph.claim;

import java.util.ArrayList;
import java.util.List;

import org.diplomacygraph.record.RecordType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served-value rules ({@link ClaimField.Rule}) as {@link Choice} applies them to the claims of
 * one field of one record, oldest first: which value is served, and whether the field is disputed.
 */
class ChoiceTests {

	/** Claims of one field of one meeting, each by the article named, in the order given. */
	private static List<Claim> claims(ClaimField field, String... articleAndValue) {
		List<Claim> claims = new ArrayList<>();
		for (int i = 0; i < articleAndValue.length; i += 2) {
			claims.add(Claim.byArticle(RecordType.MEETING, "talks", field, articleAndValue[i + 1], articleAndValue[i]));
		}
		return claims;
	}

	private static Choice date(String... articleAndValue) {
		return Choice.of(ClaimField.DATE, claims(ClaimField.DATE, articleAndValue));
	}

	@Nested
	class Dates {

		@Test
		void aMonthAndADayOfItAgreeAndTheDayIsServed() {
			assertThat(date("a", "2023-06", "b", "2023-06-09")).isEqualTo(new Choice("2023-06-09", false));
			assertThat(date("a", "2023-06-09", "b", "2023-06")).isEqualTo(new Choice("2023-06-09", false));
			assertThat(date("a", "2023", "b", "2023-06", "c", "2023-06-09")).isEqualTo(new Choice("2023-06-09", false));
		}

		@Test
		void twoDaysDisagreeAndTheEarliestClaimIsServedWhenSupportAndPrecisionTie() {
			assertThat(date("a", "2023-06-15", "b", "2023-06-14")).isEqualTo(new Choice("2023-06-15", true));
			assertThat(date("a", "2023-06-14", "b", "2023-06-15")).isEqualTo(new Choice("2023-06-14", true));
		}

		@Test
		void theDateMoreClaimsAreConsistentWithIsServedFirst() {
			assertThat(date("a", "2023-06-14", "b", "2023-06-15", "c", "2023-06-15"))
				.isEqualTo(new Choice("2023-06-15", true));
			// 14 and 15 June exclude each other; June 2023 is consistent with all three, so it is served.
			assertThat(date("a", "2023-06-14", "b", "2023-06-15", "c", "2023-06"))
				.isEqualTo(new Choice("2023-06", true));
		}

		@Test
		void amongDatesOfEqualSupportTheMorePreciseIsServed() {
			// 2023 and 9 June 2023 are each consistent with two claims (themselves and each other), 2024 with one.
			assertThat(date("a", "2023", "b", "2024", "c", "2023-06-09")).isEqualTo(new Choice("2023-06-09", true));
		}

		@Test
		void aDayWithoutAYearFitsTheDatesThatHoldThatDay() {
			assertThat(date("a", "--06-24", "b", "2024-06-24")).isEqualTo(new Choice("2024-06-24", false));
			assertThat(date("a", "--06-24", "b", "2024-06")).isEqualTo(new Choice("2024-06", false));
			assertThat(date("a", "--06-24", "b", "--06-24")).isEqualTo(new Choice("--06-24", false));
			assertThat(date("a", "--02-29", "b", "2024")).isEqualTo(new Choice("2024", false));
		}

		@Test
		void aDayWithoutAYearDisagreesWithOtherDays() {
			assertThat(date("a", "--06-24", "b", "2024-06-25")).isEqualTo(new Choice("2024-06-25", true));
			assertThat(date("a", "--06-24", "b", "2024-07")).isEqualTo(new Choice("2024-07", true));
			assertThat(date("a", "--06-24", "b", "--06-25")).isEqualTo(new Choice("--06-24", true));
			assertThat(date("a", "--02-29", "b", "2023")).isEqualTo(new Choice("2023", true));
		}

		@Test
		void theServedClaimIsTheOneWithTheServedValue() {
			List<Claim> claims = claims(ClaimField.END_DATE, "a", "2023-06-15", "b", "2023-06-14", "c", "2023-06-15");
			Choice choice = Choice.of(ClaimField.END_DATE, claims);
			assertThat(claims).extracting((claim) -> choice.serves(ClaimField.END_DATE, claim))
				.containsExactly(true, false, true);
		}

	}

	@Nested
	class MostSources {

		@Test
		void oneValueIsServedUndisputed() {
			assertThat(Choice.of(ClaimField.KIND, claims(ClaimField.KIND, "a", "TALKS", "b", "TALKS")))
				.isEqualTo(new Choice("TALKS", false));
		}

		@Test
		void theValueMostSourcesGiveIsServedAndTheFieldIsDisputed() {
			assertThat(Choice.of(ClaimField.KIND, claims(ClaimField.KIND, "a", "MEETING", "b", "TALKS", "c", "TALKS")))
				.isEqualTo(new Choice("TALKS", true));
		}

		@Test
		void aTieGoesToTheEarliestClaim() {
			assertThat(Choice.of(ClaimField.KIND, claims(ClaimField.KIND, "a", "TALKS", "b", "MEETING")))
				.isEqualTo(new Choice("TALKS", true));
			assertThat(Choice.of(ClaimField.KIND, claims(ClaimField.KIND, "a", "MEETING", "b", "TALKS")))
				.isEqualTo(new Choice("MEETING", true));
		}

		@Test
		void sourcesAreCountedNotClaims() {
			// Article a claims TALKS twice: one source. MEETING has two sources.
			assertThat(Choice.of(ClaimField.KIND,
					claims(ClaimField.KIND, "a", "TALKS", "a", "TALKS", "b", "MEETING", "c", "MEETING")))
				.isEqualTo(new Choice("MEETING", true));
			// One source each: the earliest, although TALKS has two claims.
			assertThat(Choice.of(ClaimField.KIND, claims(ClaimField.KIND, "a", "MEETING", "b", "TALKS", "b", "TALKS")))
				.isEqualTo(new Choice("MEETING", true));
		}

		@Test
		void anEditorIsASourceLikeAnArticle() {
			List<Claim> claims = new ArrayList<>(claims(ClaimField.PLACE, "a", "hanoi"));
			claims.add(Claim.byEditor(RecordType.MEETING, "talks", ClaimField.PLACE, "havana", 7));
			claims.add(Claim.byEditor(RecordType.MEETING, "talks", ClaimField.PLACE, "havana", 8));
			assertThat(Choice.of(ClaimField.PLACE, claims)).isEqualTo(new Choice("havana", true));
		}

	}

	@Nested
	class Furthest {

		@Test
		void theFurthestStageAnySourceReportsIsServedAndNeverDisputed() {
			assertThat(Choice.of(ClaimField.STATUS, claims(ClaimField.STATUS, "a", "PLANNED", "b", "SIGNED")))
				.isEqualTo(new Choice("SIGNED", false));
			assertThat(Choice.of(ClaimField.STATUS, claims(ClaimField.STATUS, "a", "SIGNED", "b", "PLANNED")))
				.isEqualTo(new Choice("SIGNED", false));
			assertThat(Choice.of(ClaimField.STATUS,
					claims(ClaimField.STATUS, "a", "PLANNED", "b", "IN_FORCE", "c", "SIGNED", "d", "PLANNED")))
				.isEqualTo(new Choice("IN_FORCE", false));
			assertThat(Choice.of(ClaimField.STATUS, claims(ClaimField.STATUS, "a", "ENDED", "b", "PLANNED")))
				.isEqualTo(new Choice("ENDED", false));
		}

		@Test
		void onlyTheClaimsOfTheFurthestStageAreServed() {
			List<Claim> claims = claims(ClaimField.STATUS, "a", "PLANNED", "b", "PLANNED", "c", "SIGNED");
			Choice choice = Choice.of(ClaimField.STATUS, claims);
			assertThat(claims).extracting((claim) -> choice.serves(ClaimField.STATUS, claim))
				.containsExactly(false, false, true);
		}

	}

	@Test
	void namesAreAUnionEverySpellingServedNeverDisputed() {
		List<Claim> claims = claims(ClaimField.ALIAS, "a", "La Habana", "b", "Havana", "c", "Habana");
		Choice choice = Choice.of(ClaimField.ALIAS, claims);
		assertThat(choice.disputed()).isFalse();
		assertThat(claims).allMatch((claim) -> choice.serves(ClaimField.ALIAS, claim));
	}

	@Test
	void noClaimServesNothing() {
		for (ClaimField field : ClaimField.values()) {
			assertThat(Choice.of(field, List.of())).isEqualTo(new Choice(null, false));
		}
	}

}
