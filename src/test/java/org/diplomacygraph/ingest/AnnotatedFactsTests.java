package org.diplomacygraph.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.RepositoryTest;
import org.diplomacygraph.claim.ServedValues;
import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.agreement.AgreementPartyRepository;
import org.diplomacygraph.agreement.AgreementRepository;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.ArticleRepository;
import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.article.EvidenceRepository;
import org.diplomacygraph.audit.WriteLock;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.MeetingRepository;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.meeting.ParticipantRepository;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.PersonRepository;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.PlaceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Facts read by hand from the five articles, checked in the store the loader fills. */
@RepositoryTest
class AnnotatedFactsTests {

	@Autowired
	CorpusWriter writer;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	ParticipantRepository participants;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	AgreementPartyRepository parties;

	@Autowired
	PersonRepository people;

	@Autowired
	PlaceRepository places;

	@Autowired
	EvidenceRepository evidence;

	@BeforeEach
	void load() {
		this.jdbc.update("delete from corpus_state");
		// In the test's transaction.
		CorpusLoader loader = new CorpusLoader(this.writer);
		loader.write(loader.read(TestCorpus.LOCATION));
		// Read back from the database, not from what the loader left in the persistence context.
		this.entityManager.clear();
	}

	@Test
	void theTalksOfNineJune2023AndWhatWasSignedAfterThem() {
		Meeting talks = this.meetings.findById("dung-torres-iribar-talks-2023-06-09").orElseThrow();
		assertThat(talks.getKind()).isEqualTo(Meeting.Kind.TALKS);
		assertThat(talks.getDate().text()).isEqualTo("2023-06-09");
		assertThat(talks.getCountry().getName()).isEqualTo("Vietnam");

		List<Participant> participants = this.participants.findByMeetingIdInOrderById(List.of(talks.getId()));
		assertThat(participants).extracting((p) -> p.getPerson().getName(), Participant::getRole,
				(p) -> p.getCapacity().getTitle() + " @ " + p.getCapacity().getOrganisation().getName())
			.containsExactly(
					tuple("Đinh Tiến Dũng", Participant.Role.HOST,
							"Secretary @ Hanoi Party Committee"),
					tuple("Luis Antonio Torres Iríbar", Participant.Role.GUEST,
							"First Secretary @ Havana Party Committee"));

		List<Agreement> signed = this.agreements.findAll()
			.stream()
			.filter((agreement) -> agreement.getMeeting() != null
					&& agreement.getMeeting().getId().equals(talks.getId()))
			.toList();
		assertThat(signed).extracting(Agreement::getId)
			.containsExactlyInAnyOrder("hanoi-havana-cooperation-2023-2028", "hanoi-havana-rice-handover-2023");
		// "Following the talks, ... signed": both were signed on the day of the talks.
		assertThat(signed).extracting((agreement) -> agreement.getSignedOn().text()).containsOnly("2023-06-09");
		assertThat(evidenceOf(RecordType.AGREEMENT, "hanoi-havana-rice-handover-2023"))
			.filteredOn((quote) -> quote.getAspect() == Evidence.Aspect.SIGNED_ON)
			.extracting(Evidence::getQuote)
			.contains("Following the talks, the Hanoi and Havana Party Committees signed", "Dinh Tien Dung said on June 9");
	}

	@Test
	void theHanoiHavanaAgreementToldByTwoArticlesIsOneAgreement() {
		Agreement agreement = this.agreements.findById("hanoi-havana-cooperation-2023-2028").orElseThrow();
		assertThat(agreement.getKind()).isEqualTo(Agreement.Kind.COOPERATION_AGREEMENT);
		// 2025 says "in June 2023"; 2023 dates the signing to the talks of June 9: the day stands, and
		// both quotes are its evidence.
		assertThat(agreement.getSignedOn().text()).isEqualTo("2023-06-09");
		assertThat(evidenceOf(RecordType.AGREEMENT, agreement.getId()))
			.filteredOn((quote) -> quote.getAspect() == Evidence.Aspect.SIGNED_ON)
			.extracting((quote) -> quote.getArticle().getId() + ": " + quote.getQuote())
			.contains("hanoi-cuba-localities-partnership-2025: in June 2023",
					"hanoi-havana-party-committees-talks-2023-06-09: Dinh Tien Dung said on June 9");
		assertThat(agreement.getValidFrom().text()).isEqualTo("2023");
		assertThat(agreement.getValidUntil().text()).isEqualTo("2028");
		assertThat(agreement.getValidUntil().latest()).hasToString("2028-12-31");
		// 2023 says "signed", 2025 says it is being implemented: the furthest stage stands.
		assertThat(agreement.getStatus()).isEqualTo(Agreement.Status.IN_FORCE);
		assertThat(this.parties.findByAgreementIdInOrderById(List.of(agreement.getId())))
			.extracting((party) -> party.getOrganisation().getName())
			.containsExactly("Hanoi Party Committee", "Havana Party Committee");
		assertThat(evidenceOf(RecordType.AGREEMENT, agreement.getId())).extracting((e) -> e.getArticle().getId())
			.containsOnly("hanoi-cuba-localities-partnership-2025", "hanoi-havana-party-committees-talks-2023-06-09");
	}

	@Test
	void pastAidHasEndedWhileTheRiceProjectRuns() {
		// "Cuba generously provided Vietnam with ... five socio-economic projects that remain effective
		// to this day": the aid was given; the projects it built are what remains.
		Agreement aid = this.agreements.findById("cuban-reconstruction-projects").orElseThrow();
		assertThat(aid.getStatus()).isEqualTo(Agreement.Status.ENDED);
		assertThat(aid.getKind()).isEqualTo(Agreement.Kind.PROGRAMME);
		assertThat(aid.getSignedOn()).isNull();
		assertThat(aid.getValidFrom()).isNull();
		assertThat(evidenceOf(RecordType.AGREEMENT, aid.getId()))
			.filteredOn((quote) -> quote.getAspect() == Evidence.Aspect.STATUS)
			.extracting(Evidence::getQuote)
			.singleElement()
			.asString()
			.contains("Cuba generously provided Vietnam");
		assertThat(this.agreements.findById("rice-development-project-2002-2025"))
			.hasValueSatisfying((project) -> assertThat(project.getStatus()).isEqualTo(Agreement.Status.IN_FORCE));
	}

	@Test
	void everyAliasIsASpellingOfAnArticleThatReportsTheEntity() {
		// An alias is served as the articles' spelling: it stands in the text of an article that is
		// evidence for the entity (compared in Unicode NFC, case-sensitive).
		Map<String, List<String>> aliases = new TreeMap<>();
		this.people.findAll().forEach((person) -> aliases.put("PERSON " + person.getId(), person.getAliases()));
		this.places.findAll().forEach((place) -> aliases.put("PLACE " + place.getId(), place.getAliases()));
		this.entityManager.createQuery("select o from Organisation o", Organisation.class)
			.getResultList()
			.forEach((organisation) -> aliases.put("ORGANISATION " + organisation.getId(), organisation.getAliases()));
		this.entityManager.createQuery("select c from Country c", Country.class)
			.getResultList()
			.forEach((country) -> aliases.put("COUNTRY " + country.getId(), country.getAliases()));
		assertThat(aliases.values().stream().mapToInt(List::size).sum()).as("aliases checked").isGreaterThan(40);
		aliases.forEach((key, spellings) -> {
			String[] typeAndId = key.split(" ", 2);
			List<String> texts = evidenceOf(RecordType.valueOf(typeAndId[0]), typeAndId[1]).stream()
				.map((quote) -> Normalizer.normalize(quote.getArticle().getText(), Normalizer.Form.NFC))
				.distinct()
				.toList();
			assertThat(spellings).as(key).allSatisfy((alias) -> assertThat(texts).as(key + " alias " + alias)
				.anySatisfy((text) -> assertThat(text)
					.contains(Normalizer.normalize(alias, Normalizer.Form.NFC))));
		});
	}

	@Test
	void toLamIsOnePersonHoweverTheArticlesSpellHim() {
		assertThat(this.people.findById("to-lam")).hasValueSatisfying((person) -> {
			assertThat(person.getName()).isEqualTo("Tô Lâm");
			assertThat(person.getAliases()).contains("To Lam", "General Secretary Lâm", "Party chief Lâm");
		});
		assertThat(evidenceOf(RecordType.PERSON, "to-lam")).extracting((e) -> e.getArticle().getId())
			.contains("hanoi-cuba-localities-partnership-2025", "to-lam-diaz-canel-talks-hanoi-2025-09");
		assertThat(this.people.findAll()).filteredOn((person) -> person.getName().contains("Lâm")).hasSize(1);
	}

	@Test
	void hanoiAndHaNoiAreOnePlace() {
		assertThat(this.places.findById("hanoi")).hasValueSatisfying(
				(hanoi) -> assertThat(hanoi.getAliases()).contains("Hà Nội"));
		assertThat(evidenceOf(RecordType.PLACE, "hanoi")).extracting(Evidence::getQuote)
			.anySatisfy((quote) -> assertThat(quote).contains("Hà Nội"))
			.anySatisfy((quote) -> assertThat(quote).contains("Hanoi"));
	}

	@Test
	void historicalFiguresArePeopleButNeverParticipants() {
		List<String> historical = List.of("ho-chi-minh", "fidel-castro", "raul-castro", "jose-marti");
		assertThat(this.people.findAllById(historical)).hasSize(4);
		assertThat(this.participants.findByPersonIdInOrderById(historical)).isEmpty();
	}

	@Test
	void photoCreditsAndTheUnrelatedHeadlinesAreNotPartOfTheStory() {
		assertThat(this.people.findAll()).extracting((person) -> person.getName())
			.doesNotContain("Thanh Hai", "Pham Hung");
		Article beijing = this.articles.findById("hanoi-promotes-sustainable-relations-with-beijing").orElseThrow();
		int headlines = beijing.getText().indexOf("20:51, 2025/01/22");
		assertThat(headlines).isPositive();
		assertThat(this.evidence.findByArticleIdOrderByStart(beijing.getId()))
			.allSatisfy((quote) -> assertThat(quote.getEnd()).isLessThanOrEqualTo(headlines));
	}

	@Test
	void aPassageRepeatedVerbatimIsOneFactQuotedAtItsFirstOccurrence() {
		Article beijing = this.articles.findById("hanoi-promotes-sustainable-relations-with-beijing").orElseThrow();
		String repeated = "Earlier in the same day, Yu held talks";
		int first = beijing.getText().indexOf(repeated);
		assertThat(beijing.getText().indexOf(repeated, first + 1)).as("the text repeats it").isPositive();
		assertThat(this.meetings.findAll()).filteredOn((meeting) -> meeting.getTitle().contains("Nguyễn Lan Hương"))
			.hasSize(1);
		assertThat(evidenceOf(RecordType.MEETING, "huong-yu-luming-talks"))
			.filteredOn((quote) -> quote.getQuote().startsWith(repeated))
			.extracting(Evidence::getStart)
			.containsOnly(first);
	}

	@Test
	void aDayWithoutAYearIsKeptWithoutInventingOne() {
		Meeting reception = this.meetings.findById("hang-yu-luming-reception").orElseThrow();
		assertThat(reception.getDate().text()).isEqualTo("--06-24");
		assertThat(reception.getDate().earliest()).isNull();
		assertThat(reception.getPlace()).isNull();
	}

	@Test
	void articlesKeepTheirTextVerbatimWithMetadataOnlyWhereTheTextSupportsIt() throws Exception {
		Article talks = this.articles.findById("hanoi-havana-party-committees-talks-2023-06-09").orElseThrow();
		byte[] file;
		try (InputStream in = getClass().getResourceAsStream("/corpus/001_1fb4e21c4332bc45.txt")) {
			file = in.readAllBytes();
		}
		assertThat(talks.getText()).isEqualTo(new String(file, StandardCharsets.UTF_8));
		assertThat(talks.getContentHash()).isEqualTo(CorpusCompiler.sha256(file));
		assertThat(talks.getTitle()).isNull();
		assertThat(talks.getPublisher()).isNull();
		assertThat(talks.getUrl()).isNull();
		assertThat(talks.getPublishedOn().text()).isEqualTo("2023-06-09");
		assertThat(this.articles.findById("hanoi-cuba-localities-partnership-2025")).hasValueSatisfying((article) -> {
			assertThat(article.getTitle()).isEqualTo("Hanoi deepens partnership with Cuba localities");
			assertThat(article.getPublisher()).isEqualTo("The Hanoi Times");
		});
	}

	private List<Evidence> evidenceOf(RecordType type, String id) {
		return this.evidence.findBySubjects(type, List.of(id));
	}

}
