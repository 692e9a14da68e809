package org.diplomacygraph.propose;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.diplomacygraph.ingest.AnnotationFile;
import org.diplomacygraph.ingest.CorpusReader;
import org.diplomacygraph.propose.ArticleDraft.EvidenceDraft;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;

/**
 * The leave-one-out evaluation of the proposer over the corpus: for each article, a gazetteer of
 * what the other articles' annotation files establish, the proposal for the article's text (with
 * the publication date its file gives), and the proposal compared with the article's own
 * annotations. The criteria for "right" are in src/docs/proposals.md.
 */
final class LeaveOneOut {

	/** The rows of the table, in order. */
	static final List<String> TYPES = List.of("people", "organisations", "places", "countries", "posts", "meetings",
			"agreements", "dates");

	/** Counts of one type: gold entries known from the other articles and found, new ones and found, proposals and right ones. */
	static final class Count {

		int knownGold;

		int knownFound;

		int newGold;

		int newFound;

		int proposed;

		int right;

		void add(Count other) {
			this.knownGold += other.knownGold;
			this.knownFound += other.knownFound;
			this.newGold += other.newGold;
			this.newFound += other.newFound;
			this.proposed += other.proposed;
			this.right += other.right;
		}

	}

	/** One article's evaluation: counts per type and the misses and wrong proposals, for reading. */
	record Article(String file, Map<String, Count> counts, List<String> misses, List<String> wrong, Proposal proposal) {
	}

	private final List<CorpusReader.SourceArticle> corpus;

	LeaveOneOut(String location) {
		this.corpus = new CorpusReader().read(location).articles();
	}

	List<Article> run() {
		List<Article> articles = new ArrayList<>();
		for (CorpusReader.SourceArticle article : this.corpus) {
			List<AnnotationFile> others = this.corpus.stream()
				.filter((other) -> other != article)
				.map(CorpusReader.SourceArticle::annotations)
				.toList();
			CorpusGazetteer gazetteer = new CorpusGazetteer(others);
			AnnotationFile gold = article.annotations();
			String text = new String(article.text(), StandardCharsets.UTF_8);
			Proposal proposal = Proposer.propose(new Proposer.Request(text, gold.article().publishedOn(),
					gold.article().language(), gold.article().url()), gazetteer);
			articles.add(new Comparison(article.textFile(), text, gold, gazetteer, proposal).compare());
		}
		return articles;
	}

	/** The counts of all articles added up. */
	static Map<String, Count> total(List<Article> articles) {
		Map<String, Count> total = new LinkedHashMap<>();
		TYPES.forEach((type) -> total.put(type, new Count()));
		articles.forEach((article) -> article.counts().forEach((type, count) -> total.get(type).add(count)));
		return total;
	}

	/** The table: recall of entries known from the other articles, of new ones, and precision, per type. */
	static String table(Map<String, Count> total) {
		StringBuilder table = new StringBuilder();
		table.append("| type | recall, known | recall, new | recall, all | precision |\n");
		table.append("|---|---|---|---|---|\n");
		for (String type : TYPES) {
			Count c = total.get(type);
			table.append("| ").append(type)
				.append(" | ").append(ratio(c.knownFound, c.knownGold))
				.append(" | ").append(ratio(c.newFound, c.newGold))
				.append(" | ").append(ratio(c.knownFound + c.newFound, c.knownGold + c.newGold))
				.append(" | ").append(ratio(c.right, c.proposed))
				.append(" |\n");
		}
		return table.toString();
	}

	static String ratio(int part, int whole) {
		if (whole == 0) {
			return "–";
		}
		return Math.round(100.0 * part / whole) + "% (" + part + "/" + whole + ")";
	}

	/** One article's proposal against its annotations. */
	private static final class Comparison {

		private final String file;

		private final String text;

		private final AnnotationFile gold;

		private final CorpusGazetteer gazetteer;

		private final Proposal proposal;

		private final Map<String, Count> counts = new LinkedHashMap<>();

		private final List<String> misses = new ArrayList<>();

		private final List<String> wrong = new ArrayList<>();

		/** The gold ID each proposed entry (by type and key) was matched to. */
		private final Map<String, String> matched = new HashMap<>();

		Comparison(String file, String text, AnnotationFile gold, CorpusGazetteer gazetteer, Proposal proposal) {
			this.file = file;
			this.text = text;
			this.gold = gold;
			this.gazetteer = gazetteer;
			this.proposal = proposal;
			TYPES.forEach((type) -> this.counts.put(type, new Count()));
		}

		Article compare() {
			ArticleDraft draft = this.proposal.draft();
			List<Proposed> people = new ArrayList<>();
			draft.people().forEach((p) -> people.add(new Proposed(p.key(), slug(p.id()), names(p.name(), p.aliases()))));
			entities("people", RecordType.PERSON, people, goldPeople());
			List<Proposed> organisations = new ArrayList<>();
			draft.organisations()
				.forEach((o) -> organisations.add(new Proposed(o.key(), slug(o.id()), names(o.name(), o.aliases()))));
			for (ArticleDraft.PersonDraft person : draft.people()) {
				for (ArticleDraft.PositionDraft post : person.positions()) {
					Gazetteer.Post stored = (post.id() != null) ? this.gazetteer.post(slug(post.id())) : null;
					if (stored != null && stored.organisation() != null && organisations.stream()
						.noneMatch((o) -> stored.organisation().equals(o.stored()))) {
						organisations.add(new Proposed(null, stored.organisation(), List.of()));
					}
				}
			}
			entities("organisations", RecordType.ORGANISATION, organisations, goldOrganisations());
			List<Proposed> places = new ArrayList<>();
			draft.places().forEach((p) -> places.add(new Proposed(p.key(), slug(p.id()), names(p.name(), p.aliases()))));
			entities("places", RecordType.PLACE, places, goldPlaces());
			countries();
			posts(draft);
			meetings(draft);
			agreements(draft);
			dates(draft);
			return new Article(this.file, this.counts, this.misses, this.wrong, this.proposal);
		}

		private record Proposed(String key, String stored, List<String> names) {
		}

		private record Gold(String id, List<String> names) {
		}

		private List<Gold> goldPeople() {
			return this.gold.people().stream().map((p) -> new Gold(p.id(), names(p.name(), p.aliases()))).toList();
		}

		private List<Gold> goldOrganisations() {
			return this.gold.organisations().stream().map((o) -> new Gold(o.id(), names(o.name(), o.aliases()))).toList();
		}

		private List<Gold> goldPlaces() {
			return this.gold.places().stream().map((p) -> new Gold(p.id(), names(p.name(), p.aliases()))).toList();
		}

		/**
		 * People, organisations, places: a stored proposal is right when it is linked to the gold entry's
		 * ID, a new one when one of its names (folded) is one of the gold entry's names; a gold entry known
		 * from the other articles is found only when linked by ID.
		 */
		private void entities(String type, RecordType recordType, List<Proposed> proposed, List<Gold> gold) {
			Count count = this.counts.get(type);
			Set<String> found = new HashSet<>();
			for (Proposed p : proposed) {
				count.proposed++;
				Gold match = null;
				for (Gold g : gold) {
					if (found.contains(g.id())) {
						continue;
					}
					boolean known = this.gazetteer.knows(recordType, g.id());
					if (p.stored() != null ? p.stored().equals(g.id()) : !known && overlap(p.names(), g.names())) {
						match = g;
						break;
					}
				}
				if (match != null) {
					found.add(match.id());
					count.right++;
					if (p.key() != null) {
						this.matched.put(recordType + ":" + p.key(), match.id());
					}
				}
				else {
					this.wrong.add(type + ": " + ((p.stored() != null) ? p.stored() : p.names()));
				}
			}
			for (Gold g : gold) {
				boolean known = this.gazetteer.knows(recordType, g.id());
				if (known) {
					count.knownGold++;
				}
				else {
					count.newGold++;
				}
				if (found.contains(g.id())) {
					if (known) {
						count.knownFound++;
					}
					else {
						count.newFound++;
					}
				}
				else {
					this.misses.add(type + ": " + g.id() + (known ? " (known)" : " (new)"));
				}
			}
		}

		/** Countries, from the mentions: linked to the gold country's ID, or (not stored) one of its names. */
		private void countries() {
			List<Proposed> proposed = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (Proposal.ProposedMention mention : this.proposal.mentions()) {
				if (!"Country".equals(mention.type())) {
					continue;
				}
				String stored = mention.candidates().isEmpty() ? null : slug(mention.candidates().get(0).id());
				String identity = (stored != null) ? stored : NameLinker.key(mention.text());
				if (seen.add(identity)) {
					proposed.add(new Proposed(null, stored, List.of(mention.text())));
				}
			}
			List<Gold> gold = this.gold.countries().stream().map((c) -> new Gold(c.id(), names(c.name(), c.aliases()))).toList();
			entities("countries", RecordType.COUNTRY, proposed, gold);
		}

		/** Posts: the same person (as matched), the same title (folded) and the same organisation or country. */
		private void posts(ArticleDraft draft) {
			List<String> gold = new ArrayList<>();
			List<Boolean> known = new ArrayList<>();
			for (AnnotationFile.PersonEntry person : this.gold.people()) {
				for (AnnotationFile.PositionEntry post : person.positions()) {
					gold.add(post(person.id(), post.title(), post.organisation(), post.country()));
					known.add(this.gazetteer.post(post.id()) != null);
				}
			}
			List<String> proposed = new ArrayList<>();
			for (ArticleDraft.PersonDraft person : draft.people()) {
				String personId = (person.id() != null) ? slug(person.id())
						: this.matched.getOrDefault(RecordType.PERSON + ":" + person.key(), "?" + person.key());
				for (ArticleDraft.PositionDraft post : person.positions()) {
					if (post.id() != null) {
						Gazetteer.Post stored = this.gazetteer.post(slug(post.id()));
						proposed.add(post(this.gazetteer.personOfPost(slug(post.id())), stored.title(), stored.organisation(),
								stored.country()));
					}
					else {
						String organisation = (post.organisation() != null) ? organisationId(draft, post.organisation()) : null;
						proposed.add(post(personId, post.title(), organisation, slug(post.country())));
					}
				}
			}
			match("posts", gold, known, proposed);
		}

		private String organisationId(ArticleDraft draft, String key) {
			for (ArticleDraft.OrganisationDraft organisation : draft.organisations()) {
				if (organisation.key().equals(key)) {
					return (organisation.id() != null) ? slug(organisation.id())
							: this.matched.getOrDefault(RecordType.ORGANISATION + ":" + key, "?" + key);
				}
			}
			return "?" + key;
		}

		private static String post(String person, String title, String organisation, String country) {
			return person + " | " + NameLinker.key(title) + " | "
					+ ((organisation != null) ? "organisation " + organisation : "country " + country);
		}

		/** Meetings: the same date and every host and guest of the gold meeting among the participants. */
		private void meetings(ArticleDraft draft) {
			Count count = this.counts.get("meetings");
			Set<String> found = new HashSet<>();
			for (ArticleDraft.MeetingDraft meeting : draft.meetings()) {
				count.proposed++;
				Set<String> people = new HashSet<>();
				for (ArticleDraft.ParticipantDraft participant : meeting.participants()) {
					people.add(this.matched.getOrDefault(RecordType.PERSON + ":" + participant.person(), "?"));
				}
				AnnotationFile.MeetingEntry match = null;
				for (AnnotationFile.MeetingEntry g : this.gold.meetings()) {
					if (!found.contains(g.id()) && Objects.equals(g.date(), meeting.date()) && people.containsAll(main(g))) {
						match = g;
						break;
					}
				}
				if (match != null) {
					found.add(match.id());
					count.right++;
				}
				else {
					this.wrong.add("meetings: " + meeting.title() + " " + meeting.date() + " " + people);
				}
			}
			for (AnnotationFile.MeetingEntry g : this.gold.meetings()) {
				boolean known = this.gazetteer.entities().isEmpty() && false;
				count.newGold++;
				if (found.contains(g.id())) {
					count.newFound++;
				}
				else {
					this.misses.add("meetings: " + g.id() + " " + g.date() + " " + main(g));
				}
				if (known) {
					count.knownGold++;
				}
			}
		}

		private static Set<String> main(AnnotationFile.MeetingEntry meeting) {
			Set<String> main = new LinkedHashSet<>();
			meeting.participants()
				.stream()
				.filter((p) -> "host".equals(p.role()) || "guest".equals(p.role()))
				.forEach((p) -> main.add(p.person()));
			if (main.isEmpty()) {
				meeting.participants().forEach((p) -> main.add(p.person()));
			}
			return main;
		}

		/** Agreements: the same kind, and a quote of the proposal overlapping a quote of the gold agreement. */
		private void agreements(ArticleDraft draft) {
			Count count = this.counts.get("agreements");
			Set<String> found = new HashSet<>();
			for (ArticleDraft.AgreementDraft agreement : draft.agreements()) {
				count.proposed++;
				List<int[]> spans = spans(agreement.evidence().stream().map(EvidenceDraft::quote).toList());
				AnnotationFile.AgreementEntry match = null;
				for (AnnotationFile.AgreementEntry g : this.gold.agreements()) {
					List<String> quotes = new ArrayList<>();
					for (List<AnnotationFile.Quote> list : List.of(g.evidence(), g.statusEvidence(), g.validityEvidence())) {
						list.forEach((quote) -> quotes.add(quote.quote()));
					}
					if (!found.contains(g.id()) && g.kind().equals(agreement.kind()) && overlaps(spans, spans(quotes))) {
						match = g;
						break;
					}
				}
				if (match != null) {
					found.add(match.id());
					count.right++;
				}
				else {
					this.wrong.add("agreements: " + agreement.kind() + " " + agreement.title());
				}
			}
			for (AnnotationFile.AgreementEntry g : this.gold.agreements()) {
				count.newGold++;
				if (found.contains(g.id())) {
					count.newFound++;
				}
				else {
					this.misses.add("agreements: " + g.id());
				}
			}
		}

		/** Dates: the (field, value) pairs of meetings' and agreements' dates. */
		private void dates(ArticleDraft draft) {
			Set<String> gold = new LinkedHashSet<>();
			for (AnnotationFile.MeetingEntry meeting : this.gold.meetings()) {
				add(gold, "meeting date", meeting.date());
				add(gold, "meeting endDate", meeting.endDate());
			}
			for (AnnotationFile.AgreementEntry agreement : this.gold.agreements()) {
				add(gold, "signedOn", agreement.signedOn());
				add(gold, "validFrom", agreement.validFrom());
				add(gold, "validUntil", agreement.validUntil());
			}
			Set<String> proposed = new LinkedHashSet<>();
			for (ArticleDraft.MeetingDraft meeting : draft.meetings()) {
				add(proposed, "meeting date", meeting.date());
				add(proposed, "meeting endDate", meeting.endDate());
			}
			for (ArticleDraft.AgreementDraft agreement : draft.agreements()) {
				add(proposed, "signedOn", agreement.signedOn());
				add(proposed, "validFrom", agreement.validFrom());
				add(proposed, "validUntil", agreement.validUntil());
			}
			match("dates", new ArrayList<>(gold), gold.stream().map((g) -> false).toList(), new ArrayList<>(proposed));
		}

		private static void add(Set<String> dates, String field, String value) {
			if (value != null) {
				dates.add(field + " " + value);
			}
		}

		/** Matches proposals to gold items that are equal, one to one. */
		private void match(String type, List<String> gold, List<Boolean> known, List<String> proposed) {
			Count count = this.counts.get(type);
			List<String> left = new ArrayList<>(gold);
			List<Boolean> leftKnown = new ArrayList<>(known);
			for (String p : proposed) {
				count.proposed++;
				int index = left.indexOf(p);
				if (index >= 0) {
					count.right++;
					if (leftKnown.get(index)) {
						count.knownFound++;
					}
					else {
						count.newFound++;
					}
					left.remove(index);
					leftKnown.remove(index);
				}
				else {
					this.wrong.add(type + ": " + p);
				}
			}
			for (int i = 0; i < gold.size(); i++) {
				if (known.get(i)) {
					count.knownGold++;
				}
				else {
					count.newGold++;
				}
			}
			left.forEach((g) -> this.misses.add(type + ": " + g));
		}

		private List<int[]> spans(List<String> quotes) {
			List<int[]> spans = new ArrayList<>();
			for (String quote : quotes) {
				int at = this.text.indexOf(quote);
				if (at >= 0) {
					spans.add(new int[] { at, at + quote.length() });
				}
			}
			return spans;
		}

		private static boolean overlaps(List<int[]> a, List<int[]> b) {
			for (int[] x : a) {
				for (int[] y : b) {
					if (x[0] < y[1] && y[0] < x[1]) {
						return true;
					}
				}
			}
			return false;
		}

		private static boolean overlap(List<String> a, List<String> b) {
			Set<String> keys = new HashSet<>();
			a.forEach((name) -> keys.add(NameLinker.key(name)));
			return b.stream().anyMatch((name) -> keys.contains(NameLinker.key(name)));
		}

		private static List<String> names(String name, List<String> aliases) {
			List<String> names = new ArrayList<>();
			if (name != null) {
				names.add(name);
			}
			names.addAll(aliases);
			return names;
		}

		private static String slug(String globalId) {
			return (globalId != null) ? GlobalId.decode(globalId).map(GlobalId::id).orElse(null) : null;
		}

	}

}
