package org.diplomacygraph.place;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.paging.Batches;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.KeysetPager;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.paging.Page;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Places and countries: the root connections, a country by its code, and the relationship fields of
 * {@code Place} and {@code Country}, each loaded for a whole batch at once.
 */
@Controller
class PlaceController {

	private final KeysetPager pager;

	private final PlaceRepository places;

	private final CountryRepository countries;

	private final EvidenceLookup evidence;

	PlaceController(KeysetPager pager, PlaceRepository places, CountryRepository countries, EvidenceLookup evidence) {
		this.pager = pager;
		this.places = places;
		this.countries = countries;
		this.evidence = evidence;
	}

	@QueryMapping
	Connection<Place> places(@Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before, @Argument PlaceFilter filter, @Argument PlaceOrder orderBy,
			DataFetchingEnvironment env) {
		Ordering<Place> ordering = PlaceOrder.toOrdering(orderBy);
		Page page = Page.of(first, after, last, before, ordering);
		Filter<Place> where = (filter != null) ? filter.toFilter("filter") : Filter.none();
		return this.pager.page(Place.class, where, ordering, page, env.getSelectionSet().contains("totalCount"));
	}

	@QueryMapping
	Connection<Country> countries(@Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before, @Argument CountryFilter filter, @Argument CountryOrder orderBy,
			DataFetchingEnvironment env) {
		Ordering<Country> ordering = CountryOrder.toOrdering(orderBy);
		Page page = Page.of(first, after, last, before, ordering);
		Filter<Country> where = (filter != null) ? filter.toFilter("filter") : Filter.none();
		return this.pager.page(Country.class, where, ordering, page, env.getSelectionSet().contains("totalCount"));
	}

	/** The country with the code (of the smallest ID, should two share it); an unknown code is NOT_FOUND. */
	@QueryMapping
	Country country(@Argument String code) {
		String upper = CountryKey.code(code, "code");
		return this.countries.findFirstByCodeOrderById(upper)
			.orElseThrow(() -> new NotFoundException("Could not resolve to a Country with the code '" + upper + "'"));
	}

	@BatchMapping(typeName = "Place", field = "aliases")
	Map<Place, List<String>> placeAliases(List<Place> places) {
		return Batches.fromRows(places, Place::getId, this.places::findAliases);
	}

	@BatchMapping(typeName = "Place")
	Map<Place, Country> country(List<Place> places) {
		return Batches.toOne(places, Place::getCountryId, this.countries::findAllById, Country::getId);
	}

	@BatchMapping(typeName = "Place")
	Map<Place, Place> within(List<Place> places) {
		return Batches.toOne(places, Place::getWithinId, this.places::findAllById, Place::getId);
	}

	@BatchMapping(typeName = "Place", field = "evidence")
	Map<Place, List<Evidence>> placeEvidence(List<Place> places) {
		return this.evidence.of(RecordType.PLACE, places, Place::getId);
	}

	@BatchMapping(typeName = "Country", field = "aliases")
	Map<Country, List<String>> countryAliases(List<Country> countries) {
		return Batches.fromRows(countries, Country::getId, this.countries::findAliases);
	}

	@BatchMapping(typeName = "Country", field = "evidence")
	Map<Country, List<Evidence>> countryEvidence(List<Country> countries) {
		return this.evidence.of(RecordType.COUNTRY, countries, Country::getId);
	}

}
