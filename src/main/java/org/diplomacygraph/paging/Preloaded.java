package org.diplomacygraph.paging;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.hibernate.Hibernate;

/**
 * A to-one relationship field served from what its source came with: nothing when the foreign key
 * is null, the target when it was loaded joined with the source ({@link Joins}), and otherwise the
 * field's batch loader, which loads the targets of all the sources of a level with one statement.
 */
public final class Preloaded {

	private Preloaded() {
	}

	/**
	 * The target, or its future from the DataLoader named {@code loader} (keyed by source).
	 * @param target the source's association, a proxy unless it was fetched with the source
	 */
	public static <S, T> Object orLoad(DataFetchingEnvironment env, String loader, S source, String foreignKey,
			T target) {
		if (foreignKey == null) {
			return null;
		}
		if (target != null && Hibernate.isInitialized(target)) {
			return Hibernate.unproxy(target);
		}
		DataLoader<S, T> dataLoader = env.getDataLoader(loader);
		return dataLoader.load(source);
	}

}
