package org.diplomacygraph.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.reconcile.ReconcileResponses.ExtensionValue;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.PartialDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reconciliation API shows of a record: the preview card (name, kind, country, one quote
 * of the evidence with its article) and the values data extension fetches (country, other names,
 * posts, kind), read a statement per kind of fact for all records asked about.
 */
@Component
class EntityCards {

	private final EntityManager entityManager;

	EntityCards(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The card of a record, or null if the ID names none this API serves. */
	@Transactional(readOnly = true)
	Card card(GlobalId id) {
		RecordType type = ReconcileTypes.byId(id.type()).filter((known) -> known.typeName().equals(id.type())).orElse(null);
		Object entity = (type != null) ? this.entityManager.find(type.entityType(this.entityManager), id.id()) : null;
		if (entity == null) {
			return null;
		}
		Facts facts = facts(entity);
		Quote quote = quote(type, id.id());
		return new Card(type.typeName(), facts.name(), facts.kind(), countryName(facts.country()), facts.detail(), quote);
	}

	/** What tells each record from its namesakes in a suggestion: its kind, country and detail ("party · Vietnam"). */
	@Transactional(readOnly = true)
	List<String> describe(List<Object> entities) {
		List<Facts> facts = entities.stream().map(EntityCards::facts).toList();
		Map<String, String> countries = names("Country", facts.stream().map(Facts::country).toList());
		List<String> descriptions = new ArrayList<>();
		for (Facts record : facts) {
			List<String> parts = new ArrayList<>();
			if (record.kind() != null) {
				parts.add(record.kind());
			}
			if (record.country() != null) {
				parts.add(countries.getOrDefault(record.country(), record.country()));
			}
			if (record.detail() != null) {
				parts.add(record.detail());
			}
			descriptions.add(String.join(" · ", parts));
		}
		return descriptions;
	}

	/** A record's name, or title. */
	static String name(Object entity) {
		return facts(entity).name();
	}

	/**
	 * The values of the properties for each of the records, by global ID and property ID; a record
	 * not stored (or an ID of no type served here) has no values.
	 */
	@Transactional(readOnly = true)
	Map<String, Map<String, List<ExtensionValue>>> extension(List<String> ids, List<ReconcileProperty> properties) {
		Map<RecordType, List<String>> byType = new LinkedHashMap<>();
		for (String id : ids) {
			GlobalId.decode(id)
				.flatMap((global) -> ReconcileTypes.byId(global.type()).filter((type) -> type.typeName().equals(global.type())))
				.ifPresent((type) -> byType.computeIfAbsent(type, (key) -> new ArrayList<>())
					.add(GlobalId.decode(id).get().id()));
		}
		Map<String, Facts> facts = new HashMap<>();
		for (Map.Entry<RecordType, List<String>> type : byType.entrySet()) {
			this.entityManager
				.createQuery("select e from " + type.getKey().entityName() + " e where e.id in :ids",
						type.getKey().entityType(this.entityManager))
				.setParameter("ids", type.getValue())
				.getResultList()
				.forEach((entity) -> facts.put(GlobalId.encode(type.getKey().typeName(), id(entity)), facts(entity)));
		}
		Map<String, String> countries = names("Country", facts.values().stream().map(Facts::country).toList());
		Map<String, List<String>> posts = properties.contains(ReconcileProperty.POSITIONS)
				? posts(byType.getOrDefault(RecordType.PERSON, List.of())) : Map.of();
		Map<String, Map<String, List<ExtensionValue>>> rows = new LinkedHashMap<>();
		for (String id : ids) {
			Facts record = facts.get(id);
			Map<String, List<ExtensionValue>> row = new LinkedHashMap<>();
			for (ReconcileProperty property : properties) {
				row.put(property.id(), (record != null) ? values(id, record, property, countries, posts) : List.of());
			}
			rows.put(id, row);
		}
		return rows;
	}

	private static List<ExtensionValue> values(String id, Facts record, ReconcileProperty property,
			Map<String, String> countries, Map<String, List<String>> posts) {
		return switch (property) {
			case COUNTRY -> (record.country() != null) ? List.of(ExtensionValue
				.record(GlobalId.encode("Country", record.country()), countries.getOrDefault(record.country(), record.country())))
					: List.of();
			case ALIASES -> record.aliases().stream().map(ExtensionValue::text).toList();
			case KIND -> (record.kind() != null) ? List.of(ExtensionValue.text(record.kind())) : List.of();
			case POSITIONS -> posts.getOrDefault(GlobalId.decode(id).get().id(), List.of())
				.stream()
				.map(ExtensionValue::text)
				.toList();
			default -> List.of();
		};
	}

	/** Each person's posts in words: "General Secretary, Central Committee of the Communist Party of Vietnam". */
	private Map<String, List<String>> posts(List<String> people) {
		if (people.isEmpty()) {
			return Map.of();
		}
		List<Position> positions = this.entityManager
			.createQuery("select p from Position p where p.personId in :people order by p.id", Position.class)
			.setParameter("people", people)
			.getResultList();
		Map<String, String> organisations = names("Organisation",
				positions.stream().map(Position::getOrganisationId).toList());
		Map<String, String> countries = names("Country", positions.stream().map(Position::getCountryId).toList());
		Map<String, List<String>> posts = new HashMap<>();
		for (Position position : positions) {
			String at = (position.getOrganisationId() != null) ? organisations.get(position.getOrganisationId())
					: countries.get(position.getCountryId());
			String dates = (position.getFrom() != null || position.getUntil() != null)
					? " (" + text(position.getFrom()) + "–" + text(position.getUntil()) + ")" : "";
			posts.computeIfAbsent(position.getPersonId(), (key) -> new ArrayList<>())
				.add(position.getTitle() + ((at != null) ? ", " + at : "") + dates);
		}
		return posts;
	}

	private Map<String, String> names(String entity, Collection<String> ids) {
		List<String> wanted = ids.stream().filter((id) -> id != null).distinct().toList();
		Map<String, String> names = new HashMap<>();
		if (!wanted.isEmpty()) {
			this.entityManager.createQuery("select e.id, e.name from " + entity + " e where e.id in :ids", Pair.class)
				.setParameter("ids", wanted)
				.getResultList()
				.forEach((pair) -> names.put(pair.id(), pair.name()));
		}
		return names;
	}

	private String countryName(String country) {
		if (country == null) {
			return null;
		}
		Country stored = this.entityManager.find(Country.class, country);
		return (stored != null) ? stored.getName() : null;
	}

	/** The first quote of the evidence for the record itself, else any of its evidence, with its article. */
	private Quote quote(RecordType type, String id) {
		List<Evidence> evidence = this.entityManager.createQuery("""
				select e from Evidence e join fetch e.article
				where e.subjectType = :type and e.subjectId = :id
				order by case when e.aspect = :subject then 0 else 1 end, e.id""", Evidence.class)
			.setParameter("type", type)
			.setParameter("id", id)
			.setParameter("subject", Evidence.Aspect.SUBJECT)
			.setMaxResults(1)
			.getResultList();
		if (evidence.isEmpty()) {
			return null;
		}
		Evidence first = evidence.get(0);
		return new Quote(first.getQuote(), first.getArticle().getTitle(), first.getArticle().getPublisher(),
				text(first.getArticle().getPublishedOn()));
	}

	private static Facts facts(Object entity) {
		if (entity instanceof Person person) {
			return new Facts(person.getName(), null, person.getNationalityId(), person.getAliases(), null);
		}
		if (entity instanceof Organisation organisation) {
			return new Facts(organisation.getName(), words(organisation.getKind()), organisation.getCountryId(),
					organisation.getAliases(), null);
		}
		if (entity instanceof Place place) {
			return new Facts(place.getName(), words(place.getKind()), place.getCountryId(), place.getAliases(), null);
		}
		if (entity instanceof Country country) {
			return new Facts(country.getName(), null, null, country.getAliases(), country.getCode());
		}
		if (entity instanceof Meeting meeting) {
			return new Facts(meeting.getTitle(), words(meeting.getKind()), meeting.getCountryId(), List.of(),
					text(meeting.getDate()));
		}
		Agreement agreement = (Agreement) entity;
		return new Facts(agreement.getTitle(), words(agreement.getKind()), null, List.of(),
				(agreement.getSignedOn() != null) ? "signed " + agreement.getSignedOn().text() : null);
	}

	/** A record's slug. */
	static String id(Object entity) {
		if (entity instanceof Person person) {
			return person.getId();
		}
		if (entity instanceof Organisation organisation) {
			return organisation.getId();
		}
		if (entity instanceof Place place) {
			return place.getId();
		}
		if (entity instanceof Country country) {
			return country.getId();
		}
		if (entity instanceof Meeting meeting) {
			return meeting.getId();
		}
		return ((Agreement) entity).getId();
	}

	private static String words(Enum<?> kind) {
		return (kind != null) ? kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') : null;
	}

	private static String text(Object date) {
		return (date instanceof PartialDate partial) ? partial.text() : (date != null) ? date.toString() : "?";
	}

	/** What a card and an extension show of a record. */
	private record Facts(String name, String kind, String country, List<String> aliases, String detail) {
	}

	record Pair(String id, String name) {
	}

	/**
	 * A record's preview card.
	 *
	 * @param detail a country's code, a meeting's date, an agreement's signing
	 * @param quote one quote of its evidence, or null
	 */
	record Card(String type, String name, String kind, String country, String detail, Quote quote) {
	}

	/** A quote and the article it stands in. */
	record Quote(String text, String article, String publisher, String publishedOn) {
	}

}
