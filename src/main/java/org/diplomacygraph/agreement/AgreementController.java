package org.diplomacygraph.agreement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.MeetingRepository;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.paging.Batches;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.Keyed;
import org.diplomacygraph.paging.KeysetPager;
import org.diplomacygraph.paging.NestedConnection;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.paging.Page;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.PersonRepository;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.person.PositionRepository;
import org.diplomacygraph.record.RecordType;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Agreements: the root connection, the fields of {@code Agreement} and {@code Signatory}, and the
 * agreements of people and organisations, each loaded for a whole batch of sources at once.
 */
@Controller
class AgreementController {

	private static final String ORGANISATION_AGREEMENTS = "organisationAgreements";

	private final KeysetPager pager;

	private final AgreementRepository agreements;

	private final AgreementPartyRepository parties;

	private final SignatoryRepository signatories;

	private final RelatedAgreements related;

	private final MeetingRepository meetings;

	private final PersonRepository people;

	private final PositionRepository positions;

	private final EvidenceLookup evidence;

	AgreementController(KeysetPager pager, AgreementRepository agreements, AgreementPartyRepository parties,
			SignatoryRepository signatories, RelatedAgreements related, MeetingRepository meetings,
			PersonRepository people, PositionRepository positions, EvidenceLookup evidence,
			BatchLoaderRegistry registry) {
		this.pager = pager;
		this.agreements = agreements;
		this.parties = parties;
		this.signatories = signatories;
		this.related = related;
		this.meetings = meetings;
		this.people = people;
		this.positions = positions;
		this.evidence = evidence;
		registry.<NestedConnection<AgreementFilter, AgreementOrder>, Connection<Agreement>>forName(ORGANISATION_AGREEMENTS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> NestedConnection.load(keys,
					(ids, filter) -> this.related.ofOrganisations(ids, toFilter(filter)),
					AgreementOrder::toOrdering)));
	}

	@QueryMapping
	Connection<Agreement> agreements(@Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before, @Argument AgreementFilter filter, @Argument AgreementOrder orderBy,
			DataFetchingEnvironment env) {
		Ordering<Agreement> ordering = AgreementOrder.toOrdering(orderBy);
		Page page = Page.of(first, after, last, before, ordering);
		return this.pager.page(Agreement.class, toFilter(filter), ordering, page,
				env.getSelectionSet().contains("totalCount"));
	}

	@SchemaMapping(typeName = "Organisation", field = "agreements")
	CompletableFuture<Connection<Agreement>> organisationAgreements(Organisation organisation,
			@Argument Integer first, @Argument String after, @Argument Integer last, @Argument String before,
			@Argument AgreementFilter filter, @Argument AgreementOrder orderBy, DataFetchingEnvironment env) {
		// Checked here, so that a bad argument is reported at this field's path.
		Page page = Page.of(first, after, last, before, AgreementOrder.toOrdering(orderBy));
		toFilter(filter);
		DataLoader<NestedConnection<AgreementFilter, AgreementOrder>, Connection<Agreement>> loader = env.getDataLoader(ORGANISATION_AGREEMENTS);
		return loader.load(new NestedConnection<AgreementFilter, AgreementOrder>(organisation.getId(), filter, orderBy, page));
	}

	private static Filter<Agreement> toFilter(AgreementFilter filter) {
		return (filter != null) ? filter.toFilter("filter") : Filter.none();
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Agreement>> agreements(List<Person> people) {
		Map<Person, List<Agreement>> all = Batches.fromRows(people, Person::getId, this.agreements::findOfPeople);
		all.replaceAll((person, agreements) -> agreements.stream()
			.distinct()
			.sorted(Comparator.comparing(Agreement::getSignedSort).thenComparing(Agreement::getId))
			.toList());
		return all;
	}

	@BatchMapping(typeName = "Agreement")
	Map<Agreement, List<Object>> parties(List<Agreement> agreements) {
		return Batches.fromRows(agreements, Agreement::getId, (ids) -> this.parties.findParties(ids)
			.stream()
			.map((row) -> new Keyed<>(row.agreementId(), row.party()))
			.toList());
	}

	@BatchMapping(typeName = "Agreement")
	Map<Agreement, List<Signatory>> signatories(List<Agreement> agreements) {
		return Batches.toMany(agreements, Agreement::getId, this.signatories::findByAgreementIdInOrderById,
				Signatory::getAgreementId);
	}

	@BatchMapping(typeName = "Meeting", field = "agreements")
	Map<Meeting, List<Agreement>> agreementsSignedAt(List<Meeting> meetings) {
		return Batches.toMany(meetings, Meeting::getId, this.agreements::findByMeetingIdInOrderBySignedSortAscIdAsc,
				Agreement::getMeetingId);
	}

	@BatchMapping(typeName = "Agreement")
	Map<Agreement, Meeting> meeting(List<Agreement> agreements) {
		return Batches.toOne(agreements, Agreement::getMeetingId, this.meetings::findAllById, Meeting::getId);
	}

	@BatchMapping(typeName = "Agreement")
	Map<Agreement, List<String>> fields(List<Agreement> agreements) {
		return Batches.fromRows(agreements, Agreement::getId, this.agreements::findFields);
	}

	@BatchMapping(typeName = "Agreement", field = "evidence")
	Map<Agreement, List<Evidence>> agreementEvidence(List<Agreement> agreements) {
		return this.evidence.of(RecordType.AGREEMENT, agreements, Agreement::getId);
	}

	@BatchMapping(typeName = "Signatory")
	Map<Signatory, Person> person(List<Signatory> signatories) {
		return Batches.toOne(signatories, Signatory::getPersonId, this.people::findAllById, Person::getId);
	}

	@BatchMapping(typeName = "Signatory")
	Map<Signatory, Position> capacity(List<Signatory> signatories) {
		return Batches.toOne(signatories, Signatory::getCapacityId, this.positions::findAllById, Position::getId);
	}

	@BatchMapping(typeName = "Signatory", field = "evidence")
	Map<Signatory, List<Evidence>> signatoryEvidence(List<Signatory> signatories) {
		return this.evidence.of(RecordType.SIGNATORY, signatories, Signatory::getId);
	}

}
