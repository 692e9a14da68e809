package org.diplomacygraph.export;

import java.util.Collection;

import jakarta.persistence.TypedQuery;

/**
 * Which records of a type a chunk reads: a keyset page (the first {@code size} slugs after
 * {@code after}, in slug order: never an OFFSET, so the last page of a dump costs what the first
 * costs) or the records of given slugs (one node's document).
 */
record Selection(String after, int size, Collection<String> slugs) {

	/** The first page: slugs are never empty, so every slug sorts after "". */
	static Selection firstPage(int size) {
		return new Selection("", size, null);
	}

	static Selection of(Collection<String> slugs) {
		return new Selection(null, 0, slugs);
	}

	Selection next(String lastSlug) {
		return new Selection(lastSlug, this.size, null);
	}

	boolean paged() {
		return this.slugs == null;
	}

	/** The condition and order on the alias {@code x}. */
	String where() {
		return paged() ? " where x.id > :after order by x.id" : " where x.id in :slugs";
	}

	<T> TypedQuery<T> bind(TypedQuery<T> query) {
		return paged() ? query.setParameter("after", this.after).setMaxResults(this.size)
				: query.setParameter("slugs", this.slugs);
	}

}
