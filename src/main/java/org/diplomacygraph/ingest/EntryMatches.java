package org.diplomacygraph.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.ingest.AnnotationFile.AgreementEntry;
import org.diplomacygraph.ingest.AnnotationFile.MeetingEntry;
import org.diplomacygraph.ingest.AnnotationFile.OrganisationEntry;
import org.diplomacygraph.ingest.AnnotationFile.ParticipantEntry;
import org.diplomacygraph.ingest.AnnotationFile.PartyEntry;
import org.diplomacygraph.ingest.AnnotationFile.PersonEntry;
import org.diplomacygraph.ingest.AnnotationFile.PlaceEntry;
import org.diplomacygraph.ingest.AnnotationFile.PositionEntry;
import org.diplomacygraph.match.AgreementQuery;
import org.diplomacygraph.match.EntityQuery;
import org.diplomacygraph.match.Matcher;
import org.diplomacygraph.match.MeetingQuery;
import org.diplomacygraph.match.PostQuery;
import org.diplomacygraph.match.Ranking;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.PartialDate;

/**
 * What the {@link Matcher} finds for an entry of an ingest input that names no {@code id}: the
 * entry's description turned into the matcher's query, its references (keys of this input or
 * global IDs) as the slugs of the stored records they are, those not stored (new, or not valid)
 * left out. A kind or date that is not valid is left out too: its user error comes from the checks.
 */
final class EntryMatches {

	/** The most candidates an entry shows. */
	static final int CANDIDATES = 5;

	private final Matcher matcher;

	/** A reference's stored slug, or null (new, unknown or invalid). */
	private final BiFunction<RecordType, String, String> stored;

	EntryMatches(Matcher matcher, BiFunction<RecordType, String, String> stored) {
		this.matcher = matcher;
		this.stored = stored;
	}

	Ranking person(PersonEntry person) {
		Set<String> organisations = refs(RecordType.ORGANISATION,
				person.positions().stream().map(PositionEntry::organisation).toList());
		return this.matcher.entities(EntityQuery.person(InputText.normalise(person.name()), names(person.aliases()),
				this.stored.apply(RecordType.COUNTRY, person.nationality()), organisations), CANDIDATES);
	}

	Ranking organisation(OrganisationEntry organisation) {
		return this.matcher.entities(EntityQuery.organisation(InputText.normalise(organisation.name()),
				names(organisation.aliases()), kind(Organisation.Kind.class, organisation.kind()),
				this.stored.apply(RecordType.COUNTRY, organisation.country()),
				this.stored.apply(RecordType.ORGANISATION, organisation.parent())), CANDIDATES);
	}

	Ranking place(PlaceEntry place) {
		return this.matcher.entities(EntityQuery.place(InputText.normalise(place.name()), names(place.aliases()),
				kind(Place.Kind.class, place.kind()), this.stored.apply(RecordType.COUNTRY, place.country()),
				this.stored.apply(RecordType.PLACE, place.within())), CANDIDATES);
	}

	/** Among the posts of a stored person (by slug). */
	Ranking post(String person, PositionEntry post) {
		return this.matcher.posts(new PostQuery(person, post.title(),
				this.stored.apply(RecordType.ORGANISATION, post.organisation()),
				this.stored.apply(RecordType.COUNTRY, post.country()), date(post.from()), date(post.until())),
				CANDIDATES);
	}

	Ranking meeting(MeetingEntry meeting) {
		return this.matcher.meetings(new MeetingQuery(meeting.title(), kind(Meeting.Kind.class, meeting.kind()),
				date(meeting.date()), date(meeting.endDate()), this.stored.apply(RecordType.PLACE, meeting.place()),
				this.stored.apply(RecordType.COUNTRY, meeting.country()),
				refs(RecordType.PERSON, meeting.participants().stream().map(ParticipantEntry::person).toList()),
				refs(RecordType.ORGANISATION, meeting.organisations())), CANDIDATES);
	}

	Ranking agreement(AgreementEntry agreement) {
		return this.matcher.agreements(new AgreementQuery(agreement.title(),
				kind(Agreement.Kind.class, agreement.kind()), date(agreement.signedOn()), date(agreement.validFrom()),
				date(agreement.validUntil()),
				refs(RecordType.ORGANISATION, agreement.parties().stream().map(PartyEntry::organisation).toList()),
				refs(RecordType.COUNTRY, agreement.parties().stream().map(PartyEntry::country).toList()),
				this.stored.apply(RecordType.MEETING, agreement.meeting())), CANDIDATES);
	}

	private Set<String> refs(RecordType type, List<String> values) {
		Set<String> slugs = new LinkedHashSet<>();
		values.stream().map((value) -> this.stored.apply(type, value)).filter(Objects::nonNull).forEach(slugs::add);
		return slugs;
	}

	private static List<String> names(List<String> aliases) {
		return aliases.stream().filter((alias) -> !InputText.isBlank(alias)).map(InputText::normalise).toList();
	}

	private static <K extends Enum<K>> K kind(Class<K> type, String value) {
		for (K constant : type.getEnumConstants()) {
			if (Checks.slugOf(constant).equals(value)) {
				return constant;
			}
		}
		return null;
	}

	private static PartialDate date(String value) {
		if (value == null) {
			return null;
		}
		try {
			return PartialDate.parse(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
