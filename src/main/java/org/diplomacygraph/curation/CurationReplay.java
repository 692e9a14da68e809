package org.diplomacygraph.curation;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.diplomacygraph.record.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays the curation made through the API (aliases added, entities merged, in the order they were
 * made; merges of meetings, agreements and posts too) onto a graph the corpus loader has just
 * rewritten, inside the rewrite's transaction and after the ingested articles are replayed, since an
 * action may name their entities (both called in this order by
 * {@code org.diplomacygraph.CorpusRewrite}). An action whose entities the new corpus no longer has
 * is skipped and logged; a merge whose removed entity the corpus no longer has keeps its redirect.
 */
@Component
public class CurationReplay {

	private static final Log logger = LogFactory.getLog(CurationReplay.class);

	private final JdbcTemplate jdbc;

	private final GraphSurgery surgery;

	private final EntityManager entityManager;

	CurationReplay(JdbcTemplate jdbc, GraphSurgery surgery, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.surgery = surgery;
		this.entityManager = entityManager;
	}

	/** Replays every curation action onto the graph just rewritten, in the rewrite's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void replay() {
		this.entityManager.flush();
		List<Map<String, Object>> actions = this.jdbc.queryForList(
				"select action, entity_type, target_id, removed_id, alias from curation_action order by id");
		int replayed = 0;
		for (Map<String, Object> action : actions) {
			RecordType type = RecordType.valueOf((String) action.get("entity_type"));
			String target = follow(type, (String) action.get("target_id"));
			if (target == null) {
				logger.warn("Not replayed, the corpus no longer has " + type.typeName() + " '" + action.get("target_id")
						+ "': " + action);
				continue;
			}
			if ("ADD_ALIAS".equals(action.get("action"))) {
				this.surgery.addAliases(type, target, List.of((String) action.get("alias")));
				replayed++;
			}
			else {
				String removed = (String) action.get("removed_id");
				if (!this.surgery.exists(type, removed) || removed.equals(target)) {
					continue;
				}
				if (type == RecordType.POSITION && !this.surgery.holder(target).equals(this.surgery.holder(removed))) {
					logger.warn("Not replayed, the posts '" + target + "' and '" + removed
							+ "' are no longer held by one person: " + action);
					continue;
				}
				this.surgery.merge(type, target, removed);
				replayed++;
			}
		}
		this.entityManager.clear();
		if (!actions.isEmpty()) {
			logger.info("Replayed " + replayed + " of " + actions.size() + " curation actions onto the rewritten graph");
		}
	}

	/** The entity an ID stands for now: itself if stored, else where a merge sent it. */
	private String follow(RecordType type, String id) {
		if (this.surgery.exists(type, id)) {
			return id;
		}
		String target = this.surgery.redirect(type, id);
		return (target != null && this.surgery.exists(type, target)) ? target : null;
	}

}
