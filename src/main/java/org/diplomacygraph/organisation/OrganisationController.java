package org.diplomacygraph.organisation;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.paging.Batches;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.Filter;
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

/** Organisations: the root connection and the fields of {@code Organisation}, each loaded for a whole batch. */
@Controller
class OrganisationController {

	private static final String COUNTRY = "Organisation.country";

	private final KeysetPager pager;

	private final OrganisationRepository organisations;

	private final CountryRepository countries;

	private final EvidenceLookup evidence;

	OrganisationController(KeysetPager pager, OrganisationRepository organisations, CountryRepository countries,
			EvidenceLookup evidence, BatchLoaderRegistry registry) {
		this.pager = pager;
		this.organisations = organisations;
		this.countries = countries;
		this.evidence = evidence;
		registry.<Organisation, Country>forName(COUNTRY)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Batches.toOne(keys,
					Organisation::getCountryId, this.countries::findAllById, Country::getId)));
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before, @Argument OrganisationFilter filter, @Argument OrganisationOrder orderBy,
			DataFetchingEnvironment env) {
		Ordering<Organisation> ordering = OrganisationOrder.toOrdering(orderBy);
		Page page = Page.of(first, after, last, before, ordering);
		Filter<Organisation> where = (filter != null) ? filter.toFilter("filter") : Filter.none();
		return this.pager.page(Organisation.class, where, ordering, page,
				env.getSelectionSet().contains("totalCount"));
	}

	@BatchMapping(typeName = "Organisation", field = "aliases")
	Map<Organisation, List<String>> organisationAliases(List<Organisation> organisations) {
		return Batches.fromRows(organisations, Organisation::getId, this.organisations::findAliases);
	}

	/** The country, served from the organisation when it was loaded joined with it ({@link Preloaded}). */
	@SchemaMapping(typeName = "Organisation")
	Object country(Organisation organisation, DataFetchingEnvironment env) {
		return Preloaded.orLoad(env, COUNTRY, organisation, organisation.getCountryId(), organisation.getCountry());
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, Organisation> parent(List<Organisation> organisations) {
		return Batches.toOne(organisations, Organisation::getParentId, this.organisations::findAllById,
				Organisation::getId);
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Organisation>> children(List<Organisation> organisations) {
		return Batches.toMany(organisations, Organisation::getId,
				this.organisations::findByParentIdInOrderByNameKeyAscIdAsc, Organisation::getParentId);
	}

	@BatchMapping(typeName = "Organisation", field = "evidence")
	Map<Organisation, List<Evidence>> organisationEvidence(List<Organisation> organisations) {
		return this.evidence.of(RecordType.ORGANISATION, organisations, Organisation::getId);
	}

}
