package org.diplomacygraph.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one matcher: finds the stored records a description may be (a person, organisation, place or
 * country by its names; a meeting, agreement or post by what a report says of it), each candidate
 * scored 0 to 100 with its reasons, best first. Reads only; inside a caller's transaction it reads
 * what that transaction sees (the search index aside, which holds what was committed).
 * <p>
 * Used by the reconciliation API, by the proposals from raw text ({@link #rank} over what the
 * proposer knows), and by ingest (automatic linking, the dry run, the duplicate guard) entry by
 * entry: each method answers one entry.
 */
@Component
public class Matcher {

	/** The most candidates one query returns. */
	public static final int MAX_LIMIT = 50;

	private final CandidateStore store;

	Matcher(CandidateStore store) {
		this.store = store;
	}

	/**
	 * The stored people, organisations, places or countries (the query's type) whose names are like
	 * the query's, scored with what else the query tells. A query whose name is the global ID of a
	 * stored record of its type finds that record at 100.
	 */
	@Transactional(readOnly = true)
	public Ranking entities(EntityQuery query, int limit) {
		Map<String, StoredEntity> stored = new LinkedHashMap<>();
		StoredEntity byId = byGlobalId(query);
		if (byId != null) {
			stored.put(byId.id(), byId);
		}
		this.store.entities(query).forEach((entity) -> stored.putIfAbsent(entity.id(), entity));
		Ids ids = new Ids();
		ids.add(RecordType.COUNTRY, query.country());
		ids.add(parentType(query.type()), query.parent());
		ids.addAll(RecordType.ORGANISATION, query.organisations());
		for (StoredEntity entity : stored.values()) {
			ids.add(RecordType.COUNTRY, entity.country());
			ids.add(parentType(query.type()), entity.parent());
		}
		Labels labels = this.store.labels(ids.byType);
		List<Candidate> scored = new ArrayList<>();
		for (StoredEntity entity : stored.values()) {
			Candidate candidate = EntityScorer.score(query, entity, labels);
			if (byId != null && entity.id().equals(byId.id())) {
				candidate = new Candidate(candidate.type(), candidate.id(), candidate.name(), 100,
						List.of("'" + query.name() + "' is its ID"));
			}
			scored.add(candidate);
		}
		return Ranking.of(scored, bounded(limit));
	}

	/**
	 * Scores records a caller already holds (a gazetteer in memory, say) against a query with the
	 * very rules {@link #entities} applies to stored ones: the candidates of the query's type at
	 * {@link Thresholds#POSSIBLE} or more, best first. Reads nothing.
	 */
	public static Ranking rank(EntityQuery query, Collection<StoredEntity> known, Labels labels, int limit) {
		List<Candidate> scored = new ArrayList<>();
		for (StoredEntity entity : known) {
			if (entity.type() == query.type()) {
				scored.add(EntityScorer.score(query, entity, labels));
			}
		}
		return Ranking.of(scored, bounded(limit));
	}

	/** The stored meetings that may be the one a report describes. */
	@Transactional(readOnly = true)
	public Ranking meetings(MeetingQuery query, int limit) {
		CandidateStore.PlaceFacts place = this.store.place(query.place());
		MeetingQuery withCountry = (query.country() == null && place != null)
				? new MeetingQuery(query.title(), query.kind(), query.date(), query.endDate(), query.place(),
						place.country(), query.participants(), query.organisations())
				: query;
		Set<String> placeWithin = (place != null) ? place.within() : Set.of();
		List<StoredMeeting> stored = this.store.meetings(withCountry);
		Ids ids = new Ids();
		ids.add(RecordType.PLACE, withCountry.place());
		ids.add(RecordType.COUNTRY, withCountry.country());
		ids.addAll(RecordType.PERSON, withCountry.participants());
		ids.addAll(RecordType.ORGANISATION, withCountry.organisations());
		for (StoredMeeting meeting : stored) {
			ids.add(RecordType.PLACE, meeting.place());
			ids.add(RecordType.COUNTRY, meeting.country());
		}
		Labels labels = this.store.labels(ids.byType);
		return Ranking.of(stored.stream().map((m) -> MeetingScorer.score(withCountry, placeWithin, m, labels)).toList(),
				bounded(limit));
	}

	/** The stored agreements that may be the one a report describes. */
	@Transactional(readOnly = true)
	public Ranking agreements(AgreementQuery query, int limit) {
		List<StoredAgreement> stored = this.store.agreements(query);
		Ids ids = new Ids();
		ids.addAll(RecordType.ORGANISATION, query.organisations());
		ids.addAll(RecordType.COUNTRY, query.countries());
		ids.add(RecordType.MEETING, query.meeting());
		stored.forEach((agreement) -> ids.add(RecordType.MEETING, agreement.meeting()));
		Labels labels = this.store.labels(ids.byType);
		return Ranking.of(stored.stream().map((a) -> AgreementScorer.score(query, a, labels)).toList(), bounded(limit));
	}

	/** The stored posts of the query's person that may be the one a report names. */
	@Transactional(readOnly = true)
	public Ranking posts(PostQuery query, int limit) {
		List<StoredPost> stored = this.store.posts(query);
		String givenParent = (query.organisation() != null)
				? this.store.parents(List.of(query.organisation())).get(query.organisation()) : null;
		Ids ids = new Ids();
		ids.add(RecordType.ORGANISATION, query.organisation());
		ids.add(RecordType.COUNTRY, query.country());
		for (StoredPost post : stored) {
			ids.add(RecordType.ORGANISATION, post.organisation());
			ids.add(RecordType.COUNTRY, post.country());
		}
		Labels labels = this.store.labels(ids.byType);
		return Ranking.of(stored.stream().map((p) -> PostScorer.score(query, givenParent, p, labels)).toList(),
				bounded(limit));
	}

	private StoredEntity byGlobalId(EntityQuery query) {
		return GlobalId.decode(query.name().strip())
			.filter((id) -> id.type().equals(query.type().typeName()))
			.map((id) -> this.store.entity(query.type(), id.id()))
			.orElse(null);
	}

	private static RecordType parentType(RecordType type) {
		return (type == RecordType.PLACE) ? RecordType.PLACE : RecordType.ORGANISATION;
	}

	private static int bounded(int limit) {
		return Math.max(1, Math.min(MAX_LIMIT, limit));
	}

	/** The records reasons may name, by type, to be named in one statement per type. */
	private static final class Ids {

		private final Map<RecordType, Set<String>> byType = new EnumMap<>(RecordType.class);

		void add(RecordType type, String id) {
			if (id != null) {
				this.byType.computeIfAbsent(type, (key) -> new LinkedHashSet<>()).add(id);
			}
		}

		void addAll(RecordType type, Collection<String> ids) {
			ids.forEach((id) -> add(type, id));
		}

	}

}
