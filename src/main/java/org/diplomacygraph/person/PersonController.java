package org.diplomacygraph.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.organisation.OrganisationRepository;
import org.diplomacygraph.paging.Batches;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.JoinedLoads;
import org.diplomacygraph.paging.Joins;
import org.diplomacygraph.paging.KeysetPager;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.paging.Page;
import org.diplomacygraph.paging.Preloaded;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.CountryRepository;
import org.diplomacygraph.record.RecordType;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** People and their posts: the root connection and the fields of {@code Person} and {@code Position}. */
@Controller
class PersonController {

	private static final String POSITIONS = "Person.positions";

	private static final String POSITION_PERSON = "Position.person";

	private static final String POSITION_ORGANISATION = "Position.organisation";

	private static final String POSITION_COUNTRY = "Position.country";

	/** What a position list's look-ahead may join: to-one relations of Position, and the organisation's country. */
	private static final String[] POSITION_JOINS = { "person", "organisation", "organisation/country", "country" };

	private final KeysetPager pager;

	private final PersonRepository people;

	private final PositionRepository positions;

	private final OrganisationRepository organisations;

	private final CountryRepository countries;

	private final EvidenceLookup evidence;

	private final JoinedLoads joined;

	PersonController(KeysetPager pager, PersonRepository people, PositionRepository positions,
			OrganisationRepository organisations, CountryRepository countries, EvidenceLookup evidence,
			JoinedLoads joined, BatchLoaderRegistry registry) {
		this.pager = pager;
		this.people = people;
		this.positions = positions;
		this.organisations = organisations;
		this.countries = countries;
		this.evidence = evidence;
		this.joined = joined;
		registry.<Person, List<Position>>forName(POSITIONS)
			.registerMappedBatchLoader((keys, env) -> Mono
				.fromCallable(() -> positions(keys, Joins.union(env.getKeyContextsList()))));
		registry.<Position, Person>forName(POSITION_PERSON)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Batches.toOne(keys,
					Position::getPersonId, this.people::findAllById, Person::getId)));
		registry.<Position, Organisation>forName(POSITION_ORGANISATION)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Batches.toOne(keys,
					Position::getOrganisationId, this.organisations::findAllById, Organisation::getId)));
		registry.<Position, Country>forName(POSITION_COUNTRY)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Batches.toOne(keys,
					Position::getCountryId, this.countries::findAllById, Country::getId)));
	}

	@QueryMapping
	Connection<Person> people(@Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before, @Argument PersonFilter filter, @Argument PersonOrder orderBy,
			DataFetchingEnvironment env) {
		Ordering<Person> ordering = PersonOrder.toOrdering(orderBy);
		Page page = Page.of(first, after, last, before, ordering);
		Filter<Person> where = (filter != null) ? filter.toFilter("filter") : Filter.none();
		return this.pager.page(Person.class, where, ordering, page, env.getSelectionSet().contains("totalCount"));
	}

	@BatchMapping(typeName = "Person", field = "aliases")
	Map<Person, List<String>> personAliases(List<Person> people) {
		return Batches.fromRows(people, Person::getId, this.people::findAliases);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, Country> nationality(List<Person> people) {
		return Batches.toOne(people, Person::getNationalityId, this.countries::findAllById, Country::getId);
	}

	/**
	 * The posts of each person, with their organisation (and its country), country and person when the
	 * selection below asks for them (joined in the same statement, see {@link Joins}).
	 */
	@SchemaMapping(typeName = "Person")
	CompletableFuture<List<Position>> positions(Person person, DataFetchingEnvironment env) {
		DataLoader<Person, List<Position>> positions = env.getDataLoader(POSITIONS);
		return positions.load(person, Joins.selected(env.getSelectionSet(), POSITION_JOINS));
	}

	private Map<Person, List<Position>> positions(Collection<Person> people, Joins joins) {
		return Batches.toMany(people, Person::getId,
				(ids) -> joins.paths().isEmpty() ? this.positions.findByPersonIdInOrderById(ids)
						: this.joined.list(Position.class,
								"select p from Position p where p.personId in :ids order by p.id", ids, joins),
				Position::getPersonId);
	}

	@BatchMapping(typeName = "Person", field = "evidence")
	Map<Person, List<Evidence>> personEvidence(List<Person> people) {
		return this.evidence.of(RecordType.PERSON, people, Person::getId);
	}

	@BatchMapping(typeName = "Organisation", field = "positions")
	Map<Organisation, List<Position>> positionsAt(List<Organisation> organisations) {
		return Batches.toMany(organisations, Organisation::getId, this.positions::findByOrganisationIdInOrderById,
				Position::getOrganisationId);
	}

	@SchemaMapping(typeName = "Position")
	Object person(Position position, DataFetchingEnvironment env) {
		return Preloaded.orLoad(env, POSITION_PERSON, position, position.getPersonId(), position.getPerson());
	}

	@SchemaMapping(typeName = "Position")
	Object organisation(Position position, DataFetchingEnvironment env) {
		return Preloaded.orLoad(env, POSITION_ORGANISATION, position, position.getOrganisationId(),
				position.getOrganisation());
	}

	@SchemaMapping(typeName = "Position")
	Object country(Position position, DataFetchingEnvironment env) {
		return Preloaded.orLoad(env, POSITION_COUNTRY, position, position.getCountryId(), position.getCountry());
	}

	@BatchMapping(typeName = "Position", field = "evidence")
	Map<Position, List<Evidence>> positionEvidence(List<Position> positions) {
		return this.evidence.of(RecordType.POSITION, positions, Position::getId);
	}

}
