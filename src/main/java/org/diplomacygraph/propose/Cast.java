package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplomacygraph.propose.Gazetteer.Known;
import org.diplomacygraph.propose.NameLinker.Candidate;
import org.diplomacygraph.record.RecordType;

/**
 * The people, organisations, places and countries a text names, each once however often and
 * however spelt, with every place it is named: stored ones linked, new ones with the name the text
 * gives them. The rules add to it; the draft is assembled from it.
 */
final class Cast {

	/** An entity the text names. */
	static final class Entry {

		final RecordType type;

		/** The stored entity it is, or null for a new one. */
		Known stored;

		/** The candidates the linker gave (the stored one first); empty for a new entity without any. */
		List<Candidate> candidates = List.of();

		/** For a new entity: its name. */
		String name;

		/** For a new organisation or place: its kind. */
		String kind;

		/** The slug of its stored country (a person's nationality), or null. */
		String country;

		/** A new organisation's parent or a new place's enclosing place. */
		Entry parent;

		/** The keys of every name it goes by here (see {@link NameLinker#key}). */
		final Set<String> keys = new LinkedHashSet<>();

		/** The spellings the text uses, in order of first use. */
		final Set<String> surfaces = new LinkedHashSet<>();

		/** A person's posts. */
		final List<Post> posts = new ArrayList<>();

		/** Words that state it other than its mentions (an embassy in "Cuban Ambassador to Vietnam"): offsets. */
		final List<int[]> evidence = new ArrayList<>();

		Entry(RecordType type) {
			this.type = type;
		}

		/** The name to show: the stored name, or the new one's. */
		String label() {
			return (this.stored != null) ? this.stored.name() : this.name;
		}

		boolean isStored() {
			return this.stored != null;
		}

		/** An organisation's or place's kind: the stored one's, or the new one's. */
		String kind() {
			return (this.stored != null && this.stored.kind() != null) ? this.stored.kind() : this.kind;
		}

	}

	/**
	 * A post of a person: a stored one, or a new one with its title and organisation (an entry) or
	 * country (a stored country's slug).
	 */
	static final class Post {

		final Entry person;

		Gazetteer.Post stored;

		String title;

		Entry organisation;

		String country;

		/** The words stating it: character offsets in the text. */
		final int start;

		final int end;

		Post(Entry person, int start, int end) {
			this.person = person;
			this.start = start;
			this.end = end;
		}

	}

	/** A place where the text names an entry: words {@code from} to {@code to} (exclusive). */
	record Mention(Entry entry, int from, int to, String surface, int start, int end) {
	}

	private final List<Entry> entries = new ArrayList<>();

	private final List<Mention> mentions = new ArrayList<>();

	/** Words that are part of names read otherwise ("the Hanoi and Havana Party Committees"): no new name starts there. */
	private final java.util.Set<Integer> covered = new java.util.HashSet<>();

	void cover(int from, int to) {
		for (int i = from; i < to; i++) {
			this.covered.add(i);
		}
	}

	boolean covered(int index) {
		return this.covered.contains(index);
	}

	List<Entry> entries() {
		return this.entries;
	}

	List<Entry> entries(RecordType type) {
		return this.entries.stream().filter((entry) -> entry.type == type).toList();
	}

	/** Every mention, in the order of the text. */
	List<Mention> mentions() {
		List<Mention> sorted = new ArrayList<>(this.mentions);
		sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt((mention) -> -mention.end()));
		return sorted;
	}

	List<Mention> mentions(Entry entry) {
		return mentions().stream().filter((mention) -> mention.entry() == entry).toList();
	}

	/** The entry of a stored entity, made on first use. */
	Entry stored(Known known, List<Candidate> candidates) {
		for (Entry entry : this.entries) {
			if (entry.stored != null && entry.stored.type() == known.type() && entry.stored.id().equals(known.id())) {
				return entry;
			}
		}
		Entry entry = new Entry(known.type());
		entry.stored = known;
		entry.candidates = candidates;
		entry.country = known.country();
		known.names().forEach((name) -> entry.keys.add(NameLinker.key(name)));
		this.entries.add(entry);
		return entry;
	}

	/** The entry of a type that goes by this key, or null. */
	Entry byKey(RecordType type, String key) {
		for (Entry entry : this.entries) {
			if (entry.type == type && entry.keys.contains(key)) {
				return entry;
			}
		}
		return null;
	}

	/** The entry of a new entity with this name, or the one that goes by it already. */
	Entry fresh(RecordType type, String name, String kind) {
		String key = NameLinker.key(name);
		Entry entry = byKey(type, key);
		if (entry == null) {
			entry = new Entry(type);
			entry.name = name;
			entry.kind = kind;
			entry.keys.add(key);
			this.entries.add(entry);
		}
		return entry;
	}

	/** Records that words of the text name an entry, and the spelling they use. */
	Mention mention(Entry entry, TextTokens text, int from, int to) {
		String surface = text.surface(from, to);
		Mention mention = new Mention(entry, from, to, surface, text.get(from).start(), text.get(to - 1).end());
		for (Mention known : this.mentions) {
			if (known.entry() == entry && known.start() == mention.start() && known.end() == mention.end()) {
				return known;
			}
		}
		this.mentions.add(mention);
		if (entry.name != null && entry.name.equals(entry.name.toUpperCase(java.util.Locale.ROOT))
				&& !surface.equals(surface.toUpperCase(java.util.Locale.ROOT)) && NameLinker.key(surface).equals(NameLinker.key(entry.name))) {
			// "BEIJING" in a dateline, "Beijing" in the story: the name is spelt as the story spells it.
			entry.surfaces.add(entry.name);
			entry.name = surface;
		}
		entry.surfaces.add(surface);
		entry.keys.add(NameLinker.key(surface));
		return mention;
	}

	/** The mention covering word {@code index}, the longest if several, or null. */
	Mention at(int index) {
		Mention found = null;
		for (Mention mention : this.mentions) {
			if (mention.from() <= index && index < mention.to()
					&& (found == null || mention.to() - mention.from() > found.to() - found.from())) {
				found = mention;
			}
		}
		return found;
	}

	/** The mention of this type starting at word {@code index}, the longest, or null. */
	Mention startingAt(int index, RecordType type) {
		Mention found = null;
		for (Mention mention : this.mentions) {
			if (mention.from() == index && mention.entry().type == type
					&& (found == null || mention.to() > found.to())) {
				found = mention;
			}
		}
		return found;
	}

	/** Moves everything of {@code from} onto {@code into} (two entries found to be one entity). */
	void merge(Entry from, Entry into) {
		if (from == into) {
			return;
		}
		into.keys.addAll(from.keys);
		into.surfaces.addAll(from.surfaces);
		from.posts.forEach((post) -> {
			Post moved = new Post(into, post.start, post.end);
			moved.stored = post.stored;
			moved.title = post.title;
			moved.organisation = post.organisation;
			moved.country = post.country;
			into.posts.add(moved);
		});
		if (into.country == null) {
			into.country = from.country;
		}
		this.mentions.replaceAll((mention) -> (mention.entry() == from)
				? new Mention(into, mention.from(), mention.to(), mention.surface(), mention.start(), mention.end())
				: mention);
		for (Entry entry : this.entries) {
			if (entry.parent == from) {
				entry.parent = into;
			}
			entry.posts.forEach((post) -> {
				if (post.organisation == from) {
					post.organisation = into;
				}
			});
		}
		this.entries.remove(from);
	}

}
