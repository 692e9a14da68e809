package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.List;

import org.diplomacygraph.propose.ArticleDraft.EvidenceDraft;
import org.diplomacygraph.propose.ArticleDraft.OrganisationDraft;
import org.diplomacygraph.propose.ArticleDraft.PersonDraft;
import org.diplomacygraph.propose.Proposal.MentionCandidate;
import org.diplomacygraph.propose.Proposal.ProposedMention;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a proposal links names the stored graph does not hold as such: by the matcher's scores (a
 * spelling, a translation), and "the Party" of a country. Plain Java over a gazetteer in memory.
 */
class ProposerLinkingTests {

	private static final List<Gazetteer.Known> KNOWN = List.of(
			new Gazetteer.Known(RecordType.COUNTRY, "vietnam", "Vietnam", List.of("Việt Nam"), null, null, null, "VN",
					List.of()),
			new Gazetteer.Known(RecordType.COUNTRY, "cuba", "Cuba", List.of(), null, null, null, "CU", List.of()),
			new Gazetteer.Known(RecordType.COUNTRY, "china", "China", List.of(), null, null, null, "CN", List.of()),
			new Gazetteer.Known(RecordType.PLACE, "hanoi", "Hanoi", List.of(), "city", null, "vietnam", null, List.of()),
			new Gazetteer.Known(RecordType.ORGANISATION, "communist-party-of-vietnam", "Communist Party of Vietnam",
					List.of("CPV"), "party", null, "vietnam", null, List.of()),
			new Gazetteer.Known(RecordType.ORGANISATION, "communist-party-of-cuba", "Communist Party of Cuba",
					List.of("PCC"), "party", null, "cuba", null, List.of()),
			new Gazetteer.Known(RecordType.ORGANISATION, "communist-party-of-china", "Communist Party of China",
					List.of("CPC"), "party", null, "china", null, List.of()),
			new Gazetteer.Known(RecordType.ORGANISATION, "china-zhi-gong-party", "China Zhi Gong Party", List.of(),
					"party", null, "china", null, List.of()),
			new Gazetteer.Known(RecordType.ORGANISATION, "hanoi-party-committee", "Hanoi Party Committee", List.of(),
					"party-committee", "communist-party-of-vietnam", "vietnam", null, List.of()),
			new Gazetteer.Known(RecordType.PERSON, "dinh-tien-dung", "Đinh Tiến Dũng", List.of("Dinh Tien Dung"), null,
					null, "vietnam", null, List.of()));

	private static Proposal propose(String text) {
		return Proposer.propose(new Proposer.Request(text, "2023-06-10", "en", null), () -> KNOWN);
	}

	@Test
	void aPersonSpeltOtherwiseIsLinkedToTheStoredOneWithTheMatchersScoreAndReasons() {
		Proposal proposal = propose("Secretary of the Hanoi Party Committee Dinh Tien Dzung received the delegation "
				+ "in Hanoi on June 9.");

		assertThat(proposal.draft().people()).extracting(PersonDraft::id).containsExactly(id("Person", "dinh-tien-dung"));
		assertThat(proposal.draft().people().get(0).aliases()).containsExactly("Dinh Tien Dzung");
		MentionCandidate candidate = mention(proposal, "Dinh Tien Dzung").candidates().get(0);
		assertThat(candidate.name()).isEqualTo("Đinh Tiến Dũng");
		assertThat(candidate.score()).isBetween(70, 89);
		assertThat(candidate.reasons()).singleElement().asString().contains("dzung≈dung");
	}

	@Test
	void aNameNoRuleReadIsLinkedToTheOneOrganisationItClearlyResembles() {
		Proposal proposal = propose("Dinh Tien Dung received a delegation of the Partido Comunista de Cuba in Hanoi.");

		OrganisationDraft party = organisation(proposal, "communist-party-of-cuba");
		assertThat(party.aliases()).containsExactly("Partido Comunista de Cuba");
		assertThat(mention(proposal, "Partido Comunista de Cuba").candidates().get(0).reasons()).singleElement()
			.asString()
			.contains("'PCC' is the initials of 'Partido Comunista de Cuba'");
	}

	@Test
	void aNewBodyWhoseNameHoldsAStoredOnesStaysNewWithTheStoredOneAsCandidate() {
		Proposal proposal = propose("Dinh Tien Dung met the Head of the Hanoi Party Committee's Organization "
				+ "Commission.");

		assertThat(proposal.draft().organisations()).filteredOn((o) -> o.id() == null)
			.extracting(OrganisationDraft::name)
			.containsExactly("Hanoi Party Committee's Organization Commission");
		List<MentionCandidate> candidates = mention(proposal, "Hanoi Party Committee's Organization Commission")
			.candidates();
		assertThat(candidates).extracting(MentionCandidate::name).containsExactly("Hanoi Party Committee");
		assertThat(candidates.get(0).score()).isLessThan(90);
	}

	@Test
	void theTwoPartiesAreThePartiesOfTheTwoCountriesTheTextNamesMost() {
		Proposal proposal = propose("Cuba and Vietnam have close ties. The two Parties agreed to meet in Cuba.");

		assertThat(quotes(organisation(proposal, "communist-party-of-cuba"))).containsExactly("two Parties");
		assertThat(quotes(organisation(proposal, "communist-party-of-vietnam"))).containsExactly("two Parties");
		assertThat(proposal.draft().organisations()).extracting(OrganisationDraft::aliases)
			.allSatisfy((aliases) -> assertThat(aliases).isEmpty());
	}

	@Test
	void thePartyOfACountryIsReadFromADemonymOrFromOfTheCountry() {
		Proposal proposal = propose("The Party, State and people of Cuba thank Vietnam. The Vietnamese Party, State "
				+ "and people support Cuba.");

		assertThat(proposal.draft().organisations()).extracting(OrganisationDraft::id)
			.containsExactlyInAnyOrder(id("Organisation", "communist-party-of-cuba"),
					id("Organisation", "communist-party-of-vietnam"));
		assertThat(quotes(organisation(proposal, "communist-party-of-vietnam"))).singleElement()
			.asString()
			.contains("Vietnamese Party");
	}

	@Test
	void aPartyIsNotGuessedWhereTheCountryHasSeveralOrTheWordStartsAName() {
		Proposal proposal = propose("The Party, State and people of China welcomed him. The Hanoi Party Committee met "
				+ "the Party Committee of the province.");

		assertThat(proposal.draft().organisations()).extracting(OrganisationDraft::id)
			.doesNotContain(id("Organisation", "communist-party-of-china"), id("Organisation", "china-zhi-gong-party"),
					id("Organisation", "communist-party-of-vietnam"));
	}

	private static String id(String type, String slug) {
		return GlobalId.encode(type, slug);
	}

	private static ProposedMention mention(Proposal proposal, String text) {
		return proposal.mentions().stream().filter((m) -> m.text().equals(text)).findFirst().orElseThrow();
	}

	private static OrganisationDraft organisation(Proposal proposal, String id) {
		return proposal.draft().organisations().stream().filter((o) -> id("Organisation", id).equals(o.id())).findFirst().orElseThrow();
	}

	private static List<String> quotes(OrganisationDraft organisation) {
		List<String> quotes = new ArrayList<>();
		organisation.evidence().stream().map(EvidenceDraft::quote).forEach(quotes::add);
		return quotes;
	}

}
