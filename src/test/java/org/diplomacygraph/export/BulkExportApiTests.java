package org.diplomacygraph.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import tools.jackson.databind.JsonNode;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk exports on the test corpus: the NDJSON dump (one valid JSON-LD document per line, one
 * line per node, the {@code types} filter, a fixed number of statements per chunk at two chunk
 * sizes, counted by Hibernate's statistics) and the Popolo document (counts consistent with the
 * graph's tables, memberships referring to the persons, organisations and posts exported, sources).
 */
@ApiTest
class BulkExportApiTests {

	/** Node types and the table of each. */
	private static final List<List<String>> TABLES = List.of(List.of("Person", "person"),
			List.of("Organisation", "organisation"), List.of("Place", "place"), List.of("Country", "country"),
			List.of("Meeting", "meeting"), List.of("Agreement", "agreement"), List.of("Position", "person_position"),
			List.of("Article", "article"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GraphDump dump;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	ExportHttp http;

	@BeforeEach
	void http() {
		this.http = new ExportHttp(this.port);
	}

	@Test
	void theDumpIsOneJsonLdDocumentPerNode() {
		ExportHttp.Reply reply = this.http.get("/export/graph.ndjson");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("content-type")).isEqualTo("application/x-ndjson;charset=UTF-8");
		assertThat(reply.header("cache-control")).isEqualTo("no-store");
		assertThat(reply.body()).endsWith("\n");
		List<String> lines = reply.body().lines().toList();
		Set<String> ids = new HashSet<>();
		List<String> types = new ArrayList<>();
		for (String line : lines) {
			JsonNode document = ExportHttp.json(line);
			assertThat(document.path("@context").path("@vocab").asString()).isEqualTo("http://schema.org/");
			ids.add(document.path("@id").asString());
			types.add(GlobalId.decode(document.path("identifier").asString()).orElseThrow().type());
		}
		assertThat(ids).hasSize(lines.size());
		for (List<String> table : TABLES) {
			assertThat(types.stream().filter(table.get(0)::equals).count()).as(table.get(0)).isEqualTo(count(table.get(1)));
		}
		assertThat(lines).hasSize((int) TABLES.stream().mapToLong((table) -> count(table.get(1))).sum());
		assertThat(types).as("types in the registry's order").isSortedAccordingTo(
				(a, b) -> Integer.compare(RecordType.ofTypeName(a).orElseThrow().ordinal(),
						RecordType.ofTypeName(b).orElseThrow().ordinal()));
	}

	@Test
	void theDumpTakesTypes() {
		List<String> lines = this.http.get("/export/graph.ndjson?types=Meeting,Country").body().lines().toList();
		assertThat(lines).hasSize((int) (count("meeting") + count("country")));
		assertThat(ExportHttp.json(lines.get(0)).path("@type").asString()).as("in the order given").isEqualTo("Event");
		assertThat(ExportHttp.json(lines.get(lines.size() - 1)).path("@type").asString()).isEqualTo("Country");
		ExportHttp.Reply unknown = this.http.get("/export/graph.ndjson?types=Meeting,Treaty");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).isEqualTo("{\"errors\":[{\"message\":\"Unknown type 'Treaty' in `types`; the types are "
				+ "Person, Organisation, Place, Country, Meeting, Agreement, Position, Article\","
				+ "\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}");
	}

	/**
	 * Each type at two chunk sizes: a chunk with nodes costs {@link NodeDocuments#statementsPerChunk}
	 * statements whatever it holds, the empty page that ends a type whose last chunk was full costs one.
	 */
	@Test
	void statementsArePerChunkNeverPerNode() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		LinkedData ld = new LinkedData("http://example.org");
		for (RecordType type : RecordType.nodes()) {
			long nodes = count(TABLES.stream().filter((t) -> t.get(0).equals(type.typeName())).findFirst().orElseThrow().get(1));
			assertThat(nodes).as(type.name()).isGreaterThan(3);
			for (int chunkSize : new int[] { 1000, 3 }) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				long before = statistics.getPrepareStatementCount();
				long lines = this.dump.write(out, List.of(type), chunkSize, ld);
				long statements = statistics.getPrepareStatementCount() - before;
				assertThat(lines).isEqualTo(nodes);
				assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(nodes);
				long chunks = (nodes + chunkSize - 1) / chunkSize;
				long endPage = (nodes % chunkSize == 0) ? 1 : 0;
				assertThat(statements).as(type + " in chunks of " + chunkSize)
					.isEqualTo(chunks * NodeDocuments.statementsPerChunk(type) + endPage);
			}
		}
	}

	@Test
	void popoloHasThePeopleOrganisationsPostsAndMembershipsOfTheGraph() {
		ExportHttp.Reply reply = this.http.get("/export/popolo.json");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("content-type")).isEqualTo("application/json;charset=UTF-8");
		JsonNode popolo = reply.json();
		assertThat(popolo.path("persons").size()).isEqualTo(count("person"));
		assertThat(popolo.path("organizations").size()).isEqualTo(count("organisation"));
		assertThat(popolo.path("areas").size()).isEqualTo(count("country"));
		assertThat(popolo.path("memberships").size()).isEqualTo(count("person_position"));
		assertThat(popolo.path("posts").size()).isEqualTo(this.jdbc.queryForObject("select count(*) from (select distinct"
				+ " organisation_id, country_id, title from person_position"
				+ " where organisation_id is not null or country_id is not null) posts", Long.class).longValue());
		Set<String> persons = new HashSet<>(popolo.path("persons").findValuesAsString("id"));
		Set<String> organisations = new HashSet<>(popolo.path("organizations").findValuesAsString("id"));
		Set<String> posts = new HashSet<>();
		popolo.path("posts").forEach((post) -> posts.add(post.path("id").asString()));
		for (JsonNode membership : popolo.path("memberships")) {
			assertThat(persons).contains(membership.path("person_id").asString());
			if (membership.has("organization_id")) {
				assertThat(organisations).contains(membership.path("organization_id").asString());
			}
			assertThat(posts).contains(membership.path("post_id").asString());
			assertThat(membership.path("sources").size()).isPositive();
		}
		JsonNode toLam = popolo.path("persons")
			.valueStream()
			.filter((person) -> person.path("id").asString().equals(GlobalId.encode("Person", "to-lam")))
			.findFirst()
			.orElseThrow();
		assertThat(toLam.path("name").asString()).isEqualTo("Tô Lâm");
		assertThat(toLam.path("other_names").findValuesAsString("name")).contains("To Lam");
		assertThat(toLam.path("sources").findValuesAsString("note"))
			.contains("General Secretary of the Communist Party of Vietnam To Lam");
		JsonNode generalSecretary = popolo.path("memberships")
			.valueStream()
			.filter((m) -> m.path("id").asString().equals(GlobalId.encode("Position", "to-lam/general-secretary")))
			.findFirst()
			.orElseThrow();
		assertThat(generalSecretary.path("role").asString()).isEqualTo("General Secretary");
		assertThat(generalSecretary.path("person_id").asString()).isEqualTo(toLam.path("id").asString());
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
