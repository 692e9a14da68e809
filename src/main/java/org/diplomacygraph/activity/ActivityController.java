package org.diplomacygraph.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.diplomacygraph.agreement.AgreementPartyRepository;
import org.diplomacygraph.agreement.AgreementRepository;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.MeetingFilter;
import org.diplomacygraph.meeting.MeetingOrder;
import org.diplomacygraph.meeting.MeetingRepository;
import org.diplomacygraph.meeting.RelatedMeetings;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.NestedConnection;
import org.diplomacygraph.paging.Page;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.CountryRepository;
import org.diplomacygraph.values.BadRequestException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Counts a list cannot give: meetings and agreements per year and per pair of countries, and the
 * meetings behind a pair's count, a connection loaded for all the pairs of a response at once.
 */
@Controller
class ActivityController {

	private static final String COUNTRY_PAIR_MEETINGS = "countryPairMeetings";

	private final MeetingRepository meetings;

	private final AgreementRepository agreements;

	private final AgreementPartyRepository parties;

	private final CountryRepository countries;

	ActivityController(MeetingRepository meetings, AgreementRepository agreements, AgreementPartyRepository parties,
			CountryRepository countries, RelatedMeetings related, BatchLoaderRegistry registry) {
		this.meetings = meetings;
		this.agreements = agreements;
		this.parties = parties;
		this.countries = countries;
		registry.<NestedConnection<MeetingFilter, MeetingOrder>, Connection<Meeting>>forName(COUNTRY_PAIR_MEETINGS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> NestedConnection.load(keys,
					(pairs, filter) -> related.ofCountryPairs(pairs, toFilter(filter)), MeetingOrder::toOrdering)));
	}

	@QueryMapping
	List<YearActivity> activityByYear(@Argument Integer from, @Argument Integer to) {
		if (from != null && to != null && to < from) {
			throw new BadRequestException("`to` (" + to + ") must not be before `from` (" + from + ")");
		}
		Map<Integer, int[]> years = new TreeMap<>();
		this.meetings.countByYear().forEach((row) -> counts(years, row.year())[0] += (int) row.count());
		this.agreements.countByYear().forEach((row) -> counts(years, row.year())[1] += (int) row.count());
		return years.entrySet()
			.stream()
			.filter((year) -> (from == null || year.getKey() >= from) && (to == null || year.getKey() <= to))
			.map((year) -> new YearActivity(year.getKey(), year.getValue()[0], year.getValue()[1]))
			.toList();
	}

	@QueryMapping
	List<CountryPairActivity> activityByCountryPair() {
		Map<List<String>, int[]> pairs = new TreeMap<>(Comparator.comparing((List<String> pair) -> pair.get(0))
			.thenComparing((pair) -> pair.get(1)));
		this.meetings.countByCountryPair()
			.forEach((row) -> counts(pairs, row.country(), row.other())[0] += (int) row.count());
		this.parties.countByCountryPair()
			.forEach((row) -> counts(pairs, row.country(), row.other())[1] += (int) row.count());
		Set<String> ids = new HashSet<>();
		pairs.keySet().forEach(ids::addAll);
		Map<String, Country> byId = this.countries.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Country::getId, Function.identity()));
		List<CountryPairActivity> activity = new ArrayList<>();
		pairs.forEach((pair, counts) -> {
			List<Country> two = pair.stream().map(byId::get).sorted(Comparator.comparing(Country::getName)).toList();
			activity.add(new CountryPairActivity(two, counts[0], counts[1]));
		});
		activity.sort(Comparator.comparing((CountryPairActivity pair) -> pair.meetings() + pair.agreements())
			.reversed()
			.thenComparing((pair) -> pair.countries().get(0).getName())
			.thenComparing((pair) -> pair.countries().get(1).getName()));
		return activity;
	}

	/** The meetings behind a pair's count: at which both countries were represented. */
	@SchemaMapping(typeName = "CountryPairActivity", field = "meetingsBetween")
	CompletableFuture<Connection<Meeting>> meetingsBetween(CountryPairActivity pair, @Argument Integer first,
			@Argument String after, @Argument Integer last, @Argument String before, @Argument MeetingFilter filter,
			@Argument MeetingOrder orderBy, DataFetchingEnvironment env) {
		// Checked here, so that a bad argument is reported at this field's path.
		Page page = Page.of(first, after, last, before, MeetingOrder.toOrdering(orderBy));
		toFilter(filter);
		DataLoader<NestedConnection<MeetingFilter, MeetingOrder>, Connection<Meeting>> loader = env
			.getDataLoader(COUNTRY_PAIR_MEETINGS);
		return loader.load(new NestedConnection<>(pair.key(), filter, orderBy, page));
	}

	private static Filter<Meeting> toFilter(MeetingFilter filter) {
		return (filter != null) ? filter.toFilter("filter") : Filter.none();
	}

	private static int[] counts(Map<Integer, int[]> years, int year) {
		return years.computeIfAbsent(year, (key) -> new int[2]);
	}

	private static int[] counts(Map<List<String>, int[]> pairs, String country, String other) {
		return pairs.computeIfAbsent(List.of(country, other), (key) -> new int[2]);
	}

	/** Activity in one year. */
	record YearActivity(int year, int meetings, int agreements) {
	}

	/** Activity between two countries, named in alphabetical order. */
	record CountryPairActivity(List<Country> countries, int meetings, int agreements) {

		/** The pair as {@code RelatedMeetings#ofCountryPairs} names it: the two slugs, the smaller first. */
		String key() {
			return this.countries.stream().map(Country::getId).sorted().collect(Collectors.joining(" "));
		}

	}

}
