package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.record.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gazetteer of the stored graph: every person, organisation, place and country with its
 * aliases, kind, country and a person's posts, read with nine plain statements (one per table, so
 * the count does not grow with the graph) in one read-only transaction.
 */
@Component
public class StoredGazetteer implements Gazetteer {

	private final JdbcTemplate jdbc;

	StoredGazetteer(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Known> entities() {
		Map<String, List<Post>> posts = new HashMap<>();
		this.jdbc.query("select id, person_id, title, organisation_id, country_id from person_position order by id",
				(row) -> {
					posts.computeIfAbsent(row.getString("person_id"), (k) -> new ArrayList<>())
						.add(new Post(row.getString("id"), row.getString("title"), row.getString("organisation_id"),
								row.getString("country_id")));
				});
		List<Known> entities = new ArrayList<>();
		Map<String, List<String>> aliases = aliases("country_alias", "country_id");
		this.jdbc.query("select id, name, code from country order by id",
				(row) -> {
					entities.add(new Known(RecordType.COUNTRY, row.getString("id"), row.getString("name"),
							aliases.getOrDefault(row.getString("id"), List.of()), null, null, null, row.getString("code"),
							List.of()));
				});
		Map<String, List<String>> placeAliases = aliases("place_alias", "place_id");
		this.jdbc.query("select id, name, kind, country_id from place order by id",
				(row) -> {
					entities.add(new Known(RecordType.PLACE, row.getString("id"), row.getString("name"),
							placeAliases.getOrDefault(row.getString("id"), List.of()), row.getString("kind"), null,
							row.getString("country_id"), null, List.of()));
				});
		Map<String, List<String>> organisationAliases = aliases("organisation_alias", "organisation_id");
		this.jdbc.query("select id, name, kind, parent_id, country_id from organisation order by id",
				(row) -> {
					entities.add(new Known(RecordType.ORGANISATION, row.getString("id"), row.getString("name"),
							organisationAliases.getOrDefault(row.getString("id"), List.of()), row.getString("kind"),
							row.getString("parent_id"), row.getString("country_id"), null, List.of()));
				});
		Map<String, List<String>> personAliases = aliases("person_alias", "person_id");
		this.jdbc.query("select id, name, nationality_id from person order by id",
				(row) -> {
					String id = row.getString("id");
					entities.add(new Known(RecordType.PERSON, id, row.getString("name"),
							personAliases.getOrDefault(id, List.of()), null, null, row.getString("nationality_id"), null,
							posts.getOrDefault(id, List.of())));
				});
		return entities;
	}

	private Map<String, List<String>> aliases(String table, String owner) {
		Map<String, List<String>> aliases = new HashMap<>();
		this.jdbc.query("select " + owner + ", alias from " + table + " order by " + owner + ", ordinal",
				(row) -> {
					aliases.computeIfAbsent(row.getString(1), (k) -> new ArrayList<>()).add(row.getString(2));
				});
		return aliases;
	}

}
