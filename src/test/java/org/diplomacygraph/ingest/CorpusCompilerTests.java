package org.diplomacygraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.Evidence.Aspect;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.ingest.CorpusCompiler.Graph;
import org.diplomacygraph.ingest.CorpusException.Defect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CorpusCompilerTests {

	@TempDir
	Path directory;

	@Test
	void aValidCorpusMergesTheSameEntityAcrossArticles() {
		Graph graph = compile(TestCorpus.small());

		assertThat(graph.articles()).extracting("id").containsExactly("talks", "welcome");
		assertThat(graph.people()).singleElement().satisfies((person) -> {
			assertThat(person.getName()).isEqualTo("Đinh Tiến Dũng");
			assertThat(person.getAliases()).containsExactly("Dinh Tien Dung", "Dung");
		});
		assertThat(graph.places()).singleElement().satisfies((place) -> {
			assertThat(place.getName()).isEqualTo("Hanoi");
			assertThat(place.getCountry().getId()).isEqualTo("vietnam");
		});
		assertThat(evidenceOf(graph, RecordType.PERSON, "dinh-tien-dung")).extracting((e) -> e.getArticle().getId())
			.containsExactly("talks", "welcome");
		assertThat(graph.meetings()).singleElement().satisfies((meeting) -> {
			assertThat(meeting.getDate().text()).isEqualTo("2023-06-09");
			assertThat(meeting.getCountry().getId()).as("derived from the place").isEqualTo("vietnam");
		});
		assertThat(graph.participants()).singleElement()
			.satisfies((participant) -> assertThat(participant.getCapacity().getId()).isEqualTo("dinh-tien-dung/secretary"));
		assertThat(graph.agreements()).singleElement().satisfies((agreement) -> {
			assertThat(agreement.getValidFrom().text()).isEqualTo("2023");
			assertThat(agreement.getValidUntil().text()).isEqualTo("2028");
			assertThat(agreement.getMeeting().getId()).isEqualTo("talks-2023-06-09");
		});
	}

	@Test
	void everyQuoteIsStoredWithTheOffsetsOfItsFirstOccurrenceInTheStory() {
		Graph graph = compile(TestCorpus.small());

		assertThat(graph.evidence()).isNotEmpty().allSatisfy((evidence) -> assertThat(
				evidence.getArticle().getText().substring(evidence.getStart(), evidence.getEnd()))
			.isEqualTo(evidence.getQuote()));
		Evidence hanoi = evidenceOf(graph, RecordType.PLACE, "hanoi").get(0);
		assertThat(hanoi.getStart()).isEqualTo(TestCorpus.A_TXT.indexOf("in Hà Nội"));
		assertThat(evidenceOf(graph, RecordType.MEETING, "talks-2023-06-09")).extracting(Evidence::getAspect)
			.containsExactly(Aspect.SUBJECT, Aspect.DATE, Aspect.PLACE);
	}

	@Test
	void offsetsCountUtf16UnitsOfTheNfcText() {
		// "Hà Nội" written decomposed (a + combining grave) is stored composed, one unit per letter.
		String decomposed = "Ha\u0300 Nô\u0323i";
		Graph graph = compile(TestCorpus.small().replace("a.txt", "in Hà Nội", "in " + decomposed));

		Evidence hanoi = evidenceOf(graph, RecordType.PLACE, "hanoi").get(0);
		assertThat(hanoi.getQuote()).isEqualTo("in Hà Nội");
		assertThat(hanoi.getEnd() - hanoi.getStart()).isEqualTo(9);
		assertThat(graph.articles().get(0).getText()).contains("in Hà Nội");
	}

	@Test
	void aQuoteNotInTheArticleIsADefect() {
		assertDefect(TestCorpus.small().replace("a.yaml", "evidence: \"Dinh Tien Dung\"", "evidence: \"Dinh Tien Dzung\""),
				new Defect("a.yaml", "people[dinh-tien-dung]", "evidence: quote \"Dinh Tien Dzung\" not found in a.txt"));
	}

	@Test
	void aQuoteFromAPassageThatIsNotPartOfTheStoryIsADefect() {
		assertDefect(TestCorpus.small().replace("a.yaml", "evidence: \"Dinh Tien Dung\"", "evidence: \"Thanh Hai\""),
				new Defect("a.yaml", "people[dinh-tien-dung]",
						"evidence: quote \"Thanh Hai\" stands only in a passage marked notStory"));
	}

	@Test
	void aFactWithoutEvidenceIsADefect() {
		assertDefect(TestCorpus.small().replace("a.yaml", "        evidence: \"Dinh Tien Dung held talks\"\n", ""),
				new Defect("a.yaml", "meetings[talks-2023-06-09].participants[dinh-tien-dung]",
						"evidence: no quote given; every fact cites the words of its article"));
	}

	@Test
	void aDateWithoutEvidenceIsADefect() {
		assertDefect(TestCorpus.small().replace("a.yaml", "    dateEvidence: \"on June 9, 2023\"\n", ""),
				new Defect("a.yaml", "meetings[talks-2023-06-09]",
						"dateEvidence: no quote given; every fact cites the words of its article"));
	}

	@Test
	void anUnknownReferenceIsADefect() {
		assertDefect(
				TestCorpus.small().replace("a.yaml", "        organisation: hanoi-party-committee",
						"        organisation: hanoi-party-commitee"),
				new Defect("a.yaml", "people[dinh-tien-dung].positions[dinh-tien-dung/secretary]",
						"organisation: unknown organisation 'hanoi-party-commitee' (not defined in any file of the corpus)"));
	}

	@Test
	void aCapacityThatIsAnotherPersonsPostIsADefect() {
		TestCorpus corpus = TestCorpus.small().replace("b.yaml", "    evidence: \"Secretary Dinh Tien Dung\"\n", """
				    evidence: "Secretary Dinh Tien Dung"
				  - id: guest
				    name: A Guest
				    evidence: "guests"
				""").replace("a.yaml", "      - person: dinh-tien-dung\n", """
				      - person: guest
				        role: guest
				        capacity: dinh-tien-dung/secretary
				        evidence: "Luis Antonio Torres Iríbar"
				      - person: dinh-tien-dung
				""");
		assertDefect(corpus, new Defect("a.yaml", "meetings[talks-2023-06-09].participants[guest]",
				"capacity 'dinh-tien-dung/secretary' is a post of 'dinh-tien-dung', not of 'guest'"));
	}

	@Test
	void aDuplicateIdInOneFileIsADefect() {
		assertDefect(TestCorpus.small().replace("a.yaml", "places:\n", """
				  - id: vietnam
				    evidence: "Hà Nội"
				places:
				"""), new Defect("a.yaml", "countries[vietnam]", "duplicate id 'vietnam' in this file"));
	}

	@Test
	void aDuplicateArticleIdIsADefect() {
		assertDefect(TestCorpus.small().replace("b.yaml", "slug: welcome", "slug: talks"),
				new Defect("b.yaml", "article", "duplicate article id 'talks' (also in a.yaml)"));
	}

	@Test
	void theSameTextAnnotatedTwiceIsADefect() {
		assertDefect(TestCorpus.small().put("b.txt", TestCorpus.A_TXT).put("b.yaml", """
				article:
				  slug: talks-again
				  language: en
				"""), new Defect("b.yaml", "article", "the same text is already annotated by a.yaml"));
	}

	@Test
	void theSameTextReflowedIsTheSameText() {
		String reflowed = TestCorpus.A_TXT.replace("\n", "\n\n").replace(" held talks ", "\n  held talks ");
		assertDefect(TestCorpus.small().put("b.txt", reflowed).put("b.yaml", """
				article:
				  slug: talks-again
				  language: en
				"""), new Defect("b.yaml", "article", "the same text is already annotated by a.yaml"));
	}

	@Test
	void twoArticlesWithTheSameUrlAreADefect() {
		assertDefect(TestCorpus.small()
			.replace("a.yaml", "  language: en\n", "  language: en\n  url: https://example.org/talks\n")
			.replace("b.yaml", "  language: en\n", "  language: en\n  url: HTTPS://EXAMPLE.org/talks/#photo\n"),
				new Defect("b.yaml", "article", "the same URL is already given by a.yaml"));
	}

	@Test
	void anImpossibleDateIsADefect() {
		assertDefect(
				TestCorpus.small().replace("a.yaml", "date: \"2023-06-09\"", "date: \"2023-06-31\""), new Defect("a.yaml",
						"meetings[talks-2023-06-09]", "date: impossible date '2023-06-31'"));
	}

	@Test
	void aMalformedDateIsADefect() {
		assertDefect(TestCorpus.small().replace("a.yaml", "date: \"2023-06-09\"", "date: \"9 June 2023\""),
				new Defect("a.yaml", "meetings[talks-2023-06-09]",
						"date: malformed date '9 June 2023' (expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)"));
	}

	@Test
	void aValidityThatEndsBeforeItStartsIsADefect() {
		assertDefect(TestCorpus.small().replace("a.yaml", "validUntil: \"2028\"", "validUntil: \"2020\""),
				new Defect("a.yaml", "agreements[cooperation-2023-2028]", "validUntil '2020' is before validFrom '2023'"));
	}

	@Test
	void twoFilesThatDisagreeOnAValueIsADefect() {
		assertDefect(TestCorpus.small().replace("b.yaml", "    aliases: [Dung]", "    name: Dinh Tien Dung"),
				new Defect("b.yaml", "people[dinh-tien-dung]",
						"name 'Dinh Tien Dung' disagrees with 'Đinh Tiến Dũng' given in a.yaml (people[dinh-tien-dung])"));
	}

	@Test
	void anUnknownKindIsADefectListingTheKnownOnes() {
		assertDefect(TestCorpus.small().replace("a.yaml", "kind: talks", "kind: summit"),
				new Defect("a.yaml", "meetings[talks-2023-06-09]",
						"unknown kind 'summit' (expected one of: talks, reception, courtesy-call, conversation, "
								+ "state-visit, visit, meeting, ceremony)"));
	}

	@Test
	void anIdThatIsNotASlugIsADefect() {
		assertDefect(TestCorpus.small().replace("b.yaml", "  - id: hanoi", "  - id: Hanoi City"),
				new Defect("b.yaml", "places[Hanoi City]", "id must be a lower-case slug such as 'to-lam', not 'Hanoi City'"));
	}

	@Test
	void aMalformedFileIsADefectNamingLineAndColumn() {
		assertDefect(TestCorpus.small().replace("b.yaml", "    aliases: [Dung]", "    aliases: [Dung"), new Defect("b.yaml",
				"people[0].aliases[1]", "malformed YAML at line 10, column 13: while parsing a flow sequence"));
	}

	@Test
	void anUnknownFieldIsADefect() {
		assertDefect(TestCorpus.small().replace("b.yaml", "    aliases: [Dung]", "    nickname: Dung"),
				new Defect("b.yaml", "people[0]", "unknown field 'nickname' at line 11, column 1 (known fields: aliases, "
						+ "evidence, id, name, nationality, positions)"));
	}

	@Test
	void aKeyIsAnUnknownFieldInAFile() {
		// Keys are the ingest input's (AnnotationFile): a file refers to its entries by id.
		assertDefect(TestCorpus.small().replace("b.yaml", "    aliases: [Dung]", "    key: dung"),
				new Defect("b.yaml", "people[0]", "unknown field 'key' at line 9, column 14 (known fields: aliases, "
						+ "evidence, id, name, nationality, positions)"));
	}

	@Test
	void newIsAnUnknownFieldInAFile() {
		// `new: true` passes the ingest input's duplicate guard; files are curated and not guarded.
		assertDefect(TestCorpus.small().replace("b.yaml", "    aliases: [Dung]", "    new: true"),
				new Defect("b.yaml", "people[0]", "unknown field 'new' at line 9, column 14 (known fields: aliases, "
						+ "evidence, id, name, nationality, positions)"));
	}

	@Test
	void anArticleWithoutAnnotationsIsADefect() {
		assertDefect(TestCorpus.small().remove("b.yaml"), new Defect("b.txt", null, "no annotation file b.yaml beside it"));
	}

	@Test
	void annotationsWithoutAnArticleIsADefect() {
		assertDefect(TestCorpus.small().remove("b.txt"), new Defect("b.yaml", null, "no article text b.txt beside it"));
	}

	@Test
	void aTextThatIsNotUtf8IsADefect() throws Exception {
		String location = TestCorpus.small().writeTo(this.directory);
		Files.write(this.directory.resolve("b.txt"), new byte[] { 'H', 'a', (byte) 0xC3, '!' });
		CorpusException failure = catchThrowableOfType(CorpusException.class,
				() -> CorpusCompiler.compile(new CorpusReader().read(location)));
		assertThat(failure.getDefects()).contains(new Defect("b.txt", null, "not valid UTF-8"));
	}

	@Test
	void everyDefectIsReportedInOneMessage() {
		TestCorpus corpus = TestCorpus.small().replace("a.yaml", "date: \"2023-06-09\"", "date: \"2023-06-31\"")
			.replace("b.yaml", "slug: welcome", "slug: talks");
		assertThatExceptionOfType(CorpusException.class).isThrownBy(() -> compile(corpus))
			.withMessage("""
					The article corpus has 2 defects; nothing was loaded:
					  a.yaml: meetings[talks-2023-06-09]: date: impossible date '2023-06-31'
					  b.yaml: article: duplicate article id 'talks' (also in a.yaml)""");
	}

	private Graph compile(TestCorpus corpus) {
		return CorpusCompiler.compile(new CorpusReader().read(corpus.writeTo(this.directory)));
	}

	private void assertDefect(TestCorpus corpus, Defect expected) {
		assertThat(defects(corpus)).containsExactly(expected);
	}

	private List<Defect> defects(TestCorpus corpus) {
		return catchThrowableOfType(CorpusException.class, () -> compile(corpus)).getDefects();
	}

	private static List<Evidence> evidenceOf(Graph graph, RecordType type, String id) {
		return graph.evidence()
			.stream()
			.filter((evidence) -> evidence.getSubjectType() == type && evidence.getSubjectId().equals(id)
					&& evidence.getAspect() != Aspect.NAME)
			.toList();
	}

}
