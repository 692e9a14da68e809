package org.diplomacygraph.export;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;

/**
 * The typed rows the export reads: JPQL projections (no entity is loaded, so a chunk leaves nothing
 * in the persistence context). Dates are the partial dates' text as written ({@code 2023},
 * {@code 2023-06}, {@code 2023-06-09}, {@code --06-24}).
 */
final class Rows {

	private Rows() {
	}

	record PersonRow(String id, String name, String nationalityId) {
	}

	record OrganisationRow(String id, String name, Organisation.Kind kind, String countryId, String parentId) {
	}

	record PlaceRow(String id, String name, Place.Kind kind, String countryId, String withinId) {
	}

	record CountryRow(String id, String name, String code) {
	}

	/** A post a person holds: the title at an organisation, or at the head of a country. */
	record PositionRow(String id, String personId, String title, String organisationId, String countryId, String from,
			String until) {
	}

	record MeetingRow(String id, String title, Meeting.Kind kind, String date, String endDate, String placeId,
			String countryId, String partOfId) {
	}

	record AgreementRow(String id, String title, Agreement.Kind kind, Agreement.Status status, String signedOn,
			String validFrom, String validUntil, String meetingId) {
	}

	record ArticleRow(String id, String title, String publisher, String publishedOn, String language, String url,
			String text) {
	}

	/** A value of a record: an alias, a topic, a field, the ID of a related record. */
	record Owned(String owner, String value) {
	}

	record ParticipantRow(String id, String meetingId, String personId, Participant.Role role, String capacityId) {
	}

	record PartyRow(String id, String agreementId, String organisationId, String countryId) {
	}

	record SignatoryRow(String id, String agreementId, String personId, String capacityId) {
	}

	/** One quote of an article supporting one aspect of a subject (a node or a relation). */
	record EvidenceRow(RecordType subjectType, String subjectId, Evidence.Aspect aspect, String quote, int start,
			int end, String articleId) {
	}

	/** Evidence with its article's own URL (null when the article has none), for Popolo's sources. */
	record SourceRow(String subjectId, String quote, String articleId, String url) {
	}

	/** A distinct Popolo post: a title at an organisation or at the head of a country. */
	record PostRow(String organisationId, String countryId, String title) {
	}

}
