package org.diplomacygraph.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.claim.Claim;
import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.claim.ServedValues;
import org.diplomacygraph.audit.WriteLock;
import org.diplomacygraph.ingest.CorpusCompiler.Graph;
import org.diplomacygraph.model.Aliased;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the stored graph with a compiled corpus in one transaction, unless the stored graph
 * already comes from the very same files. Ids are the annotators' slugs, so a rewrite keeps them.
 * Every article written gets the keys that identify it ({@code text_key}, {@code url_key}) from
 * its entity, {@link org.diplomacygraph.article.Article}.
 */
@Component
class CorpusWriter {

	/** Tables in an order in which rows can be deleted without breaking a foreign key. */
	private static final List<String> DELETES = List.of("delete from claim where article_id is not null",
			"delete from evidence", "delete from signatory",
			"delete from agreement_party", "delete from agreement_field", "delete from agreement",
			"delete from participant", "delete from meeting_organisation", "delete from meeting_topic",
			"update meeting set part_of_id = null", "delete from meeting", "delete from person_position", "delete from person_alias", "delete from person",
			"delete from organisation_alias", "update organisation set parent_id = null", "delete from organisation",
			"delete from place_alias", "delete from place_enclosure", "update place set within_id = null", "delete from place",
			"delete from country_alias", "delete from country", "delete from article", "delete from corpus_state");

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final ServedValues servedValues;

	private final WriteLock writeLock;

	CorpusWriter(EntityManager entityManager, JdbcTemplate jdbc, ServedValues servedValues, WriteLock writeLock) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.servedValues = servedValues;
		this.writeLock = writeLock;
	}

	/** The fingerprint of the corpus the store holds, or null if it holds none. */
	@Transactional(readOnly = true)
	public String storedFingerprint() {
		return this.jdbc.query("select fingerprint from corpus_state where id = 1",
				(rows) -> rows.next() ? rows.getString(1) : null);
	}

	/**
	 * Writes the graph unless the store already holds this fingerprint; true if it wrote. Runs in the
	 * transaction of the corpus rewrite ({@code org.diplomacygraph.CorpusRewrite}), which replays the
	 * ingested articles and the curation onto the new graph before it commits. Another instance's
	 * writes on the same database wait for it, and it for them ({@link WriteLock}).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean write(Graph graph, String fingerprint) {
		this.writeLock.acquire();
		if (fingerprint.equals(storedFingerprint())) {
			return false;
		}
		DELETES.forEach(this.jdbc::update);
		persist(graph);
		this.jdbc.update("insert into corpus_state (id, fingerprint, loaded_at) values (1, ?, ?)", fingerprint,
				Timestamp.from(Instant.now()));
		return true;
	}

	/**
	 * Adds a compiled graph to the store through JPA, in the caller's transaction: its new entities,
	 * then its evidence, the names it adds to stored entities it extends (an ingested article's), and
	 * its claims, after which every record it touched serves what its claims choose.
	 */
	void persist(Graph graph) {
		List.of(graph.articles(), graph.countries(), graph.places(), graph.organisations(), graph.people(),
				graph.positions(), graph.meetings(), graph.participants(), graph.agreements(), graph.parties(),
				graph.signatories())
			.forEach((entities) -> entities.forEach(this.entityManager::persist));
		// Only people, organisations, places and countries take the names of entries that extend them.
		graph.aliasesAdded().forEach((entity, aliases) -> {
			if (entity instanceof Aliased named) {
				named.addAliases(aliases);
			}
		});
		// Evidence ids come from an identity column, so Hibernate inserts each at once: the rows
		// it points to must be in the database before.
		this.entityManager.flush();
		graph.evidence().forEach(this.entityManager::persist);
		graph.claims()
			.forEach((claim) -> this.entityManager.persist(
					Claim.byArticle(claim.type(), claim.subject(), claim.field(), claim.value(), claim.article())));
		// Each record's columns serve what its claims, old and new, choose.
		this.servedValues.refresh(graph.claims()
			.stream()
			.filter((claim) -> claim.field().rule() != ClaimField.Rule.NAMES)
			.map((claim) -> new ServedValues.Subject(claim.type(), claim.subject()))
			.distinct()
			.toList(), false);
	}

}
