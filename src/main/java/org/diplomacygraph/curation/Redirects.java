package org.diplomacygraph.curation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.diplomacygraph.record.RecordType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where the IDs of merged-away entities lead now: the entity each was merged into, directly. */
@Component
public class Redirects {

	private final NamedParameterJdbcTemplate jdbc;

	Redirects(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The slugs the given slugs of a type were merged into; slugs never merged are absent. One statement. */
	@Transactional(readOnly = true)
	public Map<String, String> targets(RecordType type, Collection<String> slugs) {
		Map<String, String> targets = new HashMap<>();
		if (slugs.isEmpty() || !type.isRecord()) {
			return targets;
		}
		this.jdbc.query("select old_id, new_id from entity_redirect where entity_type = :type and old_id in (:ids)",
				Map.of("type", type.name(), "ids", slugs),
				(row) -> {
					targets.put(row.getString(1), row.getString(2));
				});
		return targets;
	}

}
