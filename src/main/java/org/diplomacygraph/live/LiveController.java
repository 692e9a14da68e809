package org.diplomacygraph.live;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.live.LiveErrors.Code;
import org.diplomacygraph.live.LiveErrors.LiveException;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.Cursor;
import org.diplomacygraph.paging.Page;
import org.diplomacygraph.place.CountryKey;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * The change feed ({@code Query.changes}) and the subscriptions: every change, articles added,
 * meetings and agreements changed. Arguments are checked when the subscription starts (a bad one
 * refuses it before any event); the filters that need the database ({@link LiveFilters}) run per
 * event, off the poller's thread.
 */
@Controller
class LiveController {

	static final int MAX_IDS = 100;

	private final ChangeReader reader;

	private final Subscriptions subscriptions;

	private final LiveFilters filters;

	private final ChangesProperties properties;

	LiveController(ChangeReader reader, Subscriptions subscriptions, LiveFilters filters,
			ChangesProperties properties) {
		this.reader = reader;
		this.subscriptions = subscriptions;
		this.filters = filters;
		this.properties = properties;
	}

	@QueryMapping
	Connection<Change> changes(@Argument String after, @Argument List<RecordType> types, @Argument Integer first,
			DataFetchingEnvironment env) {
		ChangeRelations.noteCaller(env);
		Page page = Page.of(first, after, null, null, Change.ORDER);
		long start = start(page.after(), after);
		List<Change> fetched = this.reader.after(start, typeSet(types), page.size() + 1);
		return Connection.fromFetched(fetched, page, Change.ORDER, null);
	}

	@SubscriptionMapping("changes")
	Flux<Change> changesSubscription(@Argument List<RecordType> types, @Argument List<String> ids,
			@Argument String after, DataFetchingEnvironment env) {
		ChangeRelations.noteCaller(env);
		Long start = (after != null) ? start(Page.of(null, after, null, null, Change.ORDER).after(), after) : null;
		if (ids == null) {
			return this.subscriptions.changes(typeSet(types), (change) -> true, start);
		}
		if (ids.size() > MAX_IDS) {
			throw new BadRequestException("`ids` may hold at most " + MAX_IDS + " IDs, got " + ids.size());
		}
		Set<String> wanted = ConcurrentHashMap.newKeySet();
		for (int i = 0; i < ids.size(); i++) {
			String argument = "ids[" + i + "]";
			InputText.require(ids.get(i), InputText.Field.ID, argument);
			GlobalId id = GlobalId.require(ids.get(i), argument);
			if (RecordType.ofTypeName(id.type()).isEmpty()) {
				throw GlobalId.invalid(ids.get(i), argument);
			}
			wanted.add(GlobalId.encode(id.type(), id.id()));
		}
		return this.subscriptions.changes(typeSet(types), (change) -> {
			if (!wanted.contains(change.id())) {
				return false;
			}
			if (change.replacedBy() != null) {
				// Merged away: the survivor's changes are this node's from now on.
				wanted.add(change.replacedBy());
			}
			return true;
		}, start);
	}

	@SubscriptionMapping
	Flux<Article> articleAdded(@Argument String language) {
		if (language != null) {
			InputText.require(language, InputText.Field.LANGUAGE, "language");
		}
		String wanted = (language != null) ? language.toLowerCase(Locale.ROOT) : null;
		return this.subscriptions
			.changes(EnumSet.of(RecordType.ARTICLE), (change) -> change.kind() == ChangeKind.CREATED, null)
			.concatMap((change) -> Mono.fromCallable(() -> this.filters.article(change.slug()))
				.subscribeOn(Schedulers.boundedElastic()))
			.filter((article) -> wanted == null || article.getLanguage().toLowerCase(Locale.ROOT).equals(wanted));
	}

	@SubscriptionMapping
	Flux<Change> meetingChanged(@Argument String country, @Argument String participant,
			DataFetchingEnvironment env) {
		ChangeRelations.noteCaller(env);
		String code = (country != null) ? CountryKey.code(country, "country") : null;
		String person = (participant != null) ? GlobalId.require(participant, "Person", "participant") : null;
		Flux<Change> changes = this.subscriptions.changes(EnumSet.of(RecordType.MEETING), (change) -> true, null);
		if (code == null && person == null) {
			return changes;
		}
		return changes.concatMap((change) -> Mono
			.fromCallable(() -> this.filters.meetingMatches(change.slug(), code, person))
			.subscribeOn(Schedulers.boundedElastic())
			.filter(Boolean::booleanValue)
			.map((matches) -> change));
	}

	@SubscriptionMapping
	Flux<Change> agreementChanged(@Argument String country, @Argument String party, DataFetchingEnvironment env) {
		ChangeRelations.noteCaller(env);
		String code = (country != null) ? CountryKey.code(country, "country") : null;
		GlobalId partyId = null;
		if (party != null) {
			InputText.require(party, InputText.Field.ID, "party");
			partyId = GlobalId.require(party, "party");
			if (!partyId.type().equals("Organisation") && !partyId.type().equals("Country")) {
				throw new BadRequestException("`party` must be the ID of an organisation or a country, but '" + party
						+ "' is the ID of " + GlobalId.withArticle(partyId.type()));
			}
		}
		Flux<Change> changes = this.subscriptions.changes(EnumSet.of(RecordType.AGREEMENT), (change) -> true, null);
		if (code == null && partyId == null) {
			return changes;
		}
		GlobalId wantedParty = partyId;
		return changes.concatMap((change) -> Mono
			.fromCallable(() -> this.filters.agreementMatches(change.slug(), code, wantedParty))
			.subscribeOn(Schedulers.boundedElastic())
			.filter(Boolean::booleanValue)
			.map((matches) -> change));
	}

	/**
	 * The sequence a cursor stands at; a cursor older than the retention is {@code CURSOR_EXPIRED},
	 * since the changes after it may be gone.
	 */
	private long start(Cursor cursor, String after) {
		if (cursor == null) {
			return 0;
		}
		Instant at;
		try {
			at = Instant.parse(cursor.id());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("`after` is not a valid cursor: '" + InputText.echo(after)
					+ "'; pass a cursor returned by this connection");
		}
		if (at.isBefore(Instant.now().minus(this.properties.retention()))) {
			throw new LiveException(Code.CURSOR_EXPIRED, ("`after` is the cursor of a change of %s, older than the "
					+ "changes kept (`diplomacy.changes.retention`: %s); read the graph afresh, then follow the "
					+ "changes from the newest one").formatted(at, readable(this.properties.retention())));
		}
		return (Long) Change.ORDER.keyOf(cursor, Long.class);
	}

	// As the property is written: 30d, 12h, 90m.
	private static String readable(java.time.Duration duration) {
		if (duration.toHours() % 24 == 0 && duration.toMinutes() % 60 == 0 && duration.toSeconds() % 60 == 0) {
			return duration.toDays() + "d";
		}
		return (duration.toSeconds() % 60 == 0) ? duration.toMinutes() + "m" : duration.toSeconds() + "s";
	}

	private static Set<RecordType> typeSet(List<RecordType> types) {
		return (types == null || types.isEmpty()) ? EnumSet.noneOf(RecordType.class) : EnumSet.copyOf(types);
	}

}
