package org.diplomacygraph.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.search.NameCandidates;
import org.diplomacygraph.values.Names;
import org.diplomacygraph.values.PartialDate;

import org.springframework.stereotype.Component;

/**
 * Finds the stored records that may match a query without reading every record: names through the
 * search index ({@link NameCandidates}), meetings through their participants, place or country and
 * a window of days around the date (indexed columns), agreements through their parties, meeting or
 * title, posts through their person; then loads what the scorers compare, a statement per kind of
 * fact for all candidates at once.
 */
@Component
class CandidateStore {

	/** Candidates retrieved per way of finding them, before scoring. */
	static final int RETRIEVED = 50;

	/** A year, the longest a partial date spans: a meeting dated to its year may be any day of it. */
	private static final int LONGEST_SPAN = 366;

	private final NameCandidates names;

	private final EntityManager entityManager;

	CandidateStore(NameCandidates names, EntityManager entityManager) {
		this.names = names;
		this.entityManager = entityManager;
	}

	// ---- people, organisations, places and countries ------------------------------------------

	/** The stored records of the query's type whose names are like the query's. */
	List<StoredEntity> entities(EntityQuery query) {
		return switch (query.type()) {
			case PERSON -> people(this.names.byWords(Person.class, query.names(), RETRIEVED));
			case ORGANISATION -> organisations(query.names());
			case PLACE -> this.names.byWords(Place.class, query.names(), RETRIEVED).stream().map(CandidateStore::place).toList();
			case COUNTRY -> countries(query.names());
			default -> throw new IllegalArgumentException(query.type().name());
		};
	}

	/** One stored record by slug, as the scorer sees it; null if none. */
	StoredEntity entity(RecordType type, String id) {
		Object entity = this.entityManager.find(type.entityType(this.entityManager), id);
		if (entity == null) {
			return null;
		}
		return switch (type) {
			case PERSON -> people(List.of((Person) entity)).get(0);
			case ORGANISATION -> organisation((Organisation) entity);
			case PLACE -> place((Place) entity);
			case COUNTRY -> country((Country) entity);
			default -> null;
		};
	}

	private List<StoredEntity> people(List<Person> people) {
		Map<String, Set<String>> posts = new HashMap<>();
		if (!people.isEmpty()) {
			this.entityManager
				.createQuery("select p.personId, p.organisationId from Position p where p.personId in :people "
						+ "and p.organisationId is not null", Link.class)
				.setParameter("people", people.stream().map(Person::getId).toList())
				.getResultList()
				.forEach((link) -> posts.computeIfAbsent(link.from(), (key) -> new LinkedHashSet<>()).add(link.to()));
		}
		return people.stream()
			.map((person) -> new StoredEntity(RecordType.PERSON, person.getId(), person.getName(), person.getAliases(),
					null, person.getNationalityId(), null, null, posts.getOrDefault(person.getId(), Set.of())))
			.toList();
	}

	private List<StoredEntity> organisations(List<String> names) {
		Map<String, Organisation> found = new LinkedHashMap<>();
		this.names.byWords(Organisation.class, names, RETRIEVED).forEach((o) -> found.putIfAbsent(o.getId(), o));
		names.stream()
			.filter((name) -> !Names.fold(name).contains(" "))
			.forEach((acronym) -> this.names.byInitials(acronym, RETRIEVED)
				.forEach((o) -> found.putIfAbsent(o.getId(), o)));
		return found.values().stream().map(CandidateStore::organisation).toList();
	}

	private List<StoredEntity> countries(List<String> names) {
		Map<String, Country> found = new LinkedHashMap<>();
		this.names.byWords(Country.class, names, RETRIEVED).forEach((c) -> found.putIfAbsent(c.getId(), c));
		List<String> codes = names.stream()
			.map(String::strip)
			.filter((name) -> name.length() == 2 || name.length() == 3)
			.map((code) -> code.toUpperCase(java.util.Locale.ROOT))
			.toList();
		if (!codes.isEmpty()) {
			this.entityManager.createQuery("select c from Country c where upper(c.code) in :codes", Country.class)
				.setParameter("codes", codes)
				.getResultList()
				.forEach((c) -> found.putIfAbsent(c.getId(), c));
		}
		return found.values().stream().map(CandidateStore::country).toList();
	}

	private static StoredEntity organisation(Organisation o) {
		return new StoredEntity(RecordType.ORGANISATION, o.getId(), o.getName(), o.getAliases(), o.getKind(),
				o.getCountryId(), o.getParentId(), null, Set.of());
	}

	private static StoredEntity place(Place p) {
		return new StoredEntity(RecordType.PLACE, p.getId(), p.getName(), p.getAliases(), p.getKind(), p.getCountryId(),
				p.getWithinId(), null, Set.of());
	}

	private static StoredEntity country(Country c) {
		return new StoredEntity(RecordType.COUNTRY, c.getId(), c.getName(), c.getAliases(), null, null, null,
				c.getCode(), Set.of());
	}

	// ---- meetings -----------------------------------------------------------------------------

	/** Stored meetings sharing a participant, the place or the country in the days around the date, or the title. */
	List<StoredMeeting> meetings(MeetingQuery query) {
		Window window = Window.around(query.date(), query.endDate());
		Set<String> ids = new LinkedHashSet<>();
		if (!query.participants().isEmpty()) {
			ids.addAll(meetingIds("select distinct m.id from Participant p join p.meeting m where p.personId in :people",
					"people", query.participants(), window));
		}
		if (query.place() != null) {
			ids.addAll(meetingIds("select m.id from Meeting m where m.placeId in "
					+ "(select p.id from Place p join p.enclosing e where e = :place)", "place", query.place(), window));
		}
		if (query.country() != null && window != null) {
			ids.addAll(meetingIds("select m.id from Meeting m where m.countryId = :country", "country", query.country(),
					window));
		}
		if (query.title() != null) {
			ids.addAll(this.names.idsByWords(Meeting.class, List.of(query.title()), RETRIEVED));
		}
		if (ids.isEmpty() && window != null) {
			ids.addAll(meetingIds("select m.id from Meeting m where 1 = 1", null, null, window));
		}
		return meetingFacts(ids);
	}

	private List<String> meetingIds(String select, String parameter, Object value, Window window) {
		String jpql = select + ((window != null) ? " and m.dateSort between :firstSort and :lastSort "
				+ "and (m.date.latest >= :first or m.endDate.latest >= :first)" : "");
		TypedQuery<String> query = this.entityManager.createQuery(jpql, String.class).setMaxResults(RETRIEVED);
		if (parameter != null) {
			query.setParameter(parameter, value);
		}
		if (window != null) {
			query.setParameter("firstSort", window.first().minusDays(LONGEST_SPAN).toEpochDay())
				.setParameter("lastSort", window.last().toEpochDay())
				.setParameter("first", window.first());
		}
		return query.getResultList();
	}

	private List<StoredMeeting> meetingFacts(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Meeting> meetings = this.entityManager
			.createQuery("select m from Meeting m where m.id in :ids order by m.id", Meeting.class)
			.setParameter("ids", ids)
			.getResultList();
		Map<String, Set<String>> participants = links(
				"select p.meetingId, p.personId from Participant p where p.meetingId in :ids", ids);
		Map<String, Set<String>> organisations = links(
				"select m.id, o.id from Meeting m join m.organisations o where m.id in :ids", ids);
		Set<String> places = new LinkedHashSet<>();
		meetings.stream().map(Meeting::getPlaceId).filter((id) -> id != null).forEach(places::add);
		Map<String, Set<String>> within = places.isEmpty() ? Map.of()
				: links("select p.id, e from Place p join p.enclosing e where p.id in :ids", places);
		return meetings.stream()
			.map((m) -> new StoredMeeting(m.getId(), m.getTitle(), m.getKind(), m.getDate(), m.getEndDate(),
					m.getPlaceId(), (m.getPlaceId() != null) ? within.getOrDefault(m.getPlaceId(), Set.of()) : Set.of(),
					m.getCountryId(), participants.getOrDefault(m.getId(), Set.of()),
					organisations.getOrDefault(m.getId(), Set.of())))
			.toList();
	}

	/** A place's country and the places it lies within (itself included); null if it is not stored. */
	PlaceFacts place(String place) {
		if (place == null) {
			return null;
		}
		List<PlaceFacts.Row> rows = this.entityManager
			.createQuery("select p.countryId, e from Place p join p.enclosing e where p.id = :place", PlaceFacts.Row.class)
			.setParameter("place", place)
			.getResultList();
		if (rows.isEmpty()) {
			return null;
		}
		Set<String> within = new LinkedHashSet<>();
		rows.forEach((row) -> within.add(row.within()));
		return new PlaceFacts(rows.get(0).country(), within);
	}

	// ---- agreements ---------------------------------------------------------------------------

	/** Stored agreements sharing a party or the meeting, or with a title like the query's. */
	List<StoredAgreement> agreements(AgreementQuery query) {
		Set<String> ids = new LinkedHashSet<>();
		if (!query.organisations().isEmpty()) {
			ids.addAll(limited("select distinct p.agreementId from AgreementParty p where p.organisationId in :parties",
					query.organisations()));
		}
		if (!query.countries().isEmpty()) {
			ids.addAll(limited("select distinct p.agreementId from AgreementParty p where p.countryId in :parties",
					query.countries()));
		}
		if (query.meeting() != null) {
			ids.addAll(limited("select a.id from Agreement a where a.meetingId in :parties", List.of(query.meeting())));
		}
		if (query.title() != null) {
			ids.addAll(this.names.idsByWords(Agreement.class, List.of(query.title()), RETRIEVED));
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Set<String>> organisations = links("select p.agreementId, p.organisationId from AgreementParty p "
				+ "where p.agreementId in :ids and p.organisationId is not null", ids);
		Map<String, Set<String>> countries = links("select p.agreementId, p.countryId from AgreementParty p "
				+ "where p.agreementId in :ids and p.countryId is not null", ids);
		return this.entityManager
			.createQuery("select a from Agreement a where a.id in :ids order by a.id", Agreement.class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.map((a) -> new StoredAgreement(a.getId(), a.getTitle(), a.getKind(), a.getSignedOn(), a.getValidFrom(),
					a.getValidUntil(), a.getMeetingId(), organisations.getOrDefault(a.getId(), Set.of()),
					countries.getOrDefault(a.getId(), Set.of())))
			.toList();
	}

	private List<String> limited(String jpql, Collection<String> values) {
		return this.entityManager.createQuery(jpql, String.class)
			.setParameter("parties", values)
			.setMaxResults(RETRIEVED)
			.getResultList();
	}

	// ---- posts --------------------------------------------------------------------------------

	/** The stored posts of the query's person. */
	List<StoredPost> posts(PostQuery query) {
		List<Position> posts = this.entityManager
			.createQuery("select p from Position p where p.personId = :person order by p.id", Position.class)
			.setParameter("person", query.person())
			.getResultList();
		Set<String> organisations = new LinkedHashSet<>();
		posts.stream().map(Position::getOrganisationId).filter((id) -> id != null).forEach(organisations::add);
		Map<String, String> parents = parents(organisations);
		return posts.stream()
			.map((p) -> new StoredPost(p.getId(), p.getPersonId(), p.getTitle(), p.getOrganisationId(),
					parents.get(p.getOrganisationId()), p.getCountryId(), p.getFrom(), p.getUntil()))
			.toList();
	}

	/** The parent of each of these organisations that has one. */
	Map<String, String> parents(Collection<String> organisations) {
		Map<String, String> parents = new HashMap<>();
		if (!organisations.isEmpty()) {
			links("select o.id, o.parentId from Organisation o where o.id in :ids and o.parentId is not null",
					organisations)
				.forEach((id, parent) -> parents.put(id, parent.iterator().next()));
		}
		return parents;
	}

	// ---- labels -------------------------------------------------------------------------------

	/** The names of these records, a statement per type; a record not stored is named by its slug. */
	Labels labels(Map<RecordType, Set<String>> ids) {
		Map<RecordType, Map<String, String>> names = new HashMap<>();
		ids.forEach((type, slugs) -> {
			if (!slugs.isEmpty()) {
				String attribute = type.named() ? "name" : "title";
				Map<String, String> byId = new HashMap<>();
				this.entityManager
					.createQuery("select e.id, e." + attribute + " from " + type.entityName()
							+ " e where e.id in :ids", Link.class)
					.setParameter("ids", slugs)
					.getResultList()
					.forEach((link) -> byId.put(link.from(), link.to()));
				names.put(type, byId);
			}
		});
		return (type, id) -> names.getOrDefault(type, Map.of()).getOrDefault(id, id);
	}

	private Map<String, Set<String>> links(String jpql, Collection<String> ids) {
		Map<String, Set<String>> links = new HashMap<>();
		this.entityManager.createQuery(jpql, Link.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach((link) -> links.computeIfAbsent(link.from(), (key) -> new LinkedHashSet<>()).add(link.to()));
		return links;
	}

	/** A place's country and the places it lies within, itself included. */
	record PlaceFacts(String country, Set<String> within) {

		record Row(String country, String within) {
		}

	}

	/** A pair of slugs a statement selects: a record and one it refers to, or a record and its name. */
	record Link(String from, String to) {
	}

	/** The days a query's date may denote, a day either side; null for a date without a year or none. */
	record Window(LocalDate first, LocalDate last) {

		static Window around(PartialDate date, PartialDate endDate) {
			if (date == null || !date.hasYear()) {
				return null;
			}
			LocalDate last = (endDate != null && endDate.hasYear() && endDate.latest().isAfter(date.latest()))
					? endDate.latest() : date.latest();
			return new Window(date.earliest().minusDays(1), last.plusDays(1));
		}

	}

}
