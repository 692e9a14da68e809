package org.diplomacygraph.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.match.AgreementQuery;
import org.diplomacygraph.match.Candidate;
import org.diplomacygraph.match.EntityQuery;
import org.diplomacygraph.match.Matcher;
import org.diplomacygraph.match.MeetingQuery;
import org.diplomacygraph.match.Ranking;
import org.diplomacygraph.match.Thresholds;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.reconcile.ReconcileQuery.Value;
import org.diplomacygraph.reconcile.ReconcileResponses.ResultCandidate;
import org.diplomacygraph.reconcile.ReconcileResponses.TypeRef;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.PartialDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a batch of reconciliation queries with the {@link Matcher}: each query against each type
 * it names (all six when it names none), its property values turned into the matcher's evidence
 * (records given by ID or by a name that matches one record well enough, kinds, partial dates),
 * the candidates of all its types ranked together. A candidate is a {@code match} only when it is
 * {@linkplain Ranking#unambiguous() unambiguous} among them all.
 */
@Component
class Reconciler {

	private final Matcher matcher;

	private final ReconcileTypes types;

	Reconciler(Matcher matcher, ReconcileTypes types) {
		this.matcher = matcher;
		this.types = types;
	}

	/** The candidates of each query, by the query's key, in the batch's order. */
	@Transactional(readOnly = true)
	Map<String, List<ResultCandidate>> reconcile(List<ReconcileQuery> queries) {
		Map<String, List<ResultCandidate>> results = new LinkedHashMap<>();
		Resolved resolved = new Resolved();
		for (ReconcileQuery query : queries) {
			results.put(query.key(), candidates(query, resolved));
		}
		return results;
	}

	private List<ResultCandidate> candidates(ReconcileQuery query, Resolved resolved) {
		List<RecordType> types = query.types().isEmpty() ? ReconcileTypes.all() : query.types();
		List<Candidate> all = new ArrayList<>();
		for (RecordType type : types) {
			if (!query.types().isEmpty() || applies(query, type)) {
				all.addAll(rank(query, type, resolved).candidates());
			}
		}
		Ranking ranking = new Ranking(all);
		List<ResultCandidate> candidates = new ArrayList<>();
		for (Candidate candidate : ranking.candidates().subList(0, Math.min(query.limit(), ranking.candidates().size()))) {
			boolean match = ranking.unambiguous() && candidates.isEmpty();
			RecordType type = candidate.type();
			candidates.add(new ResultCandidate(candidate.globalId(), candidate.name(),
					String.join("; ", candidate.reasons()), candidate.score(), match,
					List.of(new TypeRef(type.typeName(), type.typeName()))));
		}
		return candidates;
	}

	/** Without a type, a query looks among the types its properties (and its kind) apply to. */
	private boolean applies(ReconcileQuery query, RecordType type) {
		List<Value> kinds = query.values(ReconcileProperty.KIND);
		return query.properties().stream().allMatch((given) -> given.property().queried(type))
				&& (kinds.isEmpty() || this.types.kind(type, kinds.get(0).shown()) != null);
	}

	private Ranking rank(ReconcileQuery query, RecordType type, Resolved resolved) {
		int limit = query.limit();
		switch (type) {
			case MEETING:
				return this.matcher.meetings(new MeetingQuery(blankToNull(query.text()), (Meeting.Kind) kind(query, type),
						date(query, ReconcileProperty.DATE), null, one(query, ReconcileProperty.PLACE, resolved, RecordType.PLACE),
						one(query, ReconcileProperty.COUNTRY, resolved, RecordType.COUNTRY),
						all(query, ReconcileProperty.PARTICIPANT, resolved, RecordType.PERSON),
						all(query, ReconcileProperty.ORGANISATION, resolved, RecordType.ORGANISATION)), limit);
			case AGREEMENT:
				return this.matcher.agreements(new AgreementQuery(blankToNull(query.text()),
						(Agreement.Kind) kind(query, type), date(query, ReconcileProperty.SIGNED_ON),
						date(query, ReconcileProperty.VALID_FROM), date(query, ReconcileProperty.VALID_UNTIL),
						all(query, ReconcileProperty.PARTY, resolved, RecordType.ORGANISATION),
						all(query, ReconcileProperty.PARTY, resolved, RecordType.COUNTRY), null), limit);
			default:
				if (query.text().isBlank()) {
					return new Ranking(List.of());
				}
				return this.matcher.entities(entityQuery(query, type, resolved), limit);
		}
	}

	private EntityQuery entityQuery(ReconcileQuery query, RecordType type, Resolved resolved) {
		String country = one(query, ReconcileProperty.COUNTRY, resolved, RecordType.COUNTRY);
		return switch (type) {
			case PERSON -> EntityQuery.person(query.text(), List.of(), country,
					all(query, ReconcileProperty.ORGANISATION, resolved, RecordType.ORGANISATION));
			case ORGANISATION -> EntityQuery.organisation(query.text(), List.of(), (Organisation.Kind) kind(query, type),
					country, one(query, ReconcileProperty.PARENT, resolved, RecordType.ORGANISATION));
			case PLACE -> EntityQuery.place(query.text(), List.of(), (Place.Kind) kind(query, type), country,
					one(query, ReconcileProperty.WITHIN, resolved, RecordType.PLACE));
			default -> EntityQuery.country(query.text(), List.of());
		};
	}

	private String one(ReconcileQuery query, ReconcileProperty property, Resolved resolved, RecordType type) {
		Set<String> ids = all(query, property, resolved, type);
		return ids.isEmpty() ? null : ids.iterator().next();
	}

	/** The slugs of the records of a type the values of a property name: by ID, or a name that matches one well. */
	private Set<String> all(ReconcileQuery query, ReconcileProperty property, Resolved resolved, RecordType type) {
		Set<String> ids = new LinkedHashSet<>();
		for (Value value : query.values(property)) {
			String id = (value.id() != null) ? value.id() : value.text();
			GlobalId global = GlobalId.decode(id).orElse(null);
			if (global != null) {
				if (global.type().equals(type.typeName())) {
					ids.add(global.id());
				}
				else if (value.id() != null && !acceptsOther(property, global.type())) {
					throw new BadRequestException("The value of '" + property.id() + "' in the query '"
							+ InputText.echo(query.key()) + "' is the ID of " + GlobalId.withArticle(global.type())
							+ ", not of " + GlobalId.withArticle(type.typeName()));
				}
				continue;
			}
			if (value.text() != null) {
				String slug = resolved.byName(type, value.text());
				if (slug != null) {
					ids.add(slug);
				}
			}
		}
		return ids;
	}

	/** A party is an organisation or a country: the ID of either is fine for the other's look-up. */
	private static boolean acceptsOther(ReconcileProperty property, String type) {
		return property == ReconcileProperty.PARTY && (type.equals("Organisation") || type.equals("Country"));
	}

	/** The kind a query gives for records of a type, or null; a kind the type has not is a bad request. */
	private Enum<?> kind(ReconcileQuery query, RecordType type) {
		List<Value> values = query.values(ReconcileProperty.KIND);
		if (values.isEmpty()) {
			return null;
		}
		Enum<?> kind = this.types.kind(type, values.get(0).shown());
		if (kind == null) {
			throw new BadRequestException("Unknown kind '" + InputText.echo(values.get(0).shown()) + "' in the query '"
					+ InputText.echo(query.key()) + "'; the kinds of " + type.typeName() + " are " + this.types.kinds(type));
		}
		return kind;
	}

	private static PartialDate date(ReconcileQuery query, ReconcileProperty property) {
		List<Value> values = query.values(property);
		if (values.isEmpty() || values.get(0).text() == null) {
			return null;
		}
		try {
			return PartialDate.parse(values.get(0).text());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("`" + property.id() + "` of the query '" + InputText.echo(query.key())
					+ "': " + ex.getMessage());
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/**
	 * Names of property values looked up once per batch: a spreadsheet repeats the same country on
	 * every row. A name stands for the record it matches at {@link Thresholds#LIKELY} or more, ahead
	 * of any other by {@link Thresholds#MARGIN}; otherwise for none (it neither raises nor lowers).
	 */
	private final class Resolved {

		private final Map<String, String> slugs = new HashMap<>();

		String byName(RecordType type, String name) {
			String key = type.name() + "\u0000" + name;
			if (this.slugs.containsKey(key)) {
				return this.slugs.get(key);
			}
			Ranking ranking = Reconciler.this.matcher.entities(EntityQuery.named(type, name), 2);
			String slug = ranking.best()
				.filter((best) -> best.score() >= Thresholds.LIKELY)
				.filter((best) -> ranking.candidates().size() < 2
						|| ranking.candidates().get(1).score() <= best.score() - Thresholds.MARGIN)
				.map(Candidate::id)
				.orElse(null);
			this.slugs.put(key, slug);
			return slug;
		}

	}

}
