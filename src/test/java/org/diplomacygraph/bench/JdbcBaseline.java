package org.diplomacygraph.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.diplomacygraph.paging.Cursor;
import org.diplomacygraph.values.GlobalId;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The hand-written baseline: plain JDBC that builds the very JSON the GraphQL server answers for the
 * benchmark's queries, served by the same server over HTTP ({@code POST /bench/jdbc/{query}} with
 * the GraphQL request's body), so that both are measured the same way. Bench-only: registered by
 * {@link BenchServer}, never part of the product.
 */
final class JdbcBaseline {

	private static final List<String> ROLES = List.of("HOST", "GUEST", "ATTENDEE");

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	JdbcBaseline(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route().POST("/bench/jdbc/{query}", this::handle).build();
	}

	private ServerResponse handle(ServerRequest request) throws Exception {
		JsonNode variables = this.json.readTree(request.body(String.class)).path("variables");
		Object data = switch (request.pathVariable("query")) {
			case "meetings" -> Map.of("meetings",
					meetings(variables.path("first").asInt(), variables.path("after").asString(null)));
			case "nested" -> Map.of("meetings", Map.of("nodes", nested(variables.path("first").asInt())));
			case "node" -> Map.of("node", node(variables.path("id").asString()));
			default -> throw new IllegalArgumentException(request.pathVariable("query"));
		};
		Map<String, Object> body = Map.of("data", data);
		return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(this.json.writeValueAsString(body));
	}

	/** {@code meetings(first, after) { pageInfo { hasNextPage endCursor } nodes { id title date kind } }} */
	private Map<String, Object> meetings(int first, String after) {
		List<Object[]> rows;
		String columns = "select id, title, held_on, kind, date_sort from meeting ";
		if (after == null) {
			rows = this.jdbc.query(columns + "order by date_sort, id limit ?", JdbcBaseline::row, first + 1);
		}
		else {
			String[] cursor = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|");
			long key = Long.parseLong(cursor[2]);
			rows = this.jdbc.query(columns + "where date_sort >= ? and (date_sort > ? or id > ?) order by date_sort, id limit ?",
					JdbcBaseline::row, key, key, cursor[3], first + 1);
		}
		List<Object> nodes = new ArrayList<>();
		for (Object[] row : rows.subList(0, Math.min(first, rows.size()))) {
			nodes.add(meeting(row));
		}
		Object[] last = rows.isEmpty() ? null : rows.get(Math.min(first, rows.size()) - 1);
		Map<String, Object> pageInfo = new LinkedHashMap<>();
		pageInfo.put("hasNextPage", rows.size() > first);
		pageInfo.put("endCursor", (last != null) ? new Cursor("DATE_ASC", String.valueOf(last[4]), (String) last[0]).encode() : null);
		return Map.of("pageInfo", pageInfo, "nodes", nodes);
	}

	/** {@code node(id) { id ... on Meeting { title date kind } }} */
	private Object node(String id) {
		String slug = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8).substring("Meeting:".length());
		List<Object[]> rows = this.jdbc.query("select id, title, held_on, kind, date_sort from meeting where id = ?",
				JdbcBaseline::row, slug);
		return rows.isEmpty() ? null : meeting(rows.get(0));
	}

	/**
	 * {@code meetings(first) { nodes { id title date participants { role person { id name positions {
	 * title organisation { id name country { id name } } } } } } }}: three statements, the page, the
	 * participants with their people, the posts with their organisations and countries.
	 */
	private List<Object> nested(int first) {
		List<Object[]> page = this.jdbc.query("select id, title, held_on from meeting order by date_sort, id limit ?",
				(rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3) }, first);
		String[] meetingIds = page.stream().map((row) -> (String) row[0]).toArray(String[]::new);
		List<Object[]> participants = this.jdbc.query("""
				select p.meeting_id, p.role, p.id, s.id, s.name from participant p join person s on s.id = p.person_id
				where p.meeting_id = any(?)""", (rs, n) -> new Object[] { rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getString(4), rs.getString(5) }, (Object) meetingIds);
		participants.sort(Comparator.comparing((Object[] row) -> ROLES.indexOf((String) row[1]))
			.thenComparing((row) -> (String) row[2]));
		String[] personIds = participants.stream().map((row) -> (String) row[3]).distinct().toArray(String[]::new);
		Map<String, List<Object>> positions = new HashMap<>();
		this.jdbc.query("""
				select pp.person_id, pp.title, o.id, o.name, c.id, c.name from person_position pp
				left join organisation o on o.id = pp.organisation_id left join country c on c.id = o.country_id
				where pp.person_id = any(?) order by pp.id""", (rs) -> {
			Map<String, Object> organisation = null;
			if (rs.getString(3) != null) {
				organisation = new LinkedHashMap<>();
				organisation.put("id", GlobalId.encode("Organisation", rs.getString(3)));
				organisation.put("name", rs.getString(4));
				organisation.put("country", (rs.getString(5) != null)
						? Map.of("id", GlobalId.encode("Country", rs.getString(5)), "name", rs.getString(6)) : null);
			}
			Map<String, Object> position = new LinkedHashMap<>();
			position.put("title", rs.getString(2));
			position.put("organisation", organisation);
			positions.computeIfAbsent(rs.getString(1), (key) -> new ArrayList<>()).add(position);
		}, (Object) personIds);
		Map<String, List<Object>> byMeeting = new HashMap<>();
		for (Object[] row : participants) {
			Map<String, Object> person = new LinkedHashMap<>();
			person.put("id", GlobalId.encode("Person", (String) row[3]));
			person.put("name", row[4]);
			person.put("positions", positions.getOrDefault((String) row[3], List.of()));
			byMeeting.computeIfAbsent((String) row[0], (key) -> new ArrayList<>())
				.add(Map.of("role", row[1], "person", person));
		}
		List<Object> nodes = new ArrayList<>();
		for (Object[] row : page) {
			Map<String, Object> meeting = new LinkedHashMap<>();
			meeting.put("id", GlobalId.encode("Meeting", (String) row[0]));
			meeting.put("title", row[1]);
			meeting.put("date", row[2]);
			meeting.put("participants", byMeeting.getOrDefault((String) row[0], List.of()));
			nodes.add(meeting);
		}
		return nodes;
	}

	private static Object[] row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5) };
	}

	private static Map<String, Object> meeting(Object[] row) {
		Map<String, Object> meeting = new LinkedHashMap<>();
		meeting.put("id", GlobalId.encode("Meeting", (String) row[0]));
		meeting.put("title", row[1]);
		meeting.put("date", row[2]);
		meeting.put("kind", row[3]);
		return meeting;
	}

}
