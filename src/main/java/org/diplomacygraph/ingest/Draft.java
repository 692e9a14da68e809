package org.diplomacygraph.ingest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Aliased;

/**
 * A record of one type gathered from every entry that declares it: where each file declares it,
 * the stored record it extends (an ingested article's entry with the id of a stored record), and
 * its values, each a typed {@link Value} that remembers where it was first given. References to
 * other records are their slugs until {@link GraphBuilder} resolves them. The typed draft of each
 * record type is in {@link Drafts}.
 *
 * @param <E> the entity the draft becomes
 */
abstract class Draft<E> {

	final RecordType type;

	final String id;

	/** The entry's path in a file, e.g. {@code people[to-lam].positions[to-lam/president]}. */
	final String entry;

	private final Class<E> entity;

	/** Where each file declares it, by file, in the order met. */
	private final Map<String, Where> declarations = new LinkedHashMap<>();

	private E stored;

	Draft(RecordType type, String id, String entry, Class<E> entity) {
		this.type = type;
		this.id = id;
		this.entry = entry;
		this.entity = entity;
	}

	/** The stored entity this draft extends, or null for a new one. */
	E stored() {
		return this.stored;
	}

	/** Makes this draft extend a stored entity, taking the stored values that entries must agree with. */
	void extend(Object stored, Where origin) {
		this.stored = this.entity.cast(stored);
		seed(this.stored, origin);
	}

	/** Takes the stored values that entries must agree with, as if a file gave them at {@code origin}. */
	void seed(E stored, Where origin) {
	}

	void declare(Where at) {
		this.declarations.putIfAbsent(at.file(), at);
	}

	/** Where the given article declares this entry (declared before). */
	Where at(ArticleDraft article) {
		return this.declarations.get(article.file());
	}

	/** Where the given article declares this relationship, at a path. */
	Where at(ArticleDraft article, List<String> path) {
		return this.declarations.computeIfAbsent(article.file(), (file) -> new Where(file, this.entry, path));
	}

	boolean declaredIn(ArticleDraft article) {
		return this.declarations.containsKey(article.file());
	}

	/** The first file that declares this entry. */
	Where first() {
		return this.declarations.values().iterator().next();
	}

	/** Where a value was given, or the first declaration if no file gives it. */
	Where origin(Value<?> value) {
		return (value.origin() != null) ? value.origin() : first();
	}

	/**
	 * A single value of a draft: the first one given, where it was given, and whether an entry gave
	 * one that was reported invalid (so that it is not reported missing too).
	 *
	 * @param <T> the value's type
	 */
	static final class Value<T> {

		/** The field's name in annotation files and messages. */
		final String field;

		private T value;

		private Where origin;

		private boolean invalid;

		Value(String field) {
			this.field = field;
		}

		T get() {
			return this.value;
		}

		Where origin() {
			return this.origin;
		}

		/** Takes the value if none is given yet; the value it has otherwise. */
		T offer(T value, Where at) {
			if (this.value == null) {
				this.value = value;
				this.origin = at;
				return null;
			}
			return this.value;
		}

		/** A stored value, if any, as if given at {@code origin}. */
		void seed(T value, Where origin) {
			if (value != null) {
				this.value = value;
				this.origin = origin;
			}
		}

		void markInvalid() {
			this.invalid = true;
		}

		boolean isInvalid() {
			return this.invalid;
		}

	}

	/** A record with a name and aliases: a country, place, organisation or person. */
	abstract static class Named<E extends Aliased> extends Draft<E> {

		final Value<String> name = new Value<>("name");

		/** The aliases the entries give, in the order met. */
		final Set<String> aliases = new LinkedHashSet<>();

		Named(RecordType type, String id, String entry, Class<E> entity) {
			super(type, id, entry, entity);
		}

		/** The name the stored entity is recorded under; null for a new one. */
		final String storedName() {
			return (stored() != null) ? stored().getName() : null;
		}

		List<String> aliasesExceptName() {
			return this.aliases.stream().filter((alias) -> !alias.equals(this.name.get())).toList();
		}

	}

}
