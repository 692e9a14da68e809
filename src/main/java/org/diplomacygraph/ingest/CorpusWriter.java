package org.diplomacygraph.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Metamodel;

import org.diplomacygraph.audit.WriteLock;
import org.diplomacygraph.claim.Claim;
import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.claim.ServedValues;
import org.diplomacygraph.ingest.CorpusCompiler.Graph;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Aliased;
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
		deleteGraph();
		persist(graph);
		this.jdbc.update("insert into corpus_state (id, fingerprint, loaded_at) values (1, ?, ?)", fingerprint,
				Timestamp.from(Instant.now()));
		return true;
	}

	/**
	 * Deletes the stored graph: the articles' claims and all evidence, then the records of every
	 * kind in the reverse of the registry's insert order ({@link RecordType#insertOrder}), each kind
	 * by one bulk JPQL delete (which deletes its aliases, lists and join rows too) after its
	 * references to records of its own kind are cleared, then the articles. Editors' claims stay,
	 * for the curation replay.
	 */
	private void deleteGraph() {
		this.jdbc.update("delete from claim where article_id is not null");
		this.jdbc.update("delete from evidence");
		Metamodel metamodel = this.entityManager.getMetamodel();
		List<RecordType> order = new ArrayList<>(RecordType.insertOrder(metamodel));
		Collections.reverse(order);
		for (RecordType type : order) {
			Class<?> entity = type.entityType(metamodel);
			for (Attribute<?, ?> attribute : metamodel.entity(type.entityName()).getAttributes()) {
				if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.MANY_TO_ONE
						&& attribute.getJavaType() == entity) {
					this.entityManager
						.createQuery("update " + type.entityName() + " e set e." + attribute.getName() + " = null")
						.executeUpdate();
				}
			}
		}
		for (RecordType type : order) {
			this.entityManager.createQuery("delete from " + type.entityName()).executeUpdate();
		}
		this.jdbc.update("delete from article");
		this.jdbc.update("delete from corpus_state");
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
