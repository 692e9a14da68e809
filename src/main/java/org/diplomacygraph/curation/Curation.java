package org.diplomacygraph.curation;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.audit.AuditLog;
import org.diplomacygraph.audit.WriteLock;
import org.diplomacygraph.claim.Claim;
import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.UserError.Code;
import org.diplomacygraph.values.UserError;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curation mutations, each in one read-write transaction: takes the {@link WriteLock} first
 * (so that it reads what the write before it committed), checks the input (a refusal writes
 * nothing), changes the graph, records the action for a replay after a corpus rewrite, writes the
 * audit entry, and updates the search index when the transaction commits.
 */
@Component
@Transactional
class Curation {

	/**
	 * What {@code mergeEntities} merges: every node type of the write side (every record type with
	 * a GraphQL type), in the registry's order, which messages list them in; {@code addAlias} takes
	 * the named ones.
	 */
	static final List<RecordType> MERGEABLE = RecordType.records().stream().filter(RecordType::isNode).toList();

	private static final List<RecordType> NAMED = MERGEABLE.stream().filter(RecordType::named).toList();

	private final GraphSurgery surgery;

	private final AuditLog auditLog;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final WriteLock writeLock;

	Curation(GraphSurgery surgery, AuditLog auditLog, EntityManager entityManager, JdbcTemplate jdbc,
			WriteLock writeLock) {
		this.surgery = surgery;
		this.auditLog = auditLog;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.writeLock = writeLock;
	}

	AddAliasPayload addAlias(AddAliasInput input) {
		this.writeLock.acquire();
		Target target;
		try {
			target = resolve(input.id(), "id", NAMED);
		}
		catch (Refused refused) {
			return AddAliasPayload.refused(refused.error);
		}
		InputText.Problem problem = InputText.problem(input.alias(), target.type.nameField(), "alias");
		if (problem == null && input.alias() == null) {
			problem = new InputText.Problem(Code.REQUIRED, "`alias` must contain at least one letter or digit");
		}
		if (problem != null) {
			return AddAliasPayload.refused(UserError.of(problem.code(), problem.message(), "input", "alias"));
		}
		String alias = InputText.normalise(input.alias());
		// The same spelling again: nothing to do, so a retried request is harmless and not audited twice.
		if (this.surgery.addAliases(target.type, target.id, List.of(alias))) {
			this.jdbc.update("insert into curation_action (action, entity_type, target_id, alias) values ('ADD_ALIAS', ?, ?, ?)",
					target.type.name(), target.id, alias);
			String globalId = GlobalId.encode(target.type.typeName(), target.id);
			long entry = this.auditLog.record("addAlias", "added the alias '" + alias + "' to " + target.type.typeName()
					+ " '" + this.surgery.name(target.type, target.id) + "' (" + target.id + ")", List.of(globalId));
			// The editor is the alias's source: its claim points at this audit entry.
			this.entityManager.persist(
					Claim.byEditor(target.type, target.id, ClaimField.ALIAS, alias, entry));
		}
		return new AddAliasPayload(reloadAndIndex(target.type, target.id, null), List.of());
	}

	MergeEntitiesPayload mergeEntities(MergeEntitiesInput input) {
		this.writeLock.acquire();
		Target kept;
		Target removed;
		try {
			kept = resolve(input.keepId(), "keepId", MERGEABLE);
			removed = resolve(input.removeId(), "removeId", MERGEABLE);
		}
		catch (Refused refused) {
			return MergeEntitiesPayload.refused(refused.error);
		}
		if (kept.type != removed.type) {
			return MergeEntitiesPayload.refused(UserError.of(Code.WRONG_TYPE, "`removeId` must be the ID of "
					+ GlobalId.withArticle(kept.type.typeName()) + " like `keepId`, but '" + input.removeId()
					+ "' is the ID of " + GlobalId.withArticle(removed.type.typeName()), "input", "removeId"));
		}
		if (kept.id.equals(removed.id)) {
			String why = input.keepId().equals(input.removeId()) ? "are the same ID '" + input.keepId() + "'"
					: "lead to the same entity: '" + input.removeId() + "' was already merged into it";
			return MergeEntitiesPayload.refused(UserError.of(Code.INVALID,
					"`keepId` and `removeId` " + why + "; an entity cannot be merged into itself", "input", "removeId"));
		}
		if (kept.type == RecordType.POSITION) {
			UserError refusal = postsOfOnePerson(input, kept.id, removed.id);
			if (refusal != null) {
				return MergeEntitiesPayload.refused(refusal);
			}
		}
		String keptName = this.surgery.name(kept.type, kept.id);
		String removedName = this.surgery.name(removed.type, removed.id);
		this.surgery.merge(kept.type, kept.id, removed.id);
		this.jdbc.update("insert into curation_action (action, entity_type, target_id, removed_id) values ('MERGE', ?, ?, ?)",
				kept.type.name(), kept.id, removed.id);
		String typeName = kept.type.typeName();
		long entry = this.auditLog.record("mergeEntities", "merged " + typeName + " '" + removedName + "' ("
				+ removed.id + ") into '" + keptName + "' (" + kept.id + ")",
				List.of(GlobalId.encode(typeName, kept.id), GlobalId.encode(typeName, removed.id)));
		if (kept.type.named()) {
			editorAliases(kept.type, kept.id, entry);
		}
		return new MergeEntitiesPayload(reloadAndIndex(kept.type, kept.id, removed.id), List.of());
	}

	/**
	 * Every alias of the kept entity has a source: one that no claim stands behind (the removed
	 * name, where no article spelt it so) is the editor's, by this merge.
	 */
	private void editorAliases(RecordType type, String id, long auditEntry) {
		this.entityManager.flush();
		List<String> claimed = this.entityManager
			.createQuery("select c.claimed from Claim c where c.subjectType = :type and c.subjectId = :id", String.class)
			.setParameter("type", type)
			.setParameter("id", id)
			.getResultList();
		for (String alias : this.surgery.aliases(type, id)) {
			if (!claimed.contains(alias)) {
				this.entityManager.persist(Claim.byEditor(type, id, ClaimField.ALIAS, alias, auditEntry));
			}
		}
	}

	/** Two posts can be merged when one person holds both; a refusal naming both holders otherwise. */
	private UserError postsOfOnePerson(MergeEntitiesInput input, String kept, String removed) {
		String keptHolder = this.surgery.holder(kept);
		String removedHolder = this.surgery.holder(removed);
		if (keptHolder.equals(removedHolder)) {
			return null;
		}
		return UserError.of(Code.CONFLICT, "`removeId` '" + InputText.echo(input.removeId()) + "' is a post of "
				+ holder(removedHolder) + " and `keepId` '" + InputText.echo(input.keepId()) + "' a post of "
				+ holder(keptHolder) + "; only posts of one person can be merged (merge the people first if they are one)",
				"input", "removeId");
	}

	private String holder(String person) {
		return this.surgery.name(RecordType.PERSON, person) + " ('" + GlobalId.encode("Person", person) + "')";
	}

	/**
	 * The entity after the change, read afresh; this instance's search index learns of it (and
	 * forgets the removed one) when the transaction commits, since indexing on JPA events is off. The
	 * other instances learn of it from {@code search_change}: the names, aliases and the removed
	 * record change through JPA, whose events {@code SearchChanges} records by itself; the plain SQL
	 * of a merge only re-keys relations, which the index does not hold.
	 */
	private Object reloadAndIndex(RecordType type, String id, String removedId) {
		this.entityManager.flush();
		this.entityManager.clear();
		Class<?> entityType = type.entityType(this.entityManager);
		Object entity = this.entityManager.find(entityType, id);
		// Posts are not in the index; meetings and agreements are, by their titles.
		if (type.indexed()) {
			SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
			plan.addOrUpdate(entity);
			if (removedId != null) {
				plan.purge(entityType, removedId, null);
			}
		}
		return entity;
	}

	/** A global ID of one of the types that exists, after any redirect; a refusal naming the field otherwise. */
	private Target resolve(String globalId, String field, List<RecordType> types) {
		if (InputText.isBlank(globalId)) {
			throw new Refused(UserError.of(Code.REQUIRED, "`" + field + "` must not be blank", "input", field));
		}
		InputText.Problem problem = InputText.problem(globalId, InputText.Field.ID, field);
		if (problem != null) {
			throw new Refused(UserError.of(problem.code(), problem.message(), "input", field));
		}
		GlobalId id = GlobalId.decode(globalId)
			.orElseThrow(() -> new Refused(UserError.of(Code.INVALID, GlobalId.invalidMessage(globalId, field),
					"input", field)));
		RecordType nodeType = RecordType.ofTypeName(id.type())
			.orElseThrow(() -> new Refused(UserError.of(Code.INVALID, GlobalId.invalidMessage(globalId, field),
					"input", field)));
		RecordType type = Optional.of(nodeType)
			.filter(types::contains)
			.orElseThrow(() -> new Refused(UserError.of(Code.WRONG_TYPE, "`" + field + "` must be the ID of "
					+ list(types) + ", but '" + InputText.echo(globalId) + "' is the ID of "
					+ GlobalId.withArticle(nodeType.typeName()), "input", field)));
		String slug = id.id();
		if (!this.surgery.exists(type, slug)) {
			String target = this.surgery.redirect(type, slug);
			if (target == null || !this.surgery.exists(type, target)) {
				throw new Refused(UserError.of(Code.NOT_FOUND,
						"`" + field + "` '" + InputText.echo(globalId) + "' refers to no " + type.typeName(), "input", field));
			}
			slug = target;
		}
		return new Target(type, slug);
	}

	/** "a Person, an Organisation, a Place or a Country", for messages. */
	static String list(List<RecordType> types) {
		List<String> names = types.stream().map((type) -> GlobalId.withArticle(type.typeName())).toList();
		return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

	private record Target(RecordType type, String id) {
	}

	/** Stops the checks at the first problem; never leaves this class. */
	private static final class Refused extends RuntimeException {

		private final transient UserError error;

		Refused(UserError error) {
			super(error.message(), null, false, false);
			this.error = error;
		}

	}

}
