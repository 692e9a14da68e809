package org.diplomacygraph.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.CorpusRewrite;
import org.diplomacygraph.RepositoryTest;
import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.ingest.CorpusProperties;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Names;
import org.hibernate.Hibernate;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Search and lookup against the test corpus, loaded at start-up as in production: the {@link CorpusRewrite}
 * commits the graph, then makes the {@link SearchIndexer} build the index. Since the store tests share
 * the database and some commit other graphs, the class starts with a rewrite of the test corpus.
 */
@RepositoryTest
// The mass indexer reads with its own sessions in other threads: the graph must be committed.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SearchIndexTests {

	@Autowired
	SearchIndex index;

	@Autowired
	NameLookup lookup;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	SearchIndexer indexer;

	TransactionTemplate transactions;

	@Autowired
	void setTransactionManager(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The test corpus, whatever another store test committed, and the index built from it. */
	@BeforeAll
	static void testCorpus(@Autowired CorpusRewrite rewrite, @Autowired JdbcTemplate jdbc,
			@Autowired CorpusProperties corpus) {
		jdbc.update("delete from corpus_state");
		rewrite.load(corpus.location());
	}

	@Test
	void theIndexHoldsEveryEntityOfTheStore() {
		this.transactions.executeWithoutResult((status) -> {
			SearchSession session = Search.session(this.entityManager);
			for (RecordType type : RecordType.searchable()) {
				String table = type.entityName().toLowerCase(Locale.ROOT);
				long stored = this.jdbc.queryForObject("select count(*) from " + table, Long.class);
				assertThat(stored).as(table).isPositive();
				assertThat(session.search(type.entityType(this.entityManager)).where((f) -> f.matchAll()).fetchTotalHitCount())
					.as(table)
					.isEqualTo(stored);
			}
		});
	}

	@Test
	void theIndexIsRebuiltOnEveryBuild() {
		// Written behind Hibernate's back, as the loader's deletes are: only the rebuild sees it.
		int ordinal = this.jdbc.queryForObject("select count(*) from place_alias where place_id = 'hanoi'",
				Integer.class);
		this.jdbc.update("insert into place_alias (place_id, ordinal, alias) values ('hanoi', ?, 'Thăng Long')",
				ordinal);
		try {
			assertThat(ids(search("thang long"))).doesNotContain("hanoi");
			this.indexer.build();
			assertThat(search("thang long")).first()
				.extracting(SearchIndexTests::id, SearchResult::matched)
				.containsExactly("hanoi", "Thăng Long");
		}
		finally {
			this.jdbc.update("delete from place_alias where place_id = 'hanoi' and ordinal = ?", ordinal);
			this.indexer.build();
		}
		assertThat(ids(search("thang long"))).doesNotContain("hanoi");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			to lam                | To Lam
			Tô Lâm                | Tô Lâm
			TÔ LÂM                | Tô Lâm
			General Secretary Lam | General Secretary Lâm
			party chief lam       | Party chief Lâm
			lam                   | Lam
			""")
	void toLamIsFoundFirstByNameAndOtherNames(String query, String matched) {
		SearchResult first = search(query).get(0);
		assertThat(first.node()).isInstanceOf(Person.class);
		assertThat(id(first)).isEqualTo("to-lam");
		assertThat(first.matched()).isEqualTo(matched);
	}

	@Test
	void decomposedAccentsFoldLikeComposedOnes() {
		String decomposed = Normalizer.normalize("Tô Lâm", Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo("Tô Lâm");
		assertThat(ids(search(decomposed))).first().isEqualTo("to-lam");
		assertThat(search(decomposed).get(0).matched()).isEqualTo("Tô Lâm");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			diaz canel        | miguel-diaz-canel | Díaz-Canel
			Díaz-Canel        | miguel-diaz-canel | Díaz-Canel
			dinh tien dung    | dinh-tien-dung    | Dinh Tien Dung
			Đinh              | dinh-tien-dung    | Đinh Tiến Dũng
			đinh tiến dũng    | dinh-tien-dung    | Đinh Tiến Dũng
			dinh              | dinh-tien-dung    | Dinh Tien Dung
			bui thi minh hoai | bui-thi-minh-hoai | Bui Thi Minh Hoai
			nguyen lan huong  | nguyen-lan-huong  | Nguyen Lan Huong
			""")
	void peopleAreFoundByFoldedNames(String query, String id, String matched) {
		SearchResult first = search(query).get(0);
		assertThat(id(first)).isEqualTo(id);
		assertThat(first.matched()).isEqualTo(matched);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ha noi   | Hà Nội
			Hà Nội   | Hà Nội
			hanoi    | Hanoi
			HANOI    | Hanoi
			""")
	void hanoiTheCityComesBeforeEverythingElseNamedAfterIt(String query, String matched) {
		List<SearchResult> results = search(query);
		assertThat(results.get(0).node()).isInstanceOf(Place.class);
		assertThat(id(results.get(0))).isEqualTo("hanoi");
		assertThat(results.get(0).matched()).isEqualTo(matched);
	}

	@Test
	void hanoiAlsoFindsWhatIsNamedAfterIt() {
		assertThat(ids(search("hanoi"))).contains("hanoi-party-committee", "hanoi-peoples-committee");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			polanko             | rogelio-polanco-fuentes    | Polanco Fuentes
			rogelio polanko     | rogelio-polanco-fuentes    | Rogelio Polanco Fuentes
			diaz kanel          | miguel-diaz-canel          | Díaz-Canel
			torrez iribar       | luis-antonio-torres-iribar | Torres Iríbar
			vietanm             | vietnam                    | Vietnam
			hvaana              | havana                     | Havana
			""")
	void oneTypoPerWordIsForgiven(String query, String id, String matched) {
		SearchResult first = search(query).get(0);
		assertThat(id(first)).isEqualTo(id);
		assertThat(first.matched()).isEqualTo(matched);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			torres iri          | luis-antonio-torres-iribar | Torres Iríbar
			polan               | rogelio-polanco-fuentes    | Polanco Fuentes
			diaz-can            | miguel-diaz-canel          | Díaz-Canel
			nguyen man          | nguyen-manh-quyen          | Nguyen Manh Quyen
			fatherl             | vietnam-fatherland-front   | Vietnam Fatherland Front
			""")
	void wordsMatchAsPrefixes(String query, String id, String matched) {
		SearchResult first = search(query).get(0);
		assertThat(id(first)).isEqualTo(id);
		assertThat(first.matched()).isEqualTo(matched);
	}

	@Test
	void aWholeWordRanksAboveAPrefixAndAPrefixAboveATypo() {
		// "viet" is a word of Việt Nam, and only the beginning of Vietnam, Vietnamese, ...: the names
		// that begin with the word "Việt" come first, then those that begin with a longer word.
		List<SearchResult> viet = search("viet");
		int wholeWords = (int) viet.stream().takeWhile((result) -> result.matched().startsWith("Việt ")).count();
		assertThat(ids(viet.subList(0, wholeWords))).contains("vietnam", "vietnam-fatherland-front");
		assertThat(viet.subList(wholeWords, viet.size())).isNotEmpty()
			.allSatisfy((result) -> assertThat(result.matched()).doesNotStartWith("Việt "));
		assertThat(ids(viet.subList(wholeWords, viet.size()))).contains("vietnam-red-cross",
				"vietnamese-embassy-in-cuba");
		// "hoa" begins Hoài, and is one typo from Hồ and Hà.
		List<String> hoa = ids(search("hoa", Set.of(RecordType.PERSON), 10));
		assertThat(hoa).first().isEqualTo("bui-thi-minh-hoai");
		assertThat(hoa.subList(1, hoa.size())).containsExactlyInAnyOrder("ha-minh-hai", "ho-chi-minh");
	}

	@Test
	void aWholeNameRanksAboveNamesThatContainIt() {
		// The Central Committee's name only contains "CPV" ("Communist Party of Việt Nam (CPV) Central
		// Committee"); the Cuban party's "CPC" is the whole query but for one typo.
		assertThat(ids(search("CPV"))).startsWith("communist-party-of-vietnam", "communist-party-of-cuba",
				"cpv-central-committee");
		assertThat(ids(search("cuba"))).first().isEqualTo("cuba");
		assertThat(ids(search("havana party committee"))).first().isEqualTo("havana-party-committee");
	}

	@Test
	void aShortWordOfSeveralIsNoPrefixOfLongerNames() {
		// "la" begins Lâm and Lan, but "la habana" asks for the word "la" and Havana (one typo away).
		List<String> found = ids(search("la habana", Set.copyOf(RecordType.searchable()), 100));
		assertThat(found).first().isEqualTo("havana");
		assertThat(found).doesNotContain("to-lam", "nguyen-lan-huong");
		// Typed at the end of a query, a short word is still the beginning of a name.
		assertThat(ids(search("nguyen la", Set.of(RecordType.PERSON), 10))).first().isEqualTo("nguyen-lan-huong");
	}

	@Test
	void aFunctionWordAloneMakesNoHit() {
		// "da" is a whole word of Da Nang, but only the joining word of "Palácio da Revolução".
		assertThat(ids(search("Palácio da Revolução", Set.copyOf(RecordType.searchable()), 100))).doesNotContain("da-nang");
		assertThat(ids(search("da nang"))).first().isEqualTo("da-nang");
		// A query of such words only has them as its words: "Lê" is a name.
		assertThat(ids(search("Lê", Set.of(RecordType.PERSON), 10))).first().isEqualTo("le-quang-long");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			place_alias        | place_id        | palace-of-the-revolution   | Palácio da Revolução         | palacio da revolucao
			place_alias        | place_id        | havana                     | La Habana                    | LA HABANA
			organisation_alias | organisation_id | communist-party-of-vietnam | Partido Comunista do Vietnã  | partido comunista do vietna
			organisation_alias | organisation_id | communist-party-of-vietnam | Parti communiste du Vietnam  | parti communiste du viet nam
			organisation_alias | organisation_id | communist-party-of-cuba    | Partido Comunista de Cuba    | Partido Comunista de Cuba
			""")
	void aNameInAnotherLanguageFindsItsEntityFirstOnceItIsAnAlias(String table, String column, String id,
			String alias, String query) {
		int ordinal = this.jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?",
				Integer.class, id);
		this.jdbc.update("insert into " + table + " (" + column + ", ordinal, alias) values (?, ?, ?)", id, ordinal,
				alias);
		try {
			this.indexer.build();
			// The exact name outranks every partial match: Da Nang's "da", the Cuban party's "Partido Comunista".
			assertThat(search(alias)).first()
				.extracting(SearchIndexTests::id, SearchResult::matched)
				.containsExactly(id, alias);
			assertThat(search(query)).first()
				.extracting(SearchIndexTests::id, SearchResult::matched)
				.containsExactly(id, alias);
		}
		finally {
			this.jdbc.update("delete from " + table + " where " + column + " = ? and ordinal = ?", id, ordinal);
			this.indexer.build();
		}
	}

	@Test
	void anExactNameOutranksAnyPartialMatch() {
		// "Hanoi Party Committee" is the whole name of one organisation, and every word of others' names.
		List<SearchResult> results = search("Hanoi Party Committee", Set.copyOf(RecordType.searchable()), 100);
		assertThat(results).first().extracting(SearchIndexTests::id).isEqualTo("hanoi-party-committee");
		assertThat(results.get(0).score()).isGreaterThan(SearchIndex.WHOLE_NAME_SCORE);
		assertThat(results.subList(1, results.size()))
			.allMatch((result) -> result.score() < SearchIndex.WHOLE_NAME_SCORE);
	}

	@Test
	void resultsComeBestFirstWithLuceneScores() {
		List<SearchResult> results = search("party committee", Set.copyOf(RecordType.searchable()), 100);
		assertThat(results).hasSizeGreaterThan(5);
		assertThat(results).extracting(SearchResult::score).allMatch((score) -> score > 0);
		assertThat(results).extracting(SearchResult::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
	}

	@Test
	void eachTypeIsSearchable() {
		assertThat(search("Hanoi Party Committee").get(0).node()).isInstanceOf(Organisation.class);
		assertThat(search("CPV").get(0).node()).isInstanceOf(Organisation.class);
		assertThat(id(search("CPV").get(0))).isEqualTo("communist-party-of-vietnam");
		assertThat(search("viet nam").get(0).node()).isInstanceOf(Country.class);
		assertThat(search("quang tri").get(0).node()).isInstanceOf(Place.class);
		SearchResult meeting = search("talks between dinh tien dung and torres iribar").get(0);
		assertThat(id(meeting)).isEqualTo("dung-torres-iribar-talks-2023-06-09");
		assertThat(meeting.matched()).isEqualTo("Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar");
		SearchResult agreement = search("rice handover").get(0);
		assertThat(agreement.node()).isInstanceOf(Agreement.class);
		assertThat(id(agreement)).isEqualTo("hanoi-havana-rice-handover-2023");
	}

	@Test
	void typesRestrictTheResults() {
		List<SearchResult> organisations = search("hanoi", Set.of(RecordType.ORGANISATION), 100);
		assertThat(organisations).isNotEmpty().allMatch((result) -> result.node() instanceof Organisation);
		assertThat(ids(organisations)).first().isEqualTo("hanoi-party-committee");

		List<SearchResult> meetingsAndAgreements = search("to lam", Set.of(RecordType.MEETING, RecordType.AGREEMENT),
				100);
		assertThat(meetingsAndAgreements).isNotEmpty()
			.allMatch((result) -> result.node() instanceof Meeting || result.node() instanceof Agreement);
		assertThat(ids(meetingsAndAgreements)).contains("to-lam-state-visit-cuba-2024");

		assertThat(search("to lam", Set.of(), 100)).isEmpty();
	}

	@Test
	void firstLimitsTheResults() {
		assertThat(search("party", Set.copyOf(RecordType.searchable()), 3)).hasSize(3);
		assertThat(search("party", Set.copyOf(RecordType.searchable()), 1)).hasSize(1);
	}

	@Test
	void equalScoresComeInTheSameOrderAfterEveryRebuild() {
		// Mass indexing loads in parallel, so documents land in the index in no fixed order.
		List<String> before = ids(search("c", Set.copyOf(RecordType.searchable()), 100));
		assertThat(before).hasSizeGreaterThan(20);
		for (int i = 0; i < 3; i++) {
			this.indexer.build();
			assertThat(ids(search("c", Set.copyOf(RecordType.searchable()), 100))).isEqualTo(before);
		}
	}

	@Test
	void nothingMatchesWordsNoNameHas() {
		assertThat(search("xylophone")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"; drop table person; --", "'; delete from person where '1'='1", "name:*",
			"AND OR (", "to lam~2^10", "\"to lam\"", "[a TO z]", "+to -lam", "title:(talks) OR name:x*", "lam*",
			"{!lucene}hanoi", "hanoi\\" })
	void userTextIsPlainWordsNeverQuerySyntax(String text) {
		assertThatNoException().isThrownBy(() -> search(text));
		String words = text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		assertThat(ids(search(text))).as(text).isEqualTo(ids(search(words)));
		assertThat(this.jdbc.queryForObject("select count(*) from person", Integer.class)).isEqualTo(16);
	}

	@Test
	void wildcardsAndFieldNamesAreNotQuerySyntax() {
		// As syntax, name:* would match every entity; as words it is "name", one typo from "nam".
		List<SearchResult> results = search("name:*", Set.copyOf(RecordType.searchable()), 100);
		assertThat(results).isNotEmpty()
			.hasSizeLessThan(10)
			.allMatch((result) -> Names.fold(result.matched()).contains("nam"));
		assertThat(search("title:talks", Set.of(RecordType.MEETING), 100))
			.allMatch((result) -> result.matched().startsWith("Talks"));
	}

	@Test
	void hitsAreEntitiesWithTheirNamesLoaded() {
		List<SearchResult> results = search("vietnam viet nam hanoi", Set.copyOf(RecordType.searchable()), 100);
		assertThat(results).extracting((result) -> (Object) result.node().getClass())
			.contains(Person.class, Organisation.class, Place.class, Country.class, Meeting.class, Agreement.class)
			.allMatch((type) -> List.of(Person.class, Organisation.class, Place.class, Country.class, Meeting.class,
					Agreement.class)
				.contains(type));
		// Read after the search's transaction ended: the names are loaded already.
		assertThat(results).allMatch((result) -> Hibernate.isInitialized(result.node()))
			.allMatch((result) -> !SearchIndex.names(result.node()).isEmpty());
	}

	@Test
	void anEntityTheSessionHoldsAsAProxyIsReturnedAsItself() {
		this.transactions.executeWithoutResult((status) -> {
			Country nationality = this.entityManager.find(Person.class, "to-lam").getNationality();
			assertThat(nationality.getClass()).isNotEqualTo(Country.class);

			Object vietnam = search("vietnam", Set.of(RecordType.COUNTRY), 1).get(0).node();
			assertThat(vietnam.getClass()).isEqualTo(Country.class);
			assertThat(((Country) vietnam).getId()).isEqualTo("vietnam");
		});
	}

	@Test
	void theAnalyzersFoldVietnameseDToD() {
		assertThat(this.index.words("Đinh Tiến Dũng, Đà Nẵng, Đồng Nai; đ")).containsExactly("dinh", "tien", "dung",
				"da", "nang", "dong", "nai", "d");
		assertThat(this.index.wholeName(" Đinh Tiến Dũng ")).isEqualTo("dinh tien dung");
	}

	@Test
	void theAnalyzersFoldEveryNameOfTheCorpusAsNamesFoldDoes() {
		List<String> names = this.jdbc.queryForList("""
				select name from person union select alias from person_alias
				union select name from organisation union select alias from organisation_alias
				union select name from place union select alias from place_alias
				union select name from country union select alias from country_alias
				union select title from meeting union select title from agreement""", String.class);
		assertThat(names).hasSizeGreaterThan(100);
		for (String name : names) {
			String folded = Names.fold(name);
			assertThat(this.index.words(name)).as(name).isEqualTo(Stream.of(folded.split(" ")).distinct().toList());
			assertThat(this.index.wholeName(name)).as(name).isEqualTo(folded);
		}
	}

	private List<SearchResult> search(String text) {
		return search(text, Set.copyOf(RecordType.searchable()), SearchQuery.DEFAULT_FIRST);
	}

	private List<SearchResult> search(String text, Set<RecordType> types, int first) {
		return this.index.search(new SearchQuery(text, types, first));
	}

	private static String id(SearchResult result) {
		Object node = result.node();
		if (node instanceof Person person) {
			return person.getId();
		}
		if (node instanceof Organisation organisation) {
			return organisation.getId();
		}
		if (node instanceof Place place) {
			return place.getId();
		}
		if (node instanceof Country country) {
			return country.getId();
		}
		if (node instanceof Meeting meeting) {
			return meeting.getId();
		}
		return ((Agreement) node).getId();
	}

	private static List<String> ids(List<SearchResult> results) {
		return results.stream().map(SearchIndexTests::id).toList();
	}

	@Test
	void aLookupFindsWhatANameIsTheNameOfBeforeWhatItIsAnotherNameOfThenBySlug() {
		// Two committees called "Hanoi" too, written behind Hibernate's back as the loader writes.
		for (String organisation : List.of("hanoi-peoples-committee", "hanoi-party-committee")) {
			int ordinal = this.jdbc.queryForObject(
					"select count(*) from organisation_alias where organisation_id = ?", Integer.class, organisation);
			this.jdbc.update("insert into organisation_alias (organisation_id, ordinal, alias) values (?, ?, 'Hanoi')",
					organisation, ordinal);
		}
		this.indexer.build();
		try {
			assertThat(slugs(lookup("hanoi", Set.copyOf(RecordType.searchable()), 10))).containsExactly("hanoi",
					"hanoi-party-committee", "hanoi-peoples-committee");
			// Hanoi's alias Hà Nội is another name: "ha noi" is no committee's.
			assertThat(slugs(lookup("HA NOI", Set.copyOf(RecordType.searchable()), 10))).containsExactly("hanoi");
			assertThat(lookup("hanoi", Set.of(RecordType.ORGANISATION), 10)).hasSize(2)
				.allSatisfy((entity) -> assertThat(entity).isInstanceOf(Organisation.class));
			assertThat(slugs(lookup("hanoi", Set.copyOf(RecordType.searchable()), 2))).containsExactly("hanoi",
					"hanoi-party-committee");
		}
		finally {
			this.jdbc.update("delete from organisation_alias where alias = 'Hanoi'");
			this.indexer.build();
		}
		assertThat(slugs(lookup("hanoi", Set.copyOf(RecordType.searchable()), 10))).containsExactly("hanoi");
	}

	@Test
	void aLookupOfNoTypesFindsNothing() {
		assertThat(lookup("hanoi", Set.of(), 10)).isEmpty();
	}

	private List<Object> lookup(String name, Set<RecordType> types, int first) {
		return this.lookup.lookup(new LookupQuery(name, types, first));
	}

	private static List<String> slugs(List<Object> entities) {
		return entities.stream().map((entity) -> (entity instanceof Place place) ? place.getId()
				: ((Organisation) entity).getId()).toList();
	}

}
