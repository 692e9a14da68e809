package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.propose.ArticleDraft.AgreementDraft;
import org.diplomacygraph.propose.ArticleDraft.EvidenceDraft;
import org.diplomacygraph.propose.ArticleDraft.MeetingDraft;
import org.diplomacygraph.propose.ArticleDraft.OrganisationDraft;
import org.diplomacygraph.propose.ArticleDraft.ParticipantDraft;
import org.diplomacygraph.propose.ArticleDraft.PartyDraft;
import org.diplomacygraph.propose.ArticleDraft.PersonDraft;
import org.diplomacygraph.propose.ArticleDraft.PlaceDraft;
import org.diplomacygraph.propose.ArticleDraft.PositionDraft;
import org.diplomacygraph.propose.Cast.Entry;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.Names;

/**
 * Writes what the rules found as a draft in the shape of {@code IngestArticleInput}: an entry per
 * person, organisation and place with a key (the slug of its name), the global ID of a stored one,
 * the spellings the text uses as aliases and quotes as evidence; posts, meetings and agreements
 * referring to entries by key and to countries by ID.
 */
final class DraftAssembler {

	private static final int MAX_QUOTES = 3;

	private static final int MAX_TITLE = 500;

	private final Quotes quotes;

	private final Cast cast;

	private final Map<Entry, String> keys = new IdentityHashMap<>();

	private final Map<Cast.Post, String> postKeys = new IdentityHashMap<>();

	private final Set<String> used = new HashSet<>();

	DraftAssembler(Quotes quotes, Cast cast) {
		this.quotes = quotes;
		this.cast = cast;
		for (Entry entry : cast.entries()) {
			if (entry.type != RecordType.COUNTRY) {
				this.keys.put(entry, unique(entry.type.noun(), slug((entry.stored != null) ? entry.stored.id() : entry.name)));
			}
		}
	}

	/** The key of an entry in the draft; null for a country. */
	String key(Entry entry) {
		return this.keys.get(entry);
	}

	List<PersonDraft> people() {
		List<PersonDraft> people = new ArrayList<>();
		for (Entry person : this.cast.entries(RecordType.PERSON)) {
			String key = key(person);
			List<PositionDraft> positions = new ArrayList<>();
			for (Cast.Post post : person.posts) {
				String postKey = unique("post", key + "/" + slug((post.stored != null) ? post.stored.title() : post.title));
				this.postKeys.put(post, postKey);
				List<EvidenceDraft> evidence = evidence(List.of(new int[] { post.start, post.end }));
				if (post.stored != null) {
					positions.add(new PositionDraft(GlobalId.encode("Position", post.stored.id()), postKey, null, null, null,
							null, null, List.of(), evidence));
				}
				else {
					positions.add(new PositionDraft(null, postKey, post.title,
							(post.organisation != null) ? key(post.organisation) : null, countryId(post.country), null,
							null, List.of(), evidence));
				}
			}
			people.add(new PersonDraft(id(person), key, (person.stored != null) ? null : person.name, aliases(person),
					(person.stored != null) ? null : countryId(person.country), entityEvidence(person), positions));
		}
		return people;
	}

	List<OrganisationDraft> organisations() {
		List<OrganisationDraft> organisations = new ArrayList<>();
		for (Entry entry : this.cast.entries(RecordType.ORGANISATION)) {
			boolean stored = entry.stored != null;
			organisations.add(new OrganisationDraft(id(entry), key(entry), stored ? null : entry.name, aliases(entry),
					stored ? null : entry.kind, stored ? null : countryId(entry.country),
					(stored || entry.parent == null) ? null : key(entry.parent), entityEvidence(entry)));
		}
		return organisations;
	}

	List<PlaceDraft> places() {
		List<PlaceDraft> places = new ArrayList<>();
		for (Entry entry : this.cast.entries(RecordType.PLACE)) {
			boolean stored = entry.stored != null;
			places.add(new PlaceDraft(id(entry), key(entry), stored ? null : entry.name, aliases(entry),
					stored ? null : entry.kind, stored ? null : countryId(entry.country), null, entityEvidence(entry)));
		}
		return places;
	}

	List<MeetingDraft> meetings(List<Meetings.Meeting> meetings, Map<Meetings.Meeting, String> meetingKeys) {
		List<MeetingDraft> drafts = new ArrayList<>();
		for (Meetings.Meeting meeting : meetings) {
			String title = cut(MeetingTitles.title(meeting));
			String key = unique("meeting", slug(title));
			meetingKeys.put(meeting, key);
			List<ParticipantDraft> participants = new ArrayList<>();
			Set<String> organisations = new LinkedHashSet<>();
			for (Meetings.Participant participant : meeting.participants) {
				Cast.Post capacity = participant.person.posts.isEmpty() ? null : participant.person.posts.get(0);
				if (capacity != null && !"attendee".equals(participant.role)) {
					String organisation = capacityOrganisation(capacity);
					if (organisation != null) {
						organisations.add(organisation);
					}
				}
				participants.add(new ParticipantDraft(key(participant.person), participant.role,
						(capacity != null) ? this.postKeys.get(capacity) : null,
						evidence(List.of(participant.evidence))));
			}
			String date = meeting.date;
			List<EvidenceDraft> dateEvidence = (date != null) ? evidence(meeting.dateEvidence) : List.of();
			if (dateEvidence.isEmpty()) {
				date = null;
			}
			String endDate = (date != null) ? meeting.endDate : null;
			String place = (meeting.place != null) ? key(meeting.place) : null;
			String country = countryId(meeting.country);
			List<EvidenceDraft> placeEvidence = (place != null || country != null) ? evidence(meeting.placeEvidence)
					: List.of();
			if (placeEvidence.isEmpty()) {
				place = null;
				country = null;
			}
			drafts.add(new MeetingDraft(null, key, title, meeting.kind, date, endDate, dateEvidence, null, place, country,
					placeEvidence, List.copyOf(organisations), List.of(), evidence(meeting.evidence), participants));
		}
		return drafts;
	}

	List<AgreementDraft> agreements(List<Agreements.Agreement> agreements, Map<Meetings.Meeting, String> meetingKeys) {
		List<AgreementDraft> drafts = new ArrayList<>();
		for (Agreements.Agreement agreement : agreements) {
			String title = cut(agreement.title);
			List<PartyDraft> parties = new ArrayList<>();
			for (int i = 0; i < agreement.parties.size(); i++) {
				parties.add(new PartyDraft(key(agreement.parties.get(i)), null,
						evidence(List.of(agreement.partyEvidence.get(i)))));
			}
			List<EvidenceDraft> statusEvidence = evidence(agreement.statusEvidence);
			List<EvidenceDraft> signedOnEvidence = evidence(agreement.signedOnEvidence);
			List<EvidenceDraft> validityEvidence = evidence(agreement.validityEvidence);
			drafts.add(new AgreementDraft(null, unique("agreement", slug(title)), title, agreement.kind,
					statusEvidence.isEmpty() ? null : agreement.status, statusEvidence,
					signedOnEvidence.isEmpty() ? null : agreement.signedOn, signedOnEvidence,
					validityEvidence.isEmpty() ? null : agreement.validFrom,
					validityEvidence.isEmpty() ? null : agreement.validUntil, validityEvidence,
					(agreement.meeting != null) ? meetingKeys.get(agreement.meeting) : null, List.of(),
					evidence(agreement.evidence), parties, List.of()));
		}
		return drafts;
	}

	/** A stored country's global ID from its slug; null stays null. */
	static String countryId(String slug) {
		return (slug != null) ? GlobalId.encode("Country", slug) : null;
	}

	private String capacityOrganisation(Cast.Post post) {
		if (post.organisation != null) {
			return key(post.organisation);
		}
		return null;
	}

	private static String id(Entry entry) {
		return (entry.stored != null) ? GlobalId.encode(entry.type.typeName(), entry.stored.id()) : null;
	}

	/** The spellings the text uses that are not the entity's name (nor, stored, one of its names). */
	private static List<String> aliases(Entry entry) {
		Set<String> known = new HashSet<>();
		if (entry.stored != null) {
			known.addAll(entry.stored.names());
		}
		else {
			known.add(entry.name);
		}
		List<String> aliases = new ArrayList<>();
		for (String surface : entry.surfaces) {
			if (!known.contains(surface) && surface.length() <= 200 && !aliases.contains(surface)) {
				aliases.add(surface);
			}
		}
		return aliases;
	}

	/** Quotes naming an entity: its first mentions, then the words that state it otherwise. */
	private List<EvidenceDraft> entityEvidence(Entry entry) {
		List<int[]> spans = new ArrayList<>();
		Set<String> surfaces = new HashSet<>();
		for (Cast.Mention mention : this.cast.mentions(entry)) {
			if (surfaces.add(mention.surface())) {
				spans.add(new int[] { mention.start(), mention.end() });
			}
		}
		spans.addAll(entry.evidence);
		return evidence(spans.subList(0, Math.min(spans.size(), MAX_QUOTES + entry.evidence.size())));
	}

	private List<EvidenceDraft> evidence(List<int[]> spans) {
		List<EvidenceDraft> evidence = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int[] span : spans) {
			String quote = this.quotes.quote(span[0], span[1]);
			if (quote != null && seen.add(quote)) {
				evidence.add(new EvidenceDraft(quote));
			}
		}
		return evidence;
	}

	private String unique(String scope, String slug) {
		String base = slug.isEmpty() ? scope : slug;
		String candidate = base;
		for (int n = 2; !this.used.add(scope + ":" + candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	/** Lower-case words of a name joined by hyphens, as the ingest makes the IDs of new entities. */
	static String slug(String name) {
		return Names.fold((name != null) ? name : "").replaceAll("[^a-z0-9 ]", "").strip().replaceAll(" +", "-");
	}

	private static String cut(String title) {
		return (title.length() <= MAX_TITLE) ? title : title.substring(0, MAX_TITLE - 1) + "…";
	}

	static Map<Meetings.Meeting, String> newMeetingKeys() {
		return new HashMap<>();
	}

}
