package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.diplomacygraph.ingest.AnnotationFile.PositionEntry;
import org.diplomacygraph.match.Candidate;
import org.diplomacygraph.match.Matcher;
import org.diplomacygraph.match.Ranking;
import org.diplomacygraph.match.Thresholds;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText.Field;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.Names;
import org.diplomacygraph.values.UserError.Code;

/**
 * Decides, for each entry of an ingest input, which record it is — the one place where entries are
 * linked to stored records: the stored record its {@code id} names (after merges); for a person,
 * organisation or place without one, the one stored entity whose name or alias its folded name is;
 * for a post of a stored person, the stored post of the same folded title at the same organisation
 * or country; for a meeting or agreement of a replaced article, the record the earlier version gave
 * the entry at its position; then the record the {@link org.diplomacygraph.match.Matcher} finds
 * beyond doubt ({@link Ranking#unambiguous()}: {@link Thresholds#SAME} or more, no other within
 * {@link Thresholds#MARGIN}); otherwise a new record with a fresh slug — unless its best candidate
 * scores {@link Thresholds#LIKELY} or more: then the duplicate guard refuses the entry
 * ({@code POSSIBLE_DUPLICATE}, naming those candidates), and only {@code new: true} makes it new.
 * Each decision is a {@link Link} with the entry's candidates, kept in input order ({@link #links()});
 * a stored record is linked to by one entry only.
 */
final class EntryLinker {

	private final StoredGraph store;

	private final InputChecks checks;

	private final LocalKeys keys;

	/** Slugs given to entries of this input, per type, with the index of the entry (-1: no conflict check). */
	private final Map<RecordType, Map<String, Integer>> taken = new EnumMap<>(RecordType.class);

	/** Stored meetings and agreements reported by an entry of this input, with the index of the entry. */
	private final Map<RecordType, Map<String, Integer>> reported = new EnumMap<>(RecordType.class);

	/**
	 * The slugs an earlier version of the article gave its meetings and agreements, by position: a
	 * replacement gives its entries without {@code id} the same records (or, if gone, the same IDs).
	 */
	private final Map<RecordType, List<String>> earlier;

	private final List<Link> links = new ArrayList<>();

	private final EntryMatches matches;

	private final DuplicateGuard guard;

	EntryLinker(StoredGraph store, InputChecks checks, LocalKeys keys, Map<RecordType, List<String>> earlier,
			Matcher matcher) {
		this.store = store;
		this.checks = checks;
		this.keys = keys;
		this.earlier = earlier;
		this.matches = new EntryMatches(matcher, this::stored);
		this.guard = new DuplicateGuard(checks);
		for (RecordType type : RecordType.records()) {
			this.taken.put(type, new LinkedHashMap<>());
			this.reported.put(type, new HashMap<>());
		}
	}

	/** How an entry was linked. */
	enum How {

		/** To the stored record its {@code id} names. */
		ID,
		/** To the one stored person, organisation or place whose name or alias its name is (folded). */
		NAME,
		/** To the stored post of the same person, title (folded) and organisation or country. */
		SAME_POST,
		/** To the record the earlier version of a replaced article gave the entry at this position. */
		EARLIER_VERSION,
		/** To the stored record the matcher finds beyond doubt. */
		MATCHED,
		/** To a new record. */
		NEW,
		/** To none: the entry has a user error (a possible duplicate, a name of several records, an ID of none...). */
		REFUSED

	}

	/**
	 * The record an entry is: its type, its slug (null when the entry has a user error), how it was
	 * linked, the stored records the matcher found for it (best first; none for an entry with an
	 * {@code id}) and the entry's path in the input.
	 */
	record Link(RecordType type, String slug, How how, List<Candidate> candidates, List<String> path) {

		Link {
			candidates = List.copyOf(candidates);
			path = List.copyOf(path);
		}

		/** The link of the entry at a path of the input (without {@code "input"}, which is added). */
		static Link of(RecordType type, String slug, How how, List<Candidate> candidates, Object[] path) {
			List<String> full = new ArrayList<>();
			full.add("input");
			for (Object step : path) {
				full.add(String.valueOf(step));
			}
			return new Link(type, slug, how, candidates, full);
		}

		/** The decision as it stands once the input's user errors are known: refused if its slug is null. */
		How decision() {
			return (this.slug == null) ? How.REFUSED : this.how;
		}

	}

	/** The matcher's candidates for entries of this input, their references resolved as this linker resolves them. */
	EntryMatches matches() {
		return this.matches;
	}

	/** Every decision, in input order. */
	List<Link> links() {
		return List.copyOf(this.links);
	}

	/** The stored records that entries without an ID were linked to by name, as the same post or by a match, per type. */
	Map<RecordType, Set<String>> matched() {
		Map<RecordType, Set<String>> matched = new EnumMap<>(RecordType.class);
		for (RecordType type : RecordType.records()) {
			matched.put(type, new LinkedHashSet<>());
		}
		this.links.stream()
			.filter((link) -> link.slug() != null
					&& (link.how() == How.NAME || link.how() == How.SAME_POST || link.how() == How.MATCHED))
			.forEach((link) -> matched.get(link.type()).add(link.slug()));
		return matched;
	}

	/**
	 * A person, organisation or place: the stored entity of its {@code id}, the one stored entity its
	 * name matches, the one the matcher finds ({@code ranking}, asked only without {@code id}), or a
	 * new slug from its name, unless the duplicate guard refuses it.
	 */
	Link named(RecordType type, String list, int index, String id, String name, Field nameField, Boolean newRecord,
			Supplier<Ranking> ranking) {
		Object[] path = { list, index };
		boolean nameless = InputText.isBlank(name);
		// A blank name beside an `id` is no name; any other name keeps the rule of names.
		boolean valid = nameless || this.checks.check(name, nameField, list, index, "name");
		Link link;
		String field = "name";
		if (id != null) {
			field = "id";
			this.guard.notNewWithId(newRecord, path);
			link = Link.of(type, this.checks.stored(type, id, list, index, "id"), How.ID, List.of(), path);
		}
		else if (nameless) {
			this.checks.error(Code.REQUIRED, "`name` must not be blank: a new " + type.noun()
					+ " needs a name (or give `id`)", list, index, "name");
			link = Link.of(type, null, How.NEW, List.of(), path);
		}
		else if (!valid) {
			link = Link.of(type, null, How.NAME, List.of(), path);
		}
		else {
			String normalised = InputText.normalise(name);
			Ranking found = ranking.get();
			link = Boolean.TRUE.equals(newRecord)
					? Link.of(type, fresh(type, "", normalised), How.NEW, found.candidates(), path)
					: match(type, normalised, found, path);
		}
		// A new entity's slug is fresh; a stored one may be named by one entry only.
		String slug = link.slug();
		if (slug != null && !Integer.valueOf(-1).equals(this.taken.get(type).get(slug))) {
			Integer other = this.taken.get(type).putIfAbsent(slug, index);
			if (other != null) {
				this.checks.error(Code.CONFLICT, "this entry is the same " + type.typeName() + " '"
						+ GlobalId.encode(type.typeName(), slug) + "' as `" + list + "` entry " + other
						+ "; give each entity once", list, index, field);
			}
		}
		return add(link);
	}

	/**
	 * A post of a person (by the person's slug): the stored post of its {@code id}, the stored post of a
	 * stored person that it is again ({@link #samePost}) or that the matcher finds among the person's,
	 * or a new slug under the person's, unless the duplicate guard refuses it.
	 */
	Link post(String person, PositionEntry position, Object... path) {
		if (position.id() != null) {
			this.guard.notNewWithId(position.newRecord(), path);
			return add(Link.of(RecordType.POSITION,
					this.checks.stored(RecordType.POSITION, position.id(), InputChecks.append(path, "id")), How.ID,
					List.of(), path));
		}
		Supplier<String> fresh = () -> fresh(RecordType.POSITION, person + "/",
				(position.title() != null) ? position.title() : "post");
		if (!storedPerson(person)) {
			return add(Link.of(RecordType.POSITION, fresh.get(), How.NEW, List.of(), path));
		}
		Ranking ranking = this.matches.post(person, position);
		if (Boolean.TRUE.equals(position.newRecord())) {
			return add(Link.of(RecordType.POSITION, fresh.get(), How.NEW, ranking.candidates(), path));
		}
		String same = samePost(person, position);
		if (same != null) {
			return add(Link.of(RecordType.POSITION, same, How.SAME_POST, ranking.candidates(), path));
		}
		return add(this.guard.decide(RecordType.POSITION, ranking,
				(slug) -> !this.taken.get(RecordType.POSITION).containsKey(slug), fresh, path));
	}

	/**
	 * A meeting or agreement: the stored record of its {@code id} (a stored one may be reported by one
	 * entry only), the record of the earlier version at its position, the one the matcher finds
	 * ({@code ranking}, asked only when those do not decide), or a new slug from its title, unless the
	 * duplicate guard refuses it.
	 */
	Link report(RecordType type, String list, int index, String id, String title, String fallback,
			Boolean newRecord, Supplier<Ranking> ranking) {
		Object[] path = { list, index };
		Map<String, Integer> reported = this.reported.get(type);
		if (id != null) {
			this.guard.notNewWithId(newRecord, path);
			String slug = this.checks.stored(type, id, list, index, "id");
			conflict(type, slug, list, index, "id");
			return add(Link.of(type, slug, How.ID, List.of(), path));
		}
		String earlier = earlierSlug(type, index);
		if (earlier != null) {
			reported.put(earlier, index);
			this.taken.get(type).put(earlier, -1);
			return add(Link.of(type, earlier, How.EARLIER_VERSION, List.of(), path));
		}
		Supplier<String> fresh = () -> fresh(type, "", (title != null) ? title : fallback);
		Ranking found = ranking.get();
		if (Boolean.TRUE.equals(newRecord)) {
			return add(Link.of(type, fresh.get(), How.NEW, found.candidates(), path));
		}
		Link link = this.guard.decide(type, found, (slug) -> !reported.containsKey(slug), fresh, path);
		if (link.how() == How.MATCHED) {
			reported.put(link.slug(), index);
		}
		return add(link);
	}

	/** A user error if a stored meeting or agreement is reported by an earlier entry too. */
	private void conflict(RecordType type, String slug, String list, int index, String field) {
		Integer other = (slug != null) ? this.reported.get(type).putIfAbsent(slug, index) : null;
		if (other != null) {
			this.checks.error(Code.CONFLICT, "this entry is the same " + type.typeName() + " '"
					+ GlobalId.encode(type.typeName(), slug) + "' as `" + list + "` entry " + other
					+ "; give each record once", list, index, field);
		}
	}

	private Link add(Link link) {
		this.links.add(link);
		return link;
	}

	/**
	 * The slug the earlier version of a replaced article gave the entry at this position, if it is
	 * still the record's (stored: the entry reports it again) or free again (the record went with the
	 * earlier version: the entry gets its ID back); null otherwise.
	 */
	private String earlierSlug(RecordType type, int index) {
		List<String> slugs = this.earlier.getOrDefault(type, List.of());
		String slug = (index < slugs.size()) ? slugs.get(index) : null;
		if (slug == null || this.reported.get(type).containsKey(slug) || this.taken.get(type).containsKey(slug)) {
			return null;
		}
		return (this.store.find(type, slug) != null || !this.store.taken(type, slug)) ? slug : null;
	}

	/**
	 * The stored post of a stored person that a new post entry is again: the same title (folded) at
	 * the same organisation or country, so that a second report of "Secretary of the Hanoi Party
	 * Committee" adds to the stored post instead of making another; null if none, or if the entry's
	 * references do not resolve yet (they are reported later).
	 */
	private String samePost(String person, PositionEntry position) {
		if (position.title() == null) {
			return null;
		}
		String organisation = peek(RecordType.ORGANISATION, position.organisation());
		String country = peek(RecordType.COUNTRY, position.country());
		String post = this.store.post(person, Names.fold(position.title()), organisation, country);
		return (post != null && !this.taken.get(RecordType.POSITION).containsKey(post)) ? post : null;
	}

	/** Whether the slug is a stored person's (not a new person's). */
	private boolean storedPerson(String person) {
		return person != null && this.store.find(RecordType.PERSON, person) != null
				&& this.taken.get(RecordType.PERSON).getOrDefault(person, 0) != -1;
	}

	/** A reference as the slug of a stored record, else null (a new entry's key, unknown or invalid). */
	private String stored(RecordType type, String value) {
		String slug = peek(type, value);
		return (slug != null && this.store.find(type, slug) != null
				&& this.taken.get(type).getOrDefault(slug, 0) != -1) ? slug : null;
	}

	/** A reference resolved without reporting anything: a local key's slug or a stored entity's, else null. */
	private String peek(RecordType type, String value) {
		if (value == null) {
			return null;
		}
		if (this.keys.names(type, value)) {
			return this.keys.slug(type, value);
		}
		GlobalId id = GlobalId.decode(value).orElse(null);
		return (id != null && id.type().equals(type.typeName())) ? this.store.current(type, id.id()) : null;
	}

	/**
	 * The one stored entity a name matches, else the matcher's decision ({@link DuplicateGuard#decide}); a user
	 * error if the name matches several.
	 */
	private Link match(RecordType type, String name, Ranking ranking, Object[] path) {
		List<String> candidates = this.store.named(type, Names.fold(name));
		if (candidates.size() == 1) {
			return Link.of(type, candidates.get(0), How.NAME, ranking.candidates(), path);
		}
		if (candidates.size() > 1) {
			this.checks.error(Code.AMBIGUOUS, "`name` '" + InputText.echo(name) + "' matches " + candidates.size()
					+ " stored " + type.plural() + ": "
					+ String.join(", ", candidates.stream()
						.map((slug) -> "'" + GlobalId.encode(type.typeName(), slug) + "' ("
								+ this.store.name(type, slug) + ")")
						.toList())
					+ "; give the `id` of the one meant", InputChecks.append(path, "name"));
			return Link.of(type, null, How.NAME, ranking.candidates(), path);
		}
		return this.guard.decide(type, ranking, (slug) -> true, () -> fresh(type, "", name), path);
	}

	/** A slug for a new entity: the folded words of its name, numbered if taken, stored or merged away. */
	private String fresh(RecordType type, String prefix, String name) {
		String base = slug(name);
		if (base.isEmpty()) {
			base = type.noun();
		}
		base = prefix + base;
		String slug = base;
		for (int n = 2; this.taken.get(type).containsKey(slug) || this.store.taken(type, slug); n++) {
			slug = base + "-" + n;
		}
		this.taken.get(type).put(slug, -1);
		return slug;
	}

	/** Lower-case ASCII words joined by hyphens, at most 80 characters: {@code Tô Lâm} is {@code to-lam}. */
	static String slug(String text) {
		String words = Names.fold(text).replaceAll("[^a-z0-9 ]", "").strip().replaceAll(" +", "-");
		if (words.length() > 80) {
			words = words.substring(0, 80).replaceAll("-+$", "");
		}
		return words;
	}

}
