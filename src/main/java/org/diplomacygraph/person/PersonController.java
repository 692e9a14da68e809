package org.diplomacygraph.person;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.organisation.OrganisationRepository;
import org.diplomacygraph.paging.Batches;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.KeysetPager;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.paging.Page;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.CountryRepository;
import org.diplomacygraph.record.RecordType;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** People and their posts: the root connection and the fields of {@code Person} and {@code Position}. */
@Controller
class PersonController {

	private final KeysetPager pager;

	private final PersonRepository people;

	private final PositionRepository positions;

	private final OrganisationRepository organisations;

	private final CountryRepository countries;

	private final EvidenceLookup evidence;

	PersonController(KeysetPager pager, PersonRepository people, PositionRepository positions,
			OrganisationRepository organisations, CountryRepository countries, EvidenceLookup evidence) {
		this.pager = pager;
		this.people = people;
		this.positions = positions;
		this.organisations = organisations;
		this.countries = countries;
		this.evidence = evidence;
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

	@BatchMapping(typeName = "Person")
	Map<Person, List<Position>> positions(List<Person> people) {
		return Batches.toMany(people, Person::getId, this.positions::findByPersonIdInOrderById,
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

	@BatchMapping(typeName = "Position")
	Map<Position, Person> person(List<Position> positions) {
		return Batches.toOne(positions, Position::getPersonId, this.people::findAllById, Person::getId);
	}

	@BatchMapping(typeName = "Position")
	Map<Position, Organisation> organisation(List<Position> positions) {
		return Batches.toOne(positions, Position::getOrganisationId, this.organisations::findAllById,
				Organisation::getId);
	}

	@BatchMapping(typeName = "Position")
	Map<Position, Country> country(List<Position> positions) {
		return Batches.toOne(positions, Position::getCountryId, this.countries::findAllById, Country::getId);
	}

	@BatchMapping(typeName = "Position", field = "evidence")
	Map<Position, List<Evidence>> positionEvidence(List<Position> positions) {
		return this.evidence.of(RecordType.POSITION, positions, Position::getId);
	}

}
