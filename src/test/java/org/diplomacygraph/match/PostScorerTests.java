package org.diplomacygraph.match;

import org.diplomacygraph.values.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's posts in the corpus, found again by title, organisation or country, and dates. */
class PostScorerTests {

	static final StoredPost GENERAL_SECRETARY = new StoredPost("to-lam/general-secretary", "to-lam", "General Secretary",
			"cpv-central-committee", "communist-party-of-vietnam", null, null, null);

	static final StoredPost PRESIDENT = new StoredPost("to-lam/president", "to-lam", "President", null, null, "vietnam",
			PartialDate.parse("2024-05"), PartialDate.parse("2024-10"));

	@Test
	void theSameTitleAtTheSameOrganisationIsThePost() {
		Candidate post = PostScorer.score(new PostQuery("to-lam", "general secretary", "cpv-central-committee", null, null,
				null), "communist-party-of-vietnam", GENERAL_SECRETARY, Corpus.LABELS);
		assertThat(post.score()).isEqualTo(90);
		assertThat(post.reasons()).containsExactly("the title 'General Secretary', as given (+50)",
				"at Central Committee of the Communist Party of Vietnam, as given (+40)");
	}

	@Test
	void theParentOrganisationIsRelated() {
		// "General Secretary of the Communist Party of Vietnam": the post is held at its Central Committee.
		Candidate post = PostScorer.score(new PostQuery("to-lam", "General Secretary", "communist-party-of-vietnam", null,
				null, null), null, GENERAL_SECRETARY, Corpus.LABELS);
		assertThat(post.score()).isEqualTo(70);
		assertThat(post.reasons()).contains("at Central Committee of the Communist Party of Vietnam, part of Communist "
				+ "Party of Vietnam as given (+20)");
	}

	@Test
	void aCountryHeadedAndDatesHeld() {
		Candidate president = PostScorer.score(new PostQuery("to-lam", "President", null, "vietnam",
				PartialDate.parse("2024-08"), null), null, PRESIDENT, Corpus.LABELS);
		assertThat(president.score()).isEqualTo(100);
		assertThat(president.reasons()).contains("at the head of Vietnam, as given (+40)");
		Candidate later = PostScorer.score(new PostQuery("to-lam", "President", null, "vietnam",
				PartialDate.parse("2025"), null), null, PRESIDENT, Corpus.LABELS);
		assertThat(later.score()).isEqualTo(50 + 40 - 25);
		Candidate atOrganisation = PostScorer.score(new PostQuery("to-lam", "President", "cpv-central-committee", null,
				null, null), null, PRESIDENT, Corpus.LABELS);
		assertThat(atOrganisation.reasons()).contains("at the head of a country, not at an organisation (-30)");
	}

	@Test
	void anotherTitleAtTheSameOrganisationIsWeaker() {
		Candidate post = PostScorer.score(new PostQuery("to-lam", "Secretary", "cpv-central-committee", null, null, null),
				null, GENERAL_SECRETARY, Corpus.LABELS);
		assertThat(post.score()).isBetween(Thresholds.POSSIBLE, Thresholds.LIKELY);
	}

}
