package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.ingest.AnnotationFile.PositionEntry;
import org.diplomacygraph.model.GlobalId;
import org.diplomacygraph.model.InputText;
import org.diplomacygraph.model.InputText.Field;
import org.diplomacygraph.model.Names;
import org.diplomacygraph.model.UserError.Code;

/**
 * Decides, for each entry of an ingest input, which record it is — the one place where entries are
 * linked to stored records: the stored record its {@code id} names (after merges); for a person,
 * organisation or place without one, the one stored entity whose name or alias its folded name is;
 * for a post of a stored person, the stored post of the same folded title at the same organisation
 * or country; for a meeting or agreement of a replaced article, the record the earlier version gave
 * the entry at its position; otherwise a new record with a fresh slug. Each decision is a {@link Link},
 * kept in input order ({@link #links()}); a stored record is linked to by one entry only.
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

	EntryLinker(StoredGraph store, InputChecks checks, LocalKeys keys, Map<RecordType, List<String>> earlier) {
		this.store = store;
		this.checks = checks;
		this.keys = keys;
		this.earlier = earlier;
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
		/** To a new record. */
		NEW

	}

	/** The record an entry is: its type, its slug (null when the entry has a user error) and how it was linked. */
	record Link(RecordType type, String slug, How how) {
	}

	/** Every decision, in input order. */
	List<Link> links() {
		return List.copyOf(this.links);
	}

	/** The stored records that entries without an ID were linked to by name (or as the same post), per type. */
	Map<RecordType, Set<String>> matched() {
		Map<RecordType, Set<String>> matched = new EnumMap<>(RecordType.class);
		for (RecordType type : RecordType.records()) {
			matched.put(type, new LinkedHashSet<>());
		}
		this.links.stream()
			.filter((link) -> link.slug() != null && (link.how() == How.NAME || link.how() == How.SAME_POST))
			.forEach((link) -> matched.get(link.type()).add(link.slug()));
		return matched;
	}

	/**
	 * A person, organisation or place: the stored entity of its {@code id}, the one stored entity its
	 * name matches, or a new slug from its name.
	 */
	Link named(RecordType type, String list, int index, String id, String name, Field nameField) {
		boolean nameless = InputText.isBlank(name);
		// A blank name beside an `id` is no name; any other name keeps the rule of names.
		boolean valid = nameless || this.checks.check(name, nameField, list, index, "name");
		Link link;
		String field = "name";
		if (id != null) {
			field = "id";
			link = new Link(type, this.checks.stored(type, id, list, index, "id"), How.ID);
		}
		else if (nameless) {
			this.checks.error(Code.REQUIRED, "`name` must not be blank: a new " + InputChecks.noun(type)
					+ " needs a name (or give `id`)", list, index, "name");
			link = new Link(type, null, How.NEW);
		}
		else {
			link = valid ? match(type, InputText.normalise(name), list, index) : new Link(type, null, How.NAME);
		}
		// A new entity's slug is fresh; a stored one may be named by one entry only.
		String slug = link.slug();
		if (slug != null && !Integer.valueOf(-1).equals(this.taken.get(type).get(slug))) {
			Integer other = this.taken.get(type).putIfAbsent(slug, index);
			if (other != null) {
				this.checks.error(Code.CONFLICT, "this entry is the same " + InputChecks.type(type) + " '"
						+ GlobalId.encode(InputChecks.type(type), slug) + "' as `" + list + "` entry " + other
						+ "; give each entity once", list, index, field);
			}
		}
		return add(link);
	}

	/**
	 * A post of a person (by the person's slug): the stored post of its {@code id}, the stored post of a
	 * stored person that it is again ({@link #samePost}), or a new slug under the person's.
	 */
	Link post(String person, PositionEntry position, Object... path) {
		if (position.id() != null) {
			return add(new Link(RecordType.POSITION,
					this.checks.stored(RecordType.POSITION, position.id(), InputChecks.append(path, "id")), How.ID));
		}
		String same = samePost(person, position);
		if (same != null) {
			return add(new Link(RecordType.POSITION, same, How.SAME_POST));
		}
		return add(new Link(RecordType.POSITION,
				fresh(RecordType.POSITION, person + "/", (position.title() != null) ? position.title() : "post"), How.NEW));
	}

	/**
	 * A meeting or agreement: the stored record of its {@code id} (a stored one may be reported by one
	 * entry only), the record of the earlier version at its position, or a new slug from its title.
	 */
	Link report(RecordType type, String list, int index, String id, String title, String fallback) {
		Map<String, Integer> reported = this.reported.get(type);
		if (id != null) {
			String slug = this.checks.stored(type, id, list, index, "id");
			Integer other = (slug != null) ? reported.putIfAbsent(slug, index) : null;
			if (other != null) {
				this.checks.error(Code.CONFLICT, "this entry is the same " + InputChecks.type(type) + " '"
						+ GlobalId.encode(InputChecks.type(type), slug) + "' as `" + list + "` entry " + other
						+ "; give each record once", list, index, "id");
			}
			return add(new Link(type, slug, How.ID));
		}
		String earlier = earlierSlug(type, index);
		if (earlier != null) {
			reported.put(earlier, index);
			this.taken.get(type).put(earlier, -1);
			return add(new Link(type, earlier, How.EARLIER_VERSION));
		}
		return add(new Link(type, fresh(type, "", (title != null) ? title : fallback), How.NEW));
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
		if (person == null || position.title() == null || this.store.find(RecordType.PERSON, person) == null
				|| this.taken.get(RecordType.PERSON).getOrDefault(person, 0) == -1) {
			return null;
		}
		String organisation = peek(RecordType.ORGANISATION, position.organisation());
		String country = peek(RecordType.COUNTRY, position.country());
		String post = this.store.post(person, Names.fold(position.title()), organisation, country);
		return (post != null && !this.taken.get(RecordType.POSITION).containsKey(post)) ? post : null;
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
		return (id != null && id.type().equals(InputChecks.type(type))) ? this.store.current(type, id.id()) : null;
	}

	/** The one stored entity a name matches, or a new slug; a user error if it matches several. */
	private Link match(RecordType type, String name, String list, int index) {
		List<String> candidates = this.store.named(type, Names.fold(name));
		if (candidates.size() == 1) {
			return new Link(type, candidates.get(0), How.NAME);
		}
		if (candidates.size() > 1) {
			this.checks.error(Code.AMBIGUOUS, "`name` '" + InputText.echo(name) + "' matches " + candidates.size()
					+ " stored " + InputChecks.plural(type) + ": "
					+ String.join(", ", candidates.stream()
						.map((slug) -> "'" + GlobalId.encode(InputChecks.type(type), slug) + "' ("
								+ this.store.name(type, slug) + ")")
						.toList())
					+ "; give the `id` of the one meant", list, index, "name");
			return new Link(type, null, How.NAME);
		}
		return new Link(type, fresh(type, "", name), How.NEW);
	}

	/** A slug for a new entity: the folded words of its name, numbered if taken, stored or merged away. */
	private String fresh(RecordType type, String prefix, String name) {
		String base = slug(name);
		if (base.isEmpty()) {
			base = InputChecks.noun(type);
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
