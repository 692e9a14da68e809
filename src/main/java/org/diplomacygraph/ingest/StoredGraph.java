package org.diplomacygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.ArticleIdentity;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Names;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stored graph as the ingest mutation sees it inside its transaction: entities by slug (the
 * compiler's {@link CorpusCompiler.Existing}), merged IDs followed, slugs in use, and the entities
 * a folded name matches. Reads only.
 */
final class StoredGraph implements CorpusCompiler.Existing {

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	StoredGraph(EntityManager entityManager, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	@Override
	public Object find(RecordType type, String id) {
		Class<?> entity = type.entityType(this.entityManager);
		return (entity != null && id != null) ? this.entityManager.find(entity, id) : null;
	}

	/** The slug a stored entity has now: itself, or the entity it was merged into; null if neither is stored. */
	String current(RecordType type, String id) {
		if (find(type, id) != null) {
			return id;
		}
		String target = mergedInto(type, id);
		return (target != null && find(type, target) != null) ? target : null;
	}

	/** Whether a slug is stored or was merged away (so its old ID still resolves), and cannot be given again. */
	boolean taken(RecordType type, String id) {
		return find(type, id) != null || mergedInto(type, id) != null;
	}

	/** The slug an entity merged away was merged into, or null. */
	private String mergedInto(RecordType type, String id) {
		List<String> target = this.jdbc.queryForList(
				"select new_id from entity_redirect where entity_type = ? and old_id = ?", String.class, type.name(), id);
		return target.isEmpty() ? null : target.get(0);
	}

	/** The slug of the stored article with exactly this text (by the SHA-256 of its bytes), or null. */
	String articleWithText(String text) {
		List<String> ids = this.jdbc.queryForList("select id from article where content_hash = ?", String.class,
				CorpusCompiler.sha256(text.getBytes(StandardCharsets.UTF_8)));
		return ids.isEmpty() ? null : ids.get(0);
	}

	/**
	 * The slug of the stored article with this text but for Unicode normalisation and white space
	 * ({@link ArticleIdentity#textKey}), or null.
	 */
	String articleWithTextKey(String text) {
		List<String> ids = this.jdbc.queryForList("select id from article where text_key = ?", String.class,
				ArticleIdentity.textKey(text));
		return ids.isEmpty() ? null : ids.get(0);
	}

	/** The slug of the stored article with this URL as {@link ArticleIdentity#urlKey} compares them, or null. */
	String articleWithUrl(String url) {
		String key = ArticleIdentity.urlKey(url);
		List<String> ids = (key != null)
				? this.jdbc.queryForList("select id from article where url_key = ?", String.class, key) : List.of();
		return ids.isEmpty() ? null : ids.get(0);
	}

	/**
	 * The stored post of a person with this folded title at this organisation or country (exactly
	 * one of them given), or null.
	 */
	String post(String person, String foldedTitle, String organisation, String country) {
		if ((organisation == null) == (country == null)) {
			return null;
		}
		return this.entityManager
			.createQuery("select p from Position p where p.personId = :person order by p.id", Position.class)
			.setParameter("person", person)
			.getResultList()
			.stream()
			.filter((post) -> Names.fold(post.getTitle()).equals(foldedTitle)
					&& java.util.Objects.equals(post.getOrganisationId(), organisation)
					&& java.util.Objects.equals(post.getCountryId(), country))
			.map(Position::getId)
			.findFirst()
			.orElse(null);
	}

	/** Whether an article with this slug is stored. */
	boolean articleTaken(String id) {
		return this.entityManager.find(Article.class, id) != null;
	}

	String name(RecordType type, String id) {
		Object entity = find(type, id);
		if (entity instanceof Person person) {
			return person.getName();
		}
		if (entity instanceof Organisation organisation) {
			return organisation.getName();
		}
		return (entity instanceof Place place) ? place.getName() : null;
	}

	/**
	 * The slugs of the stored people, organisations or places whose name or an alias folds to the
	 * given folded name, in slug order. People and organisations keep their folded names in
	 * {@code search_text}; places (few) are compared in Java.
	 */
	List<String> named(RecordType type, String folded) {
		if (folded.isEmpty()) {
			return List.of();
		}
		boolean foldedNamesKept = this.entityManager.getMetamodel()
			.entity(type.entityName())
			.getAttributes()
			.stream()
			.anyMatch((attribute) -> attribute.getName().equals("searchText"));
		if (!foldedNamesKept && type != RecordType.PLACE) {
			throw new IllegalArgumentException(type.name());
		}
		if (foldedNamesKept) {
			// Folded names hold letters, digits and single spaces only, so no LIKE wildcard.
			return this.entityManager
				.createQuery("select e.id from " + type.entityName() + " e where e.searchText like :name order by e.id",
						String.class)
				.setParameter("name", "%|" + folded + "|%")
				.getResultList();
		}
		TreeSet<String> matches = new TreeSet<>();
		List<Map<String, Object>> names = new ArrayList<>(this.jdbc.queryForList("select id, name from place"));
		names.addAll(this.jdbc.queryForList("select place_id as id, alias as name from place_alias"));
		for (Map<String, Object> row : names) {
			if (Names.fold((String) row.get("name")).equals(folded)) {
				matches.add((String) row.get("id"));
			}
		}
		return List.copyOf(matches);
	}

}
