package org.diplomacygraph.export;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.diplomacygraph.export.Rows.AgreementRow;
import org.diplomacygraph.export.Rows.ArticleRow;
import org.diplomacygraph.export.Rows.CountryRow;
import org.diplomacygraph.export.Rows.EvidenceRow;
import org.diplomacygraph.export.Rows.MeetingRow;
import org.diplomacygraph.export.Rows.OrganisationRow;
import org.diplomacygraph.export.Rows.Owned;
import org.diplomacygraph.export.Rows.ParticipantRow;
import org.diplomacygraph.export.Rows.PartyRow;
import org.diplomacygraph.export.Rows.PersonRow;
import org.diplomacygraph.export.Rows.PlaceRow;
import org.diplomacygraph.export.Rows.PositionRow;
import org.diplomacygraph.export.Rows.SignatoryRow;
import org.diplomacygraph.record.RecordType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.diplomacygraph.export.GraphQueries.group;

/**
 * The JSON-LD documents of a chunk of nodes of one type, with a fixed number of statements per
 * chunk ({@link #statementsPerChunk}): the rows, then each relation and the evidence for the whole
 * chunk. The vocabulary of each type is in {@code src/docs/export.md}.
 */
@Component
class NodeDocuments {

	private final GraphQueries queries;

	NodeDocuments(GraphQueries queries) {
		this.queries = queries;
	}

	/** The document of one node, in a list of one; empty when there is none. */
	@Transactional(readOnly = true)
	List<ObjectNode> one(RecordType type, String slug, LinkedData ld) {
		return chunk(type, Selection.of(List.of(slug)), ld);
	}

	/** The documents of the selected nodes of a type, in slug order for a page. */
	List<ObjectNode> chunk(RecordType type, Selection selection, LinkedData ld) {
		return switch (type) {
			case PERSON -> people(selection, ld);
			case ORGANISATION -> organisations(selection, ld);
			case PLACE -> places(selection, ld);
			case COUNTRY -> countries(selection, ld);
			case MEETING -> meetings(selection, ld);
			case AGREEMENT -> agreements(selection, ld);
			case POSITION -> positions(selection, ld);
			case ARTICLE -> articles(selection, ld);
			default -> throw new IllegalArgumentException("Not a node type: " + type);
		};
	}

	/** The statements a chunk of a type costs when it holds any node (an empty one costs one). */
	static int statementsPerChunk(RecordType type) {
		return switch (type) {
			case PERSON -> 4;
			case ORGANISATION, PLACE, COUNTRY -> 3;
			case MEETING -> 6;
			case AGREEMENT -> 7;
			case POSITION -> 2;
			default -> 1;
		};
	}

	private List<ObjectNode> people(Selection selection, LinkedData ld) {
		List<PersonRow> rows = this.queries.rows(PersonRow.class, "select x.id, x.name, x.nationalityId from Person x",
				selection);
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> ids = rows.stream().map(PersonRow::id).toList();
		Map<String, List<Owned>> aliases = aliases("Person", ids);
		Map<String, List<Owned>> posts = group(this.queries
			.owned("select p.personId, p.id from Position p where p.personId in :ids order by p.personId, p.id", ids),
				Owned::owner);
		Map<String, List<EvidenceRow>> evidence = evidence(RecordType.PERSON, ids);
		return rows.stream().map((row) -> {
			ObjectNode document = ld.document(RecordType.PERSON, row.id(), "Person");
			document.put("name", row.name());
			LinkedData.strings(document, "alternateName", values(aliases.get(row.id())));
			ld.link(document, "nationality", RecordType.COUNTRY, row.nationalityId());
			ld.links(document, "org:hasMembership", RecordType.POSITION, values(posts.get(row.id())));
			ld.provenance(document, evidence.get(row.id()));
			return document;
		}).toList();
	}

	private List<ObjectNode> organisations(Selection selection, LinkedData ld) {
		List<OrganisationRow> rows = this.queries.rows(OrganisationRow.class,
				"select x.id, x.name, x.kind, x.countryId, x.parentId from Organisation x", selection);
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> ids = rows.stream().map(OrganisationRow::id).toList();
		Map<String, List<Owned>> aliases = aliases("Organisation", ids);
		Map<String, List<EvidenceRow>> evidence = evidence(RecordType.ORGANISATION, ids);
		return rows.stream().map((row) -> {
			ObjectNode document = ld.document(RecordType.ORGANISATION, row.id(), "Organization");
			document.put("name", row.name());
			LinkedData.strings(document, "alternateName", values(aliases.get(row.id())));
			document.put("dg:kind", row.kind().name());
			ld.link(document, "location", RecordType.COUNTRY, row.countryId());
			ld.link(document, "parentOrganization", RecordType.ORGANISATION, row.parentId());
			ld.provenance(document, evidence.get(row.id()));
			return document;
		}).toList();
	}

	private List<ObjectNode> places(Selection selection, LinkedData ld) {
		List<PlaceRow> rows = this.queries.rows(PlaceRow.class,
				"select x.id, x.name, x.kind, x.countryId, x.withinId from Place x", selection);
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> ids = rows.stream().map(PlaceRow::id).toList();
		Map<String, List<Owned>> aliases = aliases("Place", ids);
		Map<String, List<EvidenceRow>> evidence = evidence(RecordType.PLACE, ids);
		return rows.stream().map((row) -> {
			ObjectNode document = ld.document(RecordType.PLACE, row.id(), "Place");
			document.put("name", row.name());
			LinkedData.strings(document, "alternateName", values(aliases.get(row.id())));
			document.put("dg:kind", row.kind().name());
			ld.link(document, "containedInPlace", RecordType.PLACE, row.withinId());
			ld.link(document, "dg:country", RecordType.COUNTRY, row.countryId());
			ld.provenance(document, evidence.get(row.id()));
			return document;
		}).toList();
	}

	private List<ObjectNode> countries(Selection selection, LinkedData ld) {
		List<CountryRow> rows = this.queries.rows(CountryRow.class, "select x.id, x.name, x.code from Country x",
				selection);
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> ids = rows.stream().map(CountryRow::id).toList();
		Map<String, List<Owned>> aliases = aliases("Country", ids);
		Map<String, List<EvidenceRow>> evidence = evidence(RecordType.COUNTRY, ids);
		return rows.stream().map((row) -> {
			ObjectNode document = ld.document(RecordType.COUNTRY, row.id(), "Country");
			document.put("name", row.name());
			LinkedData.strings(document, "alternateName", values(aliases.get(row.id())));
			LinkedData.string(document, "dg:countryCode", row.code());
			ld.provenance(document, evidence.get(row.id()));
			return document;
		}).toList();
	}

	private List<ObjectNode> positions(Selection selection, LinkedData ld) {
		List<PositionRow> rows = this.queries.rows(PositionRow.class, "select x.id, x.personId, x.title,"
				+ " x.organisationId, x.countryId, x.from.text, x.until.text from Position x", selection);
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, List<EvidenceRow>> evidence = evidence(RecordType.POSITION,
				rows.stream().map(PositionRow::id).toList());
		return rows.stream().map((row) -> {
			ObjectNode document = ld.document(RecordType.POSITION, row.id(), "org:Membership", "Role");
			document.put("roleName", row.title());
			ld.link(document, "org:member", RecordType.PERSON, row.personId());
			ld.link(document, "org:organization", RecordType.ORGANISATION, row.organisationId());
			ld.link(document, "dg:headOf", RecordType.COUNTRY, row.countryId());
			LinkedData.date(document, "startDate", row.from());
			LinkedData.date(document, "endDate", row.until());
			ld.provenance(document, evidence.get(row.id()));
			return document;
		}).toList();
	}

	private List<ObjectNode> meetings(Selection selection, LinkedData ld) {
		List<MeetingRow> rows = this.queries.rows(MeetingRow.class, "select x.id, x.title, x.kind, x.date.text,"
				+ " x.endDate.text, x.placeId, x.countryId, x.partOfId from Meeting x", selection);
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> ids = rows.stream().map(MeetingRow::id).toList();
		Map<String, List<Owned>> topics = group(this.queries.owned(
				"select x.id, t from Meeting x join x.topics t where x.id in :ids order by x.id, index(t)", ids),
				Owned::owner);
		Map<String, List<Owned>> organisations = group(this.queries.owned(
				"select x.id, o.id from Meeting x join x.organisations o where x.id in :ids order by x.id, o.id", ids),
				Owned::owner);
		Map<String, List<ParticipantRow>> participants = group(this.queries.related(ParticipantRow.class,
				"select p.id, p.meetingId, p.personId, p.role, p.capacityId from Participant p"
						+ " where p.meetingId in :ids order by p.meetingId, p.id", ids),
				ParticipantRow::meetingId);
		Map<String, List<EvidenceRow>> evidence = evidence(RecordType.MEETING, ids);
		Map<String, List<EvidenceRow>> participantEvidence = group(this.queries.relationEvidence(RecordType.PARTICIPANT,
				"select p.id from Participant p where p.meetingId in :ids", ids), EvidenceRow::subjectId);
		return rows.stream().map((row) -> {
			ObjectNode document = ld.document(RecordType.MEETING, row.id(), "Event");
			document.put("name", row.title());
			document.put("dg:kind", row.kind().name());
			LinkedData.date(document, "startDate", row.date());
			LinkedData.date(document, "endDate", row.endDate());
			ld.link(document, "location", RecordType.PLACE, row.placeId());
			ld.link(document, "dg:country", RecordType.COUNTRY, row.countryId());
			ld.link(document, "superEvent", RecordType.MEETING, row.partOfId());
			LinkedData.strings(document, "keywords", values(topics.get(row.id())));
			ArrayNode attendees = document.putArray("attendee");
			for (ParticipantRow participant : participants.getOrDefault(row.id(), List.of())) {
				ObjectNode role = attendees.addObject();
				role.put("@type", "Role");
				role.put("roleName", participant.role().name());
				role.set("attendee", ld.reference(RecordType.PERSON, participant.personId()));
				ld.link(role, "dg:capacity", RecordType.POSITION, participant.capacityId());
				ld.provenance(role, participantEvidence.get(participant.id()));
			}
			values(organisations.get(row.id()))
				.forEach((organisation) -> attendees.add(ld.reference(RecordType.ORGANISATION, organisation)));
			if (attendees.isEmpty()) {
				document.remove("attendee");
			}
			ld.provenance(document, evidence.get(row.id()));
			return document;
		}).toList();
	}

	private List<ObjectNode> agreements(Selection selection, LinkedData ld) {
		return new AgreementDocuments(this.queries).chunk(selection, ld);
	}

	private List<ObjectNode> articles(Selection selection, LinkedData ld) {
		List<ArticleRow> rows = this.queries.rows(ArticleRow.class, "select x.id, x.title, x.publisher,"
				+ " x.publishedOn.text, x.language, x.url, x.text from Article x", selection);
		return rows.stream().map((row) -> {
			ObjectNode document = ld.document(RecordType.ARTICLE, row.id(), "NewsArticle");
			LinkedData.string(document, "headline", row.title());
			if (row.publisher() != null) {
				document.set("publisher", LinkedData.object().put("@type", "Organization").put("name", row.publisher()));
			}
			LinkedData.date(document, "datePublished", row.publishedOn());
			LinkedData.string(document, "inLanguage", row.language());
			if (row.url() != null) {
				document.set("url", LinkedData.object().put("@id", row.url()));
			}
			document.put("articleBody", row.text());
			return document;
		}).toList();
	}

	private Map<String, List<Owned>> aliases(String entity, List<String> ids) {
		return group(this.queries.owned("select x.id, a from " + entity
				+ " x join x.aliases a where x.id in :ids order by x.id, index(a)", ids), Owned::owner);
	}

	private Map<String, List<EvidenceRow>> evidence(RecordType type, List<String> ids) {
		return group(this.queries.evidence(type, ids), EvidenceRow::subjectId);
	}

	static List<String> values(List<Owned> owned) {
		return (owned != null) ? owned.stream().map(Owned::value).toList() : List.of();
	}

}
