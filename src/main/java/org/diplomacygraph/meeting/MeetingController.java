package org.diplomacygraph.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.paging.Batches;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.JoinedLoads;
import org.diplomacygraph.paging.Joins;
import org.diplomacygraph.paging.Keyed;
import org.diplomacygraph.paging.KeysetPager;
import org.diplomacygraph.paging.NestedConnection;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.paging.Page;
import org.diplomacygraph.paging.Preloaded;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.PersonRepository;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.person.PositionRepository;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.CountryRepository;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.place.PlaceRepository;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.PartialDate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Meetings: the root connection, the fields of {@code Meeting} and {@code Participant}, and the
 * meetings and counterparts of people and organisations. Every relationship is loaded for a whole
 * batch of sources with one query.
 */
@Controller
class MeetingController {

	private static final String PERSON_MEETINGS = "personMeetings";

	private static final String ORGANISATION_MEETINGS = "organisationMeetings";

	private static final String PARTICIPANTS = "Meeting.participants";

	private static final String PARTICIPANT_PERSON = "Participant.person";

	private static final String PARTICIPANT_CAPACITY = "Participant.capacity";

	/** What a participant list's look-ahead may join: to-one relations of Participant. */
	private static final String[] PARTICIPANT_JOINS = { "person", "capacity" };

	private final KeysetPager pager;

	private final MeetingRepository meetings;

	private final ParticipantRepository participants;

	private final RelatedMeetings related;

	private final PlaceRepository places;

	private final CountryRepository countries;

	private final PersonRepository people;

	private final PositionRepository positions;

	private final EvidenceLookup evidence;

	private final JoinedLoads joined;

	MeetingController(KeysetPager pager, MeetingRepository meetings, ParticipantRepository participants,
			RelatedMeetings related, PlaceRepository places, CountryRepository countries, PersonRepository people,
			PositionRepository positions, EvidenceLookup evidence, JoinedLoads joined, BatchLoaderRegistry registry) {
		this.pager = pager;
		this.meetings = meetings;
		this.participants = participants;
		this.related = related;
		this.places = places;
		this.countries = countries;
		this.people = people;
		this.positions = positions;
		this.evidence = evidence;
		this.joined = joined;
		registry.<Meeting, List<Participant>>forName(PARTICIPANTS)
			.registerMappedBatchLoader((keys, env) -> Mono
				.fromCallable(() -> participants(keys, Joins.union(env.getKeyContextsList()))));
		registry.<Participant, Person>forName(PARTICIPANT_PERSON)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Batches.toOne(keys,
					Participant::getPersonId, this.people::findAllById, Person::getId)));
		registry.<Participant, Position>forName(PARTICIPANT_CAPACITY)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Batches.toOne(keys,
					Participant::getCapacityId, this.positions::findAllById, Position::getId)));
		registry.<NestedConnection<MeetingFilter, MeetingOrder>, Connection<Meeting>>forName(PERSON_MEETINGS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> NestedConnection.load(keys,
					(ids, filter) -> this.related.ofPeople(ids, toFilter(filter)), MeetingOrder::toOrdering)));
		registry.<NestedConnection<MeetingFilter, MeetingOrder>, Connection<Meeting>>forName(ORGANISATION_MEETINGS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> NestedConnection.load(keys,
					(ids, filter) -> this.related.ofOrganisations(ids, toFilter(filter)),
					MeetingOrder::toOrdering)));
	}

	@QueryMapping
	Connection<Meeting> meetings(@Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before, @Argument MeetingFilter filter, @Argument MeetingOrder orderBy,
			DataFetchingEnvironment env) {
		Ordering<Meeting> ordering = MeetingOrder.toOrdering(orderBy);
		Page page = Page.of(first, after, last, before, ordering);
		return this.pager.page(Meeting.class, toFilter(filter), ordering, page,
				env.getSelectionSet().contains("totalCount"));
	}

	@SchemaMapping(typeName = "Person", field = "meetings")
	CompletableFuture<Connection<Meeting>> personMeetings(Person person, @Argument Integer first,
			@Argument String after, @Argument Integer last, @Argument String before, @Argument MeetingFilter filter,
			@Argument MeetingOrder orderBy, DataFetchingEnvironment env) {
		return nested(PERSON_MEETINGS, person.getId(), first, after, last, before, filter, orderBy, env);
	}

	@SchemaMapping(typeName = "Organisation", field = "meetings")
	CompletableFuture<Connection<Meeting>> organisationMeetings(Organisation organisation, @Argument Integer first,
			@Argument String after, @Argument Integer last, @Argument String before, @Argument MeetingFilter filter,
			@Argument MeetingOrder orderBy, DataFetchingEnvironment env) {
		return nested(ORGANISATION_MEETINGS, organisation.getId(), first, after, last, before, filter, orderBy, env);
	}

	private CompletableFuture<Connection<Meeting>> nested(String loader, String parentId, Integer first, String after,
			Integer last, String before, MeetingFilter filter, MeetingOrder orderBy, DataFetchingEnvironment env) {
		// Checked here, so that a bad argument is reported at this field's path.
		Page page = Page.of(first, after, last, before, MeetingOrder.toOrdering(orderBy));
		toFilter(filter);
		DataLoader<NestedConnection<MeetingFilter, MeetingOrder>, Connection<Meeting>> meetings = env.getDataLoader(loader);
		return meetings.load(new NestedConnection<MeetingFilter, MeetingOrder>(parentId, filter, orderBy, page));
	}

	private static Filter<Meeting> toFilter(MeetingFilter filter) {
		return (filter != null) ? filter.toFilter("filter") : Filter.none();
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, Place> place(List<Meeting> meetings) {
		return Batches.toOne(meetings, Meeting::getPlaceId, this.places::findAllById, Place::getId);
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, Country> country(List<Meeting> meetings) {
		return Batches.toOne(meetings, Meeting::getCountryId, this.countries::findAllById, Country::getId);
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, Meeting> partOf(List<Meeting> meetings) {
		return Batches.toOne(meetings, Meeting::getPartOfId, this.meetings::findAllById, Meeting::getId);
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, List<Meeting>> parts(List<Meeting> meetings) {
		return Batches.toMany(meetings, Meeting::getId, this.meetings::findByPartOfIdInOrderByDateSortAscIdAsc,
				Meeting::getPartOfId);
	}

	/**
	 * The participants of each meeting, with the person and post when the selection below asks for
	 * them (joined in the same statement, see {@link Joins}).
	 */
	@SchemaMapping(typeName = "Meeting")
	CompletableFuture<List<Participant>> participants(Meeting meeting, DataFetchingEnvironment env) {
		DataLoader<Meeting, List<Participant>> participants = env.getDataLoader(PARTICIPANTS);
		return participants.load(meeting, Joins.selected(env.getSelectionSet(), PARTICIPANT_JOINS));
	}

	private Map<Meeting, List<Participant>> participants(Collection<Meeting> meetings, Joins joins) {
		Map<Meeting, List<Participant>> participants = Batches.toMany(meetings, Meeting::getId,
				(ids) -> joins.paths().isEmpty() ? this.participants.findByMeetingIdInOrderById(ids)
						: this.joined.list(Participant.class,
								"select p from Participant p where p.meetingId in :ids order by p.id", ids, joins),
				Participant::getMeetingId);
		// Hosts first, then guests, then attendees.
		participants.replaceAll((meeting, list) -> list.stream()
			.sorted(Comparator.comparing(Participant::getRole).thenComparing(Participant::getId))
			.toList());
		return participants;
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, List<Organisation>> organisations(List<Meeting> meetings) {
		// Named for the meeting first, then the posts of participants; each by name, once.
		Map<Meeting, List<MeetingOrganisation>> rows = Batches.fromRows(meetings, Meeting::getId, (ids) -> this.meetings
			.findOrganisations(ids)
			.stream()
			.map((row) -> new Keyed<>(row.meetingId(), row))
			.toList());
		Map<Meeting, List<Organisation>> all = new LinkedHashMap<>();
		rows.forEach((meeting, found) -> all.put(meeting, found.stream()
			.sorted(Comparator.comparingInt(MeetingOrganisation::rank)
				.thenComparing((row) -> row.organisation().getNameKey())
				.thenComparing((row) -> row.organisation().getId()))
			.map(MeetingOrganisation::organisation)
			.distinct()
			.toList()));
		return all;
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, List<String>> topics(List<Meeting> meetings) {
		return Batches.fromRows(meetings, Meeting::getId, this.meetings::findTopics);
	}

	@BatchMapping(typeName = "Meeting", field = "evidence")
	Map<Meeting, List<Evidence>> meetingEvidence(List<Meeting> meetings) {
		return this.evidence.of(RecordType.MEETING, meetings, Meeting::getId);
	}

	@SchemaMapping(typeName = "Participant")
	Object person(Participant participant, DataFetchingEnvironment env) {
		return Preloaded.orLoad(env, PARTICIPANT_PERSON, participant, participant.getPersonId(),
				participant.getPerson());
	}

	@SchemaMapping(typeName = "Participant")
	Object capacity(Participant participant, DataFetchingEnvironment env) {
		return Preloaded.orLoad(env, PARTICIPANT_CAPACITY, participant, participant.getCapacityId(),
				participant.getCapacity());
	}

	@BatchMapping(typeName = "Participant", field = "evidence")
	Map<Participant, List<Evidence>> participantEvidence(List<Participant> participants) {
		return this.evidence.of(RecordType.PARTICIPANT, participants, Participant::getId);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Counterpart>> counterparts(List<Person> people) {
		Map<Person, List<MetAt>> rows = Batches.fromRows(people, Person::getId, (ids) -> this.participants
			.findCounterparts(ids)
			.stream()
			.map((row) -> new Keyed<>(row.personId(), row))
			.toList());
		Map<Person, List<Counterpart>> counterparts = new LinkedHashMap<>();
		rows.forEach((person, met) -> counterparts.put(person, aggregate(met)));
		return counterparts;
	}

	/** Aggregates a person's rows per other person. */
	private static List<Counterpart> aggregate(List<MetAt> rows) {
		Map<String, List<MetAt>> byOther = rows.stream()
			.collect(Collectors.groupingBy((row) -> row.other().getId(), LinkedHashMap::new, Collectors.toList()));
		List<Counterpart> counterparts = new ArrayList<>();
		byOther.forEach((id, meetings) -> {
			List<PartialDate> dated = meetings.stream()
				.map(MetAt::date)
				.filter((date) -> date != null && date.hasYear())
				.toList();
			PartialDate first = dated.stream().min(Comparator.comparing(PartialDate::earliest)).orElse(null);
			PartialDate last = dated.stream().max(Comparator.comparing(PartialDate::latest)).orElse(null);
			// Each event once: talks within a visit both attended are one event (src/docs/writing-data.md, "Events have structure").
			int events = (int) meetings.stream().map(MetAt::eventId).distinct().count();
			counterparts.add(new Counterpart(meetings.get(0).other(), events, first, last));
		});
		counterparts.sort(Comparator.comparing(Counterpart::meetingCount)
			.reversed()
			.thenComparing((counterpart) -> counterpart.person().getNameKey()));
		return counterparts;
	}

}
