package org.diplomacygraph.place;

import java.util.List;
import java.util.Map;

import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.Evidence.SubjectType;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.model.Batches;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The relationship fields of {@code Place} and {@code Country}, each loaded for a whole batch at once. */
@Controller
class PlaceController {

	private final PlaceRepository places;

	private final CountryRepository countries;

	private final EvidenceLookup evidence;

	PlaceController(PlaceRepository places, CountryRepository countries, EvidenceLookup evidence) {
		this.places = places;
		this.countries = countries;
		this.evidence = evidence;
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
		return this.evidence.of(SubjectType.PLACE, places, Place::getId);
	}

	@BatchMapping(typeName = "Country", field = "aliases")
	Map<Country, List<String>> countryAliases(List<Country> countries) {
		return Batches.fromRows(countries, Country::getId, this.countries::findAliases);
	}

	@BatchMapping(typeName = "Country", field = "evidence")
	Map<Country, List<Evidence>> countryEvidence(List<Country> countries) {
		return this.evidence.of(SubjectType.COUNTRY, countries, Country::getId);
	}

}
