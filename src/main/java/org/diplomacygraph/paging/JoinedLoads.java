package org.diplomacygraph.paging;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Graph;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a batch loader's one query with the to-one relations its look-ahead planned ({@link Joins})
 * fetched by joins in the same statement (a JPA load graph), so that they come initialised with their
 * parents and their fields are served without a DataLoader level ({@link Preloaded}).
 */
@Component
public class JoinedLoads {

	private static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";

	private final EntityManager entityManager;

	JoinedLoads(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The results of {@code jpql}, whose one parameter is {@code :ids}, with the joins fetched. */
	@Transactional(readOnly = true)
	public <T> List<T> list(Class<T> type, String jpql, Collection<String> ids, Joins joins) {
		TypedQuery<T> query = this.entityManager.createQuery(jpql, type).setParameter("ids", ids);
		if (!joins.paths().isEmpty()) {
			query.setHint(LOAD_GRAPH, graph(type, joins));
		}
		return query.getResultList();
	}

	private <T> EntityGraph<T> graph(Class<T> type, Joins joins) {
		EntityGraph<T> root = this.entityManager.createEntityGraph(type);
		Map<String, Graph<?>> graphs = new HashMap<>();
		graphs.put("", root);
		for (String path : joins.paths()) {
			graphOf(graphs, path);
		}
		return root;
	}

	/** The subgraph of a path (organisation.country), made with those of its parents once each. */
	private static Graph<?> graphOf(Map<String, Graph<?>> graphs, String path) {
		Graph<?> graph = graphs.get(path);
		if (graph == null) {
			int dot = path.lastIndexOf('.');
			Graph<?> parent = graphOf(graphs, (dot < 0) ? "" : path.substring(0, dot));
			graph = parent.addSubgraph(path.substring(dot + 1));
			graphs.put(path, graph);
		}
		return graph;
	}

}
