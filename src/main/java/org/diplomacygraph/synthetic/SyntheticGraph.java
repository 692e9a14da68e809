package org.diplomacygraph.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.ArticleIdentity;
import org.diplomacygraph.values.Names;

/**
 * Generates a synthetic knowledge graph, deterministic by seed, and writes it with JDBC batch
 * inserts into the tables the Flyway schema defines. Every fact points to evidence: synthetic
 * articles are written sentence by sentence alongside the facts, and each evidence row quotes its
 * article verbatim at the right offsets, as the corpus rules demand of real annotations.
 */
final class SyntheticGraph {

	/** Bumped whenever the generated graph changes, so that stored graphs of an older version are replaced. */
	static final String VERSION = "v1";

	private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

	private static final int DAYS = 36 * 365;

	/** Characters of text per synthetic article before a new one is started. */
	private static final int ARTICLE_LENGTH = 6000;

	private static final String[] COUNTRIES = { "Việt Nam", "Cuba", "China", "Laos", "Cambodia", "México",
			"Perú", "Chile", "Colombia", "Venezuela", "Brasil", "Argentina", "España", "Panamá", "Bolivia",
			"Ecuador", "Nicaragua", "Uruguay", "Paraguay", "Türkiye", "Côte d'Ivoire", "São Tomé", "Réunion",
			"Thailand", "Myanmar", "Malaysia", "Indonesia", "Singapore", "Philippines", "Mongolia", "Japan",
			"Korea", "India", "Nepal", "Algérie", "Sénégal", "Angola", "Moçambique", "Guinée", "Bénin" };

	private static final String[][] FAMILY = { { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
			"Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" },
			{ "Díaz", "Fernández", "Martínez", "Pérez", "Rodríguez", "Gómez", "López", "Iríbar", "Castañeda",
					"Muñoz", "Sánchez", "Ramírez", "Núñez", "Jiménez", "Ortíz", "Peña" },
			{ "Wáng", "Lǐ", "Zhāng", "Liú", "Chén", "Yáng", "Huáng", "Zhào", "Wú", "Zhōu", "Xú", "Sūn", "Mǎ",
					"Zhū", "Hú", "Guō" } };

	private static final String[][] GIVEN = { { "Văn Hùng", "Văn Dũng", "Thị Hoa", "Thị Lan", "Đức Phúc",
			"Minh Trọng", "Quốc Tuấn", "Thanh Thắng", "Hữu Hải", "Văn Sơn", "Thị Long", "Quang Việt", "Đình Lâm",
			"Xuân Phúc", "Thị Bích", "Công Định" },
			{ "José", "María", "Ramón", "Inés", "Andrés", "Verónica", "Raúl", "Adán", "Begoña", "Joaquín",
					"Sofía", "Iñigo", "Lucía", "Martín", "Tomás", "Ángel" },
			{ "Wěi", "Fāng", "Xiùyīng", "Nà", "Mǐn", "Jìng", "Lì", "Qiáng", "Lěi", "Jūn", "Yáng", "Yǒng", "Yàn",
					"Jié", "Tāo", "Míng" } };

	private static final String[] ORGANISATION_NOUNS = { "Party Committee", "Ministry of Foreign Affairs",
			"Ministry of Trade", "Embassy", "Chamber of Commerce", "Friendship Association", "Youth Union",
			"Academy of Sciences", "National Assembly", "Women's Union", "Trade Union", "Investment Agency" };

	private static final String[] ORGANISATION_KINDS = { "PARTY_COMMITTEE", "GOVERNMENT_BODY", "GOVERNMENT_BODY",
			"EMBASSY", "COMPANY", "NGO", "MASS_ORGANISATION", "ADVISORY_BODY", "GOVERNMENT_BODY", "MASS_ORGANISATION",
			"MASS_ORGANISATION", "GOVERNMENT_BODY" };

	private static final String[] TITLES = { "Secretary", "Deputy Secretary", "Minister", "Deputy Minister",
			"Ambassador", "Chair", "Vice Chair", "Director", "Member", "President" };

	private static final String[] MEETING_KINDS = { "TALKS", "RECEPTION", "COURTESY_CALL", "CONVERSATION",
			"STATE_VISIT", "VISIT", "MEETING", "CEREMONY" };

	private static final String[] MEETING_WORDS = { "Talks", "Reception", "Courtesy call", "Phone conversation",
			"State visit", "Visit", "Meeting", "Ceremony" };

	private static final String[] AGREEMENT_KINDS = { "COOPERATION_AGREEMENT", "MEMORANDUM_OF_UNDERSTANDING",
			"MINUTES", "HANDOVER_DOCUMENT", "PROGRAMME" };

	private static final String[] AGREEMENT_WORDS = { "Cooperation agreement", "Memorandum of understanding",
			"Minutes", "Handover document", "Programme" };

	private static final String[] STATUSES = { "SIGNED", "SIGNED", "SIGNED", "IN_FORCE", "PLANNED", "ENDED" };

	private static final String[] TOPICS = { "trade", "health care", "education", "party building", "energy",
			"agriculture", "culture", "defence", "tourism", "biotechnology", "infrastructure", "science" };

	private static final String[] PLACE_WORDS = { "Hà", "Sơn", "Bình", "San", "Santa", "Nueva", "Long", "Quảng",
			"Xī", "Běi" };

	private static final String[] PLACE_ENDINGS = { "Nội", "Tây", "Clara", "Đông", "Hải", "Ninh", "María", "Ān",
			"Jīng", "Cristóbal" };

	private final Counts counts;

	private final SplittableRandom random;

	private final Zipf busy;

	/** The share of meetings that are summits (20–60 participants); 0 draws no extra random number. */
	private final double summitShare;

	// What later rows refer to: kept as arrays, so that 100k people cost a few megabytes.
	private String[] countryNames;

	private int[] placeCountry;

	private String[] organisationNames;

	private String[] personNames;

	private int[] firstPosition;

	private int[] positionCount;

	private String[] positionTitles;

	private int[] positionOrganisation;

	SyntheticGraph(BigDecimal scale, long seed) {
		this(scale, seed, 0);
	}

	SyntheticGraph(BigDecimal scale, long seed, double summitShare) {
		this.summitShare = summitShare;
		this.counts = Counts.of(scale);
		this.random = new SplittableRandom(seed);
		this.busy = new Zipf(this.counts.people(), 10);
	}

	Counts counts() {
		return this.counts;
	}

	/**
	 * Writes the whole graph on a connection with auto-commit off, committing batch by batch. Returns how
	 * many rows were written per table.
	 */
	String write(Connection connection) throws SQLException {
		try (Batch articles = new Batch(connection, "article", "id", "content_hash", "title", "title_key", "title_key_desc",
				"publisher", "published_on", "published_on_from", "published_on_until", "published_sort", "published_sort_desc",
				"language", "text", "text_key");
				Batch evidence = new Batch(connection, "evidence", "article_id", "subject_type", "subject_id", "aspect",
						"quote", "start_offset", "end_offset").after(articles);
				Batch countries = new Batch(connection, "country", "id", "name", "name_key", "code");
				Batch places = new Batch(connection, "place", "id", "name", "name_key", "kind", "country_id", "within_id")
					.after(countries);
				Batch organisations = new Batch(connection, "organisation", "id", "name", "name_key", "search_text",
						"kind", "country_id", "parent_id").after(countries);
				Batch people = new Batch(connection, "person", "id", "name", "name_key", "search_text",
						"nationality_id").after(countries);
				Batch aliases = new Batch(connection, "person_alias", "person_id", "ordinal", "alias").after(people);
				Batch positions = new Batch(connection, "person_position", "id", "person_id", "title",
						"organisation_id", "country_id").after(people).after(organisations);
				Batch meetings = new Batch(connection, "meeting", "id", "title", "title_key", "kind", "held_on",
						"held_from", "held_until", "date_sort", "date_sort_desc", "place_id", "country_id")
					.after(places);
				Batch topics = new Batch(connection, "meeting_topic", "meeting_id", "ordinal", "topic").after(meetings);
				Batch meetingOrganisations = new Batch(connection, "meeting_organisation", "meeting_id",
						"organisation_id").after(meetings).after(organisations);
				Batch participants = new Batch(connection, "participant", "id", "meeting_id", "person_id", "role",
						"capacity_id").after(meetings).after(positions);
				Batch agreements = new Batch(connection, "agreement", "id", "title", "title_key", "kind", "status",
						"signed_on", "signed_on_from", "signed_on_until", "signed_sort", "signed_sort_desc",
						"meeting_id").after(meetings);
				Batch fields = new Batch(connection, "agreement_field", "agreement_id", "ordinal", "field")
					.after(agreements);
				Batch parties = new Batch(connection, "agreement_party", "id", "agreement_id", "organisation_id",
						"country_id").after(agreements).after(organisations);
				Batch signatories = new Batch(connection, "signatory", "id", "agreement_id", "person_id",
						"capacity_id").after(agreements).after(positions)) {
			Articles text = new Articles(articles, evidence);
			writeCountries(countries, text);
			writePlaces(places, text);
			writeOrganisations(organisations, text);
			writePeople(people, aliases, positions, text);
			writeMeetings(meetings, topics, meetingOrganisations, participants, agreements, fields, parties,
					signatories, text);
			text.close();
			for (Batch batch : List.of(countries, places, organisations, people, aliases, positions, meetings, topics,
					meetingOrganisations, participants, agreements, fields, parties, signatories, articles)) {
				batch.flush();
			}
			evidence.flush();
			return this.counts.countries() + " countries, " + places.rows() + " places, " + organisations.rows()
					+ " organisations, " + people.rows() + " people, " + positions.rows() + " positions, "
					+ meetings.rows() + " meetings, " + participants.rows() + " participants, " + agreements.rows()
					+ " agreements, " + parties.rows() + " parties, " + signatories.rows() + " signatories, "
					+ articles.rows() + " articles, " + evidence.rows() + " quotes";
		}
	}

	private void writeCountries(Batch countries, Articles text) throws SQLException {
		this.countryNames = new String[this.counts.countries()];
		for (int i = 0; i < this.countryNames.length; i++) {
			String name = COUNTRIES[i % COUNTRIES.length] + ((i < COUNTRIES.length) ? "" : " " + (i / COUNTRIES.length));
			this.countryNames[i] = name;
			countries.add(countryId(i), name, Names.fold(name), null);
			text.sentence("COUNTRY", countryId(i), name, " sent a delegation.");
		}
	}

	private void writePlaces(Batch places, Articles text) throws SQLException {
		this.placeCountry = new int[this.counts.places()];
		for (int i = 0; i < this.placeCountry.length; i++) {
			this.placeCountry[i] = i % this.counts.countries();
			String name = PLACE_WORDS[i % PLACE_WORDS.length] + " " + PLACE_ENDINGS[(i / 10) % PLACE_ENDINGS.length]
					+ " " + (i + 1);
			places.add(placeId(i), name, Names.fold(name), "CITY", countryId(this.placeCountry[i]), null);
			text.sentence("PLACE", placeId(i), name, " lies in " + this.countryNames[this.placeCountry[i]] + ".");
		}
	}

	private void writeOrganisations(Batch organisations, Articles text) throws SQLException {
		int n = this.counts.organisations();
		this.organisationNames = new String[n];
		for (int i = 0; i < n; i++) {
			int country = this.random.nextInt(this.counts.countries());
			int noun = this.random.nextInt(ORGANISATION_NOUNS.length);
			String name = ORGANISATION_NOUNS[noun] + " No. " + (i + 1) + " of " + this.countryNames[country];
			this.organisationNames[i] = name;
			// A parent among the organisations before, so that the hierarchy has no cycle.
			String parent = (i > 10 && this.random.nextInt(5) == 0) ? organisationId(this.random.nextInt(i)) : null;
			organisations.add(organisationId(i), name, Names.fold(name), Names.searchText(name, List.of()),
					ORGANISATION_KINDS[noun], countryId(country), parent);
			text.sentence("ORGANISATION", organisationId(i), name, " took part.");
		}
	}

	private void writePeople(Batch people, Batch aliases, Batch positions, Articles text) throws SQLException {
		int n = this.counts.people();
		this.personNames = new String[n];
		this.firstPosition = new int[n];
		this.positionCount = new int[n];
		List<String> titles = new ArrayList<>();
		List<Integer> holders = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int country = this.random.nextInt(this.counts.countries());
			int culture = country % FAMILY.length;
			String family = FAMILY[culture][this.random.nextInt(FAMILY[culture].length)];
			String given = GIVEN[culture][this.random.nextInt(GIVEN[culture].length)];
			String name = (culture == 1) ? given + " " + family : family + " " + given;
			this.personNames[i] = name;
			String alias = Names.fold(name);
			people.add(personId(i), name, Names.fold(name), Names.searchText(name, List.of(alias)), countryId(country));
			aliases.add(personId(i), 0, alias);
			this.firstPosition[i] = titles.size();
			this.positionCount[i] = 1 + this.random.nextInt(3);
			StringBuilder sentence = new StringBuilder(", also written ").append(alias).append(", serves as ");
			List<int[]> spans = new ArrayList<>();
			for (int p = 0; p < this.positionCount[i]; p++) {
				String title = TITLES[this.random.nextInt(TITLES.length)];
				// One post in ten is at the head of a state rather than at an organisation.
				int organisation = (this.random.nextInt(10) == 0) ? -1 : this.random.nextInt(this.counts.organisations());
				String post = title + " of "
						+ ((organisation < 0) ? this.countryNames[country] : this.organisationNames[organisation]);
				if (p > 0) {
					sentence.append("; ");
				}
				spans.add(new int[] { sentence.length(), post.length() });
				sentence.append(post);
				titles.add(title);
				holders.add(organisation);
				positions.add(positionId(i, p), personId(i), title,
						(organisation < 0) ? null : organisationId(organisation),
						(organisation < 0) ? countryId(country) : null);
			}
			sentence.append('.');
			int start = text.sentence("PERSON", personId(i), name, sentence.toString());
			for (int p = 0; p < spans.size(); p++) {
				text.quote("POSITION", positionId(i, p), start + name.length() + spans.get(p)[0], spans.get(p)[1]);
			}
		}
		this.positionTitles = titles.toArray(String[]::new);
		this.positionOrganisation = holders.stream().mapToInt(Integer::intValue).toArray();
	}

	private void writeMeetings(Batch meetings, Batch topics, Batch meetingOrganisations, Batch participants,
			Batch agreements, Batch fields, Batch parties, Batch signatories, Articles text) throws SQLException {
		int n = this.counts.meetings();
		// Agreements signed at meetings are written with their meeting; the rest stand alone.
		int atMeetings = this.counts.agreements() / 2;
		int agreement = 0;
		for (int i = 0; i < n; i++) {
			String id = meetingId(i);
			int kind = this.random.nextInt(MEETING_KINDS.length);
			// Without summits no extra number is drawn, so that a seed gives the graph it always gave.
			boolean summit = this.summitShare > 0 && this.random.nextDouble() < this.summitShare;
			int size = summit ? Math.min(this.counts.people(), 20 + this.random.nextInt(41)) : 2 + this.random.nextInt(7);
			Set<Integer> present = new LinkedHashSet<>();
			while (present.size() < size) {
				present.add(this.busy.next(this.random));
			}
			int[] who = present.stream().mapToInt(Integer::intValue).toArray();
			String title = summit ? "Summit of " + this.personNames[who[0]] + " and " + (who.length - 1) + " others"
					: MEETING_WORDS[kind] + " between " + this.personNames[who[0]] + " and " + this.personNames[who[1]];
			Dated date = date();
			int place = (this.random.nextInt(10) < 7) ? this.random.nextInt(this.counts.places()) : -1;
			int country = (place >= 0) ? this.placeCountry[place] : this.random.nextInt(this.counts.countries());
			meetings.add(id, title, Names.fold(title), MEETING_KINDS[kind], date.text(), date.from(), date.until(),
					date.sort(), date.sort(), (place >= 0) ? placeId(place) : null, countryId(country));
			int topicCount = this.random.nextInt(3);
			for (int t = 0; t < topicCount; t++) {
				topics.add(id, t, TOPICS[(i + t) % TOPICS.length]);
			}
			int named = this.random.nextInt(3);
			int firstNamed = this.random.nextInt(this.counts.organisations());
			for (int o = 0; o < named; o++) {
				meetingOrganisations.add(id, organisationId((firstNamed + o) % this.counts.organisations()));
			}
			// The meeting's sentence names every participant; each participation quotes its name.
			StringBuilder sentence = new StringBuilder(" on ").append(date.text()).append(": ");
			int[] at = new int[who.length];
			for (int p = 0; p < who.length; p++) {
				if (p > 0) {
					sentence.append((p == who.length - 1) ? " and " : ", ");
				}
				at[p] = sentence.length();
				sentence.append(this.personNames[who[p]]);
			}
			sentence.append(" met in ").append(this.countryNames[country]).append('.');
			int start = text.sentence("MEETING", id, title, sentence.toString());
			for (int p = 0; p < who.length; p++) {
				String participant = id + "#" + personId(who[p]);
				String role = (p == 0) ? "HOST" : (p == 1) ? "GUEST" : "ATTENDEE";
				participants.add(participant, id, personId(who[p]), role, capacity(who[p]));
				text.quote("PARTICIPANT", participant, start + title.length() + at[p], this.personNames[who[p]].length());
			}
			if (agreement < atMeetings && this.random.nextInt(n) < atMeetings) {
				writeAgreement(agreement++, id, date, who, agreements, fields, parties, signatories, text);
			}
		}
		while (agreement < this.counts.agreements()) {
			int[] who = { this.busy.next(this.random), this.busy.next(this.random) };
			if (who[0] == who[1]) {
				who = new int[] { who[0] };
			}
			writeAgreement(agreement++, null, date(), who, agreements, fields, parties, signatories, text);
		}
	}

	private void writeAgreement(int i, String meeting, Dated date, int[] people, Batch agreements, Batch fields,
			Batch parties, Batch signatories, Articles text) throws SQLException {
		String id = agreementId(i);
		int kind = this.random.nextInt(AGREEMENT_KINDS.length);
		String status = STATUSES[this.random.nextInt(STATUSES.length)];
		String field = TOPICS[this.random.nextInt(TOPICS.length)];
		int[] organisations = { this.random.nextInt(this.counts.organisations()),
				this.random.nextInt(this.counts.organisations()) };
		if (organisations[0] == organisations[1]) {
			organisations = new int[] { organisations[0] };
		}
		String title = AGREEMENT_WORDS[kind] + " on " + field + " No. " + (i + 1);
		boolean signed = !"PLANNED".equals(status);
		agreements.add(id, title, Names.fold(title), AGREEMENT_KINDS[kind], status, signed ? date.text() : null,
				signed ? date.from() : null, signed ? date.until() : null, signed ? date.sort() : Long.MAX_VALUE,
				signed ? date.sort() : Long.MIN_VALUE, meeting);
		fields.add(id, 0, field);
		StringBuilder sentence = new StringBuilder(" was agreed between ");
		int[] at = new int[organisations.length];
		for (int o = 0; o < organisations.length; o++) {
			if (o > 0) {
				sentence.append(" and ");
			}
			at[o] = sentence.length();
			sentence.append(this.organisationNames[organisations[o]]);
		}
		sentence.append(", signed by ");
		int[] by = new int[Math.min(2, people.length)];
		for (int s = 0; s < by.length; s++) {
			if (s > 0) {
				sentence.append(" and ");
			}
			by[s] = sentence.length();
			sentence.append(this.personNames[people[s]]);
		}
		sentence.append('.');
		int start = text.sentence("AGREEMENT", id, title, sentence.toString());
		for (int o = 0; o < organisations.length; o++) {
			String party = id + "#organisation:" + organisationId(organisations[o]);
			parties.add(party, id, organisationId(organisations[o]), null);
			text.quote("AGREEMENT_PARTY", party, start + title.length() + at[o],
					this.organisationNames[organisations[o]].length());
		}
		for (int s = 0; s < by.length; s++) {
			String signatory = id + "#" + personId(people[s]);
			signatories.add(signatory, id, personId(people[s]), capacity(people[s]));
			text.quote("SIGNATORY", signatory, start + title.length() + by[s], this.personNames[people[s]].length());
		}
	}

	/** One of the person's posts, or none (one time in five). */
	private String capacity(int person) {
		if (this.random.nextInt(5) == 0) {
			return null;
		}
		return positionId(person, this.random.nextInt(this.positionCount[person]));
	}

	private Dated date() {
		LocalDate day = FIRST_DAY.plusDays(this.random.nextInt(DAYS));
		if (this.random.nextInt(10) == 0) {
			YearMonth month = YearMonth.from(day);
			return new Dated(month.toString(), Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()),
					month.atDay(1).toEpochDay());
		}
		return new Dated(day.toString(), Date.valueOf(day), Date.valueOf(day), day.toEpochDay());
	}

	static String countryId(int i) {
		return "country-" + i;
	}

	static String placeId(int i) {
		return "place-" + i;
	}

	static String organisationId(int i) {
		return String.format("organisation-%06d", i);
	}

	static String personId(int i) {
		return String.format("person-%07d", i);
	}

	static String positionId(int person, int position) {
		return personId(person) + "/post-" + position;
	}

	static String meetingId(int i) {
		return String.format("meeting-%08d", i);
	}

	static String agreementId(int i) {
		return String.format("agreement-%07d", i);
	}

	/** A date as the meeting and agreement tables store it. */
	private record Dated(String text, Date from, Date until, long sort) {
	}

	/**
	 * How many rows of each kind a scale gives; never fewer than a small graph needs.
	 *
	 * @param countries countries
	 * @param places cities
	 * @param organisations organisations
	 * @param people people
	 * @param meetings meetings
	 * @param agreements agreements
	 */
	record Counts(int countries, int places, int organisations, int people, int meetings, int agreements) {

		static Counts of(BigDecimal scale) {
			return new Counts(40, times(scale, 500, 20), times(scale, 2_000, 20), times(scale, 10_000, 50),
					times(scale, 100_000, 100), times(scale, 20_000, 20));
		}

		private static int times(BigDecimal scale, int base, int least) {
			return Math.max(least, scale.multiply(BigDecimal.valueOf(base)).setScale(0, RoundingMode.HALF_UP).intValueExact());
		}

	}

	/**
	 * Synthetic articles, written as the facts are generated: each fact appends a sentence, and the
	 * evidence rows of an article are inserted right after the article itself.
	 */
	private final class Articles {

		private final Batch articles;

		private final Batch evidence;

		private final StringBuilder text = new StringBuilder();

		private final List<Object[]> quotes = new ArrayList<>();

		private int count;

		Articles(Batch articles, Batch evidence) {
			this.articles = articles;
			this.evidence = evidence;
		}

		/**
		 * Appends "{name}{rest}" and records the name as the subject's evidence; returns where the
		 * sentence starts, for quotes of its other parts.
		 */
		int sentence(String subjectType, String subjectId, String name, String rest) throws SQLException {
			if (this.text.length() > ARTICLE_LENGTH) {
				close();
			}
			int start = this.text.length();
			this.text.append(name).append(rest).append(' ');
			quote(subjectType, subjectId, start, name.length());
			return start;
		}

		/** Records the text at {@code start} (of the current article) as evidence for a subject. */
		void quote(String subjectType, String subjectId, int start, int length) {
			this.quotes.add(new Object[] { articleId(this.count), subjectType, subjectId, "SUBJECT",
					this.text.substring(start, start + length), start, start + length });
		}

		/** Writes the current article and its evidence. */
		void close() throws SQLException {
			if (this.text.isEmpty()) {
				return;
			}
			String body = this.text.toString().strip();
			Dated published = date();
			String title = "Synthetic dispatch No. " + (this.count + 1);
			this.articles.add(articleId(this.count), sha256(body), title, Article.titleSortKey(title, false),
					Article.titleSortKey(title, true), "Synthetic Press",
					published.text(), published.from(), published.until(), published.sort(), published.sort(), "en",
					body, ArticleIdentity.textKey(body));
			for (Object[] quote : this.quotes) {
				this.evidence.add(quote);
			}
			this.quotes.clear();
			this.text.setLength(0);
			this.count++;
		}

		private static String articleId(int i) {
			return String.format("synthetic-article-%06d", i);
		}

		private static String sha256(String text) {
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
