package org.diplomacygraph.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.diplomacygraph.curation.Redirects;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.Node;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** Fetches entities of any type by global ID: {@code node} and {@code nodes}. */
@Controller
@Transactional(readOnly = true)
class NodeController {

	static final int MAX_IDS = 100;

	private final EntityManager entityManager;

	private final Redirects redirects;

	NodeController(EntityManager entityManager, Redirects redirects) {
		this.entityManager = entityManager;
		this.redirects = redirects;
	}

	@QueryMapping
	DataFetcherResult<Object> node(@Argument String id, DataFetchingEnvironment env) {
		InputText.require(id, InputText.Field.ID, "id");
		Object entity = resolve(List.of(id)).get(id);
		DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult().data(entity);
		if (entity == null) {
			result.error(notFound(id, env, env.getExecutionStepInfo().getPath()));
		}
		return result.build();
	}

	@QueryMapping
	DataFetcherResult<List<Object>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
		if (ids.size() > MAX_IDS) {
			throw new BadRequestException("`ids` may hold at most " + MAX_IDS + " IDs, got " + ids.size());
		}
		for (int i = 0; i < ids.size(); i++) {
			InputText.require(ids.get(i), InputText.Field.ID, "ids[" + i + "]");
		}
		Map<String, Object> found = resolve(ids);
		List<Object> nodes = new ArrayList<>();
		List<GraphQLError> errors = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			Object entity = found.get(ids.get(i));
			nodes.add(entity);
			if (entity == null) {
				errors.add(notFound(ids.get(i), env, env.getExecutionStepInfo().getPath().segment(i)));
			}
		}
		return DataFetcherResult.<List<Object>>newResult().data(nodes).errors(errors).build();
	}

	/**
	 * Loads the entities behind the IDs with one query per entity type, keyed by the ID as given
	 * (two spellings of one ID, with and without base64 padding, both resolve); unknown IDs are absent.
	 * The ID of an entity merged into another resolves to that one: one more statement per type,
	 * only when some IDs were not found.
	 */
	private Map<String, Object> resolve(Collection<String> globalIds) {
		Map<String, GlobalId> decoded = new HashMap<>();
		Map<RecordType, Set<String>> slugsByType = new LinkedHashMap<>();
		for (String globalId : globalIds) {
			GlobalId.decode(globalId).ifPresent((id) -> RecordType.ofTypeName(id.type()).ifPresent((type) -> {
				decoded.put(globalId, id);
				slugsByType.computeIfAbsent(type, (key) -> new HashSet<>()).add(id.id());
			}));
		}
		Map<String, Object> entities = new HashMap<>();
		slugsByType.forEach((type, slugs) -> {
			for (Object entity : findAll(type.entityType(this.entityManager), slugs)) {
				entities.put(type.typeName() + ":" + ((Node) entity).getId(), entity);
			}
			Set<String> missing = new HashSet<>(slugs);
			missing.removeIf((slug) -> entities.containsKey(type.typeName() + ":" + slug));
			Map<String, String> targets = this.redirects.targets(type, missing);
			if (!targets.isEmpty()) {
				Map<String, Object> byId = new HashMap<>();
				for (Object entity : findAll(type.entityType(this.entityManager), new HashSet<>(targets.values()))) {
					byId.put(((Node) entity).getId(), entity);
				}
				targets.forEach((old, target) -> {
					if (byId.containsKey(target)) {
						entities.put(type.typeName() + ":" + old, byId.get(target));
					}
				});
			}
		});
		Map<String, Object> found = new HashMap<>();
		decoded.forEach((globalId, id) -> {
			Object entity = entities.get(id.type() + ":" + id.id());
			if (entity != null) {
				found.put(globalId, entity);
			}
		});
		return found;
	}

	private <T> List<T> findAll(Class<T> type, Collection<String> ids) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		query.select(root).where(root.get("id").in(ids));
		return this.entityManager.createQuery(query).getResultList();
	}

	private static GraphQLError notFound(String id, DataFetchingEnvironment env, ResultPath path) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.NOT_FOUND)
			.message("Could not resolve to a node with the global id of '" + InputText.echo(id) + "'")
			.path(path)
			.build();
	}

}
