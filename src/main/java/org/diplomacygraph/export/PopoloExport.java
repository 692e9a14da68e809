package org.diplomacygraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.diplomacygraph.export.PopoloRecords.Area;
import org.diplomacygraph.export.PopoloRecords.Identifier;
import org.diplomacygraph.export.PopoloRecords.Link;
import org.diplomacygraph.export.PopoloRecords.Membership;
import org.diplomacygraph.export.PopoloRecords.Organization;
import org.diplomacygraph.export.PopoloRecords.OtherName;
import org.diplomacygraph.export.PopoloRecords.Person;
import org.diplomacygraph.export.PopoloRecords.Post;
import org.diplomacygraph.export.PopoloRecords.Source;
import org.diplomacygraph.export.Rows.CountryRow;
import org.diplomacygraph.export.Rows.OrganisationRow;
import org.diplomacygraph.export.Rows.Owned;
import org.diplomacygraph.export.Rows.PersonRow;
import org.diplomacygraph.export.Rows.PositionRow;
import org.diplomacygraph.export.Rows.PostRow;
import org.diplomacygraph.export.Rows.SourceRow;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.diplomacygraph.export.GraphQueries.group;

/**
 * People, organisations and posts as one Popolo document ({@code persons}, {@code organizations},
 * {@code areas} (the countries), {@code posts}, {@code memberships}), streamed in keyset chunks like
 * the NDJSON dump, in one read-only transaction. IDs are the GraphQL API's global IDs; a membership
 * is a post a person holds (its ID is the post's global ID), a Popolo post is a title at an
 * organisation or at the head of a country; every quote is a source (the article's URL and the quote).
 */
@Component
class PopoloExport {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private final GraphQueries queries;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	PopoloExport(GraphQueries queries, JsonMapper json, PlatformTransactionManager transactions) {
		this.queries = queries;
		this.json = json;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setReadOnly(true);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	void write(OutputStream out, int chunkSize, LinkedData ld) {
		this.transactions.executeWithoutResult((status) -> {
			try (JsonGenerator generator = this.json.createGenerator(out)) {
				generator.writeStartObject();
				generator.writeArrayPropertyStart("persons");
				pages(chunkSize, (page) -> this.queries.rows(PersonRow.class,
						"select x.id, x.name, x.nationalityId from Person x", page), PersonRow::id,
						(rows) -> people(rows, ld).forEach(generator::writePOJO));
				generator.writeEndArray();
				generator.writeArrayPropertyStart("organizations");
				pages(chunkSize, (page) -> this.queries.rows(OrganisationRow.class,
						"select x.id, x.name, x.kind, x.countryId, x.parentId from Organisation x", page),
						OrganisationRow::id, (rows) -> organisations(rows, ld).forEach(generator::writePOJO));
				generator.writeEndArray();
				generator.writeArrayPropertyStart("areas");
				pages(chunkSize, (page) -> this.queries.rows(CountryRow.class, "select x.id, x.name, x.code from Country x",
						page), CountryRow::id, (rows) -> countries(rows, ld).forEach(generator::writePOJO));
				generator.writeEndArray();
				generator.writeArrayPropertyStart("posts");
				try (Stream<PostRow> posts = this.queries.posts(chunkSize)) {
					posts.forEach((post) -> generator.writePOJO(new Post(postId(post), post.title(), post.title(),
							global(RecordType.ORGANISATION, post.organisationId()),
							global(RecordType.COUNTRY, post.countryId()))));
				}
				generator.writeEndArray();
				generator.writeArrayPropertyStart("memberships");
				pages(chunkSize, (page) -> this.queries.rows(PositionRow.class, "select x.id, x.personId, x.title,"
						+ " x.organisationId, x.countryId, x.from.text, x.until.text from Position x", page),
						PositionRow::id, (rows) -> memberships(rows, ld).forEach(generator::writePOJO));
				generator.writeEndArray();
				generator.writeEndObject();
			}
		});
	}

	private List<Person> people(List<PersonRow> rows, LinkedData ld) {
		List<String> ids = rows.stream().map(PersonRow::id).toList();
		Map<String, List<Owned>> aliases = aliases("Person", ids);
		Map<String, List<SourceRow>> sources = sources(RecordType.PERSON, ids);
		return rows.stream()
			.map((row) -> new Person(global(RecordType.PERSON, row.id()), row.name(), otherNames(aliases.get(row.id())),
					null, links(ld, RecordType.PERSON, row.id()), sources(sources.get(row.id()), ld)))
			.toList();
	}

	private List<Organization> organisations(List<OrganisationRow> rows, LinkedData ld) {
		List<String> ids = rows.stream().map(OrganisationRow::id).toList();
		Map<String, List<Owned>> aliases = aliases("Organisation", ids);
		Map<String, List<SourceRow>> sources = sources(RecordType.ORGANISATION, ids);
		return rows.stream()
			.map((row) -> new Organization(global(RecordType.ORGANISATION, row.id()), row.name(),
					otherNames(aliases.get(row.id())), row.kind().name().toLowerCase(Locale.ROOT),
					global(RecordType.ORGANISATION, row.parentId()), global(RecordType.COUNTRY, row.countryId()),
					links(ld, RecordType.ORGANISATION, row.id()), sources(sources.get(row.id()), ld)))
			.toList();
	}

	private List<Area> countries(List<CountryRow> rows, LinkedData ld) {
		List<String> ids = rows.stream().map(CountryRow::id).toList();
		Map<String, List<Owned>> aliases = aliases("Country", ids);
		Map<String, List<SourceRow>> sources = sources(RecordType.COUNTRY, ids);
		return rows.stream()
			.map((row) -> new Area(global(RecordType.COUNTRY, row.id()), row.name(), otherNames(aliases.get(row.id())),
					"country",
					(row.code() != null) ? List.of(new Identifier("iso_3166_1_alpha_2", row.code())) : List.of(),
					links(ld, RecordType.COUNTRY, row.id()), sources(sources.get(row.id()), ld)))
			.toList();
	}

	private List<Membership> memberships(List<PositionRow> rows, LinkedData ld) {
		Map<String, List<SourceRow>> sources = sources(RecordType.POSITION, rows.stream().map(PositionRow::id).toList());
		return rows.stream()
			.map((row) -> new Membership(global(RecordType.POSITION, row.id()), row.title(), row.title(),
					global(RecordType.PERSON, row.personId()), global(RecordType.ORGANISATION, row.organisationId()),
					global(RecordType.COUNTRY, row.countryId()),
					postId(new PostRow(row.organisationId(), row.countryId(), row.title())), iso(row.from()),
					iso(row.until()), links(ld, RecordType.POSITION, row.id()), sources(sources.get(row.id()), ld)))
			.toList();
	}

	/** Reads keyset pages until one is short, handing each non-empty page on, clearing between pages. */
	private <T> void pages(int size, Function<Selection, List<T>> reader, Function<T, String> slug,
			Consumer<List<T>> consumer) {
		Selection page = Selection.firstPage(size);
		while (page != null) {
			List<T> rows = reader.apply(page);
			if (!rows.isEmpty()) {
				consumer.accept(rows);
			}
			this.queries.clear();
			page = (rows.size() < size) ? null : page.next(slug.apply(rows.get(rows.size() - 1)));
		}
	}

	private Map<String, List<Owned>> aliases(String entity, List<String> ids) {
		return group(this.queries.owned("select x.id, a from " + entity
				+ " x join x.aliases a where x.id in :ids order by x.id, index(a)", ids), Owned::owner);
	}

	private Map<String, List<SourceRow>> sources(RecordType type, List<String> ids) {
		return group(this.queries.sources(type, ids), SourceRow::subjectId);
	}

	/** The distinct sources of a record: the article's own URL (else its node's URL) with the quote. */
	private static List<Source> sources(List<SourceRow> rows, LinkedData ld) {
		if (rows == null) {
			return List.of();
		}
		Set<Source> sources = new LinkedHashSet<>();
		for (SourceRow row : rows) {
			sources.add(new Source((row.url() != null) ? row.url() : ld.iri(RecordType.ARTICLE, row.articleId()),
					row.quote()));
		}
		return new ArrayList<>(sources);
	}

	private static List<OtherName> otherNames(List<Owned> aliases) {
		return NodeDocuments.values(aliases).stream().map(OtherName::new).toList();
	}

	private static List<Link> links(LinkedData ld, RecordType type, String slug) {
		return List.of(new Link(ld.iri(type, slug), "JSON-LD with provenance"));
	}

	/** A post: the holder's global ID and the title, e.g. {@code T3JnYW5pc2F0aW9uOmNwdg/General Secretary}. */
	static String postId(PostRow post) {
		if (post.organisationId() == null && post.countryId() == null) {
			return null;
		}
		return (post.organisationId() != null) ? global(RecordType.ORGANISATION, post.organisationId()) + "/" + post.title()
				: global(RecordType.COUNTRY, post.countryId()) + "/" + post.title();
	}

	private static String global(RecordType type, String slug) {
		return (slug != null) ? GlobalId.encode(type.typeName(), slug) : null;
	}

	/** A date Popolo takes (ISO 8601: a year, a month or a day); a day without a year is left out. */
	private static String iso(String date) {
		return (date != null && ISO_DATE.matcher(date).matches()) ? date : null;
	}

}
