package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.agreement.AgreementParty;
import org.diplomacygraph.agreement.Signatory;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.ingest.CorpusCompiler.Graph;
import org.diplomacygraph.ingest.Drafts.AgreementDraft;
import org.diplomacygraph.ingest.Drafts.CountryDraft;
import org.diplomacygraph.ingest.Drafts.MeetingDraft;
import org.diplomacygraph.ingest.Drafts.ParticipantDraft;
import org.diplomacygraph.ingest.Drafts.PartyDraft;
import org.diplomacygraph.ingest.Drafts.PersonDraft;
import org.diplomacygraph.ingest.Drafts.PositionDraft;
import org.diplomacygraph.ingest.Drafts.SignatoryDraft;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.PartialDate;
import org.diplomacygraph.values.UserError.Code;

/**
 * Builds the entities of every draft, type after type, so that each refers only to ones before it:
 * new entities from drafts, the stored ones that drafts extend, and the relationships between them.
 * References are resolved and required values checked ({@link References}); places and
 * organisations are built after the ones they lie within or belong to ({@link Hierarchies}).
 */
final class GraphBuilder {

	private final Drafts drafts;

	private final Checks checks;

	private final Articles articles;

	private final Statements statements;

	private final References references;

	private final Hierarchies hierarchies;

	GraphBuilder(Drafts drafts, Checks checks, Articles articles, Statements statements, CorpusCompiler.Existing existing) {
		this.drafts = drafts;
		this.checks = checks;
		this.articles = articles;
		this.statements = statements;
		this.references = new References(drafts, checks, existing, articles.all());
		this.hierarchies = new Hierarchies(drafts, checks, this.references);
	}

	Graph build() {
		Map<String, Article> articles = this.articles.entities();
		Map<String, Country> countries = countries();
		Map<String, Place> places = this.hierarchies.places(countries);
		Map<String, Organisation> organisations = this.hierarchies.organisations(countries);
		Map<String, Person> people = people(countries);
		Map<String, Position> positions = positions(people, organisations, countries);
		Map<String, Meeting> meetings = meetings(places, organisations, countries);
		List<Participant> participants = participants(people, positions, meetings);
		Map<String, Agreement> agreements = agreements(meetings);
		List<AgreementParty> parties = parties(agreements, organisations, countries);
		List<Signatory> signatories = signatories(agreements, people, positions);
		References built = this.references;
		return new Graph(List.copyOf(articles.values()), built.created(countries), built.created(places),
				built.created(organisations), built.created(people), built.created(positions), built.created(meetings),
				participants, built.created(agreements), parties, signatories, this.statements.evidence(articles),
				List.copyOf(built.extended().keySet()), Map.copyOf(built.extended()), this.statements.claims());
	}

	private Map<String, Country> countries() {
		Map<String, Country> countries = new LinkedHashMap<>();
		for (CountryDraft draft : this.drafts.countries.values()) {
			countries.put(draft.id, (draft.stored() != null) ? this.references.extend(draft)
					: new Country(draft.id, this.references.required(draft, draft.name), draft.code.get(),
							draft.aliasesExceptName()));
		}
		return countries;
	}

	private Map<String, Person> people(Map<String, Country> countries) {
		Map<String, Person> people = new LinkedHashMap<>();
		for (PersonDraft draft : this.drafts.people.values()) {
			people.put(draft.id, (draft.stored() != null) ? this.references.extend(draft)
					: new Person(draft.id, this.references.required(draft, draft.name),
							this.references.ref(draft, draft.nationality, countries, RecordType.COUNTRY),
							draft.aliasesExceptName()));
		}
		return people;
	}

	private Map<String, Position> positions(Map<String, Person> people, Map<String, Organisation> organisations,
			Map<String, Country> countries) {
		Map<String, Position> positions = new LinkedHashMap<>();
		for (PositionDraft draft : this.drafts.positions.values()) {
			if (draft.stored() != null) {
				positions.put(draft.id, this.references.extend(draft));
				continue;
			}
			Organisation organisation = this.references.ref(draft, draft.organisation, organisations,
					RecordType.ORGANISATION);
			Country country = this.references.ref(draft, draft.country, countries, RecordType.COUNTRY);
			if ((draft.organisation.get() == null) == (draft.country.get() == null)) {
				this.checks.report(draft.first().defect(Code.INVALID, null,
						"a position is held at exactly one organisation or one country", "organisation"));
			}
			PartialDate from = draft.from.get();
			PartialDate until = draft.until.get();
			this.checks.ordered(draft.origin(draft.until), "from", from, "until", until);
			positions.put(draft.id, new Position(draft.id, people.get(draft.person.get()),
					this.references.required(draft, draft.title), organisation, country, from, until));
		}
		return positions;
	}

	private Map<String, Meeting> meetings(Map<String, Place> places, Map<String, Organisation> organisations,
			Map<String, Country> countries) {
		Map<String, Meeting> meetings = new LinkedHashMap<>();
		for (MeetingDraft draft : this.drafts.meetings.values()) {
			Place place = this.references.ref(draft, draft.place, places, RecordType.PLACE);
			this.references.ref(draft, draft.partOf, Map.of(), RecordType.MEETING);
			Country country = this.references.ref(draft, draft.country, countries, RecordType.COUNTRY);
			if (place != null && place.getCountry() != null) {
				if (country != null && !country.getId().equals(place.getCountry().getId())) {
					this.checks.report(draft.origin(draft.country).defect(Code.CONFLICT, null, "country '" + country.getId()
							+ "' disagrees with place '" + place.getId() + "', which is in '" + place.getCountry().getId() + "'",
							"country"));
				}
				country = place.getCountry();
			}
			Set<Organisation> members = members(draft, organisations);
			if (draft.stored() != null) {
				Meeting stored = this.references.extend(draft);
				stored.addOrganisations(members);
				stored.addTopics(draft.topics);
				meetings.put(draft.id, stored);
				continue;
			}
			Meeting meeting = new Meeting(draft.id, this.references.required(draft, draft.title),
					this.references.required(draft, draft.kind), draft.date.get(), place, country, members,
					List.copyOf(draft.topics));
			meeting.serveEndDate(draft.endDate.get());
			meetings.put(draft.id, meeting);
		}
		// The event each new meeting is part of, once every meeting is built (set as a reference only).
		for (MeetingDraft draft : this.drafts.meetings.values()) {
			String partOf = draft.partOf.get();
			if (draft.stored() == null && partOf != null) {
				Meeting whole = meetings.containsKey(partOf) ? meetings.get(partOf)
						: (Meeting) this.references.existing().find(RecordType.MEETING, partOf);
				meetings.get(draft.id).servePartOf(whole);
			}
		}
		this.hierarchies.partOfCycles();
		return meetings;
	}

	/** The organisations a meeting was between, each one built or stored; a defect for each unknown one. */
	private Set<Organisation> members(MeetingDraft draft, Map<String, Organisation> organisations) {
		Set<Organisation> members = new LinkedHashSet<>();
		int index = 0;
		for (String id : draft.organisations) {
			Organisation organisation = organisations.get(id);
			if (organisation == null) {
				organisation = (Organisation) this.references.existing().find(RecordType.ORGANISATION, id);
			}
			if (organisation == null) {
				this.checks.report(draft.first().defect(Code.NOT_FOUND, "organisations", "unknown organisation '" + id + "'",
						"organisations", index));
			}
			else {
				members.add(organisation);
			}
			index++;
		}
		return members;
	}

	private List<Participant> participants(Map<String, Person> people, Map<String, Position> positions,
			Map<String, Meeting> meetings) {
		List<Participant> participants = new ArrayList<>();
		for (ParticipantDraft draft : this.drafts.participants.values()) {
			Person person = this.references.ref(draft, draft.person, people, RecordType.PERSON);
			Position capacity = this.references.capacity(draft, draft.capacity, person, positions);
			if (this.references.existing().find(RecordType.PARTICIPANT, draft.id) != null) {
				continue;
			}
			Participant.Role role = this.references.required(draft, draft.role);
			if (person != null) {
				participants.add(new Participant(meetings.get(draft.meeting.get()), person, role, capacity));
			}
		}
		return participants;
	}

	private Map<String, Agreement> agreements(Map<String, Meeting> meetings) {
		Map<String, Agreement> agreements = new LinkedHashMap<>();
		for (AgreementDraft draft : this.drafts.agreements.values()) {
			if (draft.stored() != null) {
				Agreement stored = this.references.extend(draft);
				this.references.ref(draft, draft.meeting, meetings, RecordType.MEETING);
				stored.addFields(draft.fields);
				agreements.put(draft.id, stored);
				continue;
			}
			agreements.put(draft.id, new Agreement(draft.id, this.references.required(draft, draft.title),
					this.references.required(draft, draft.kind), draft.status.get(), draft.signedOn.get(),
					draft.validFrom.get(), draft.validUntil.get(),
					this.references.ref(draft, draft.meeting, meetings, RecordType.MEETING), List.copyOf(draft.fields)));
		}
		return agreements;
	}

	private List<AgreementParty> parties(Map<String, Agreement> agreements, Map<String, Organisation> organisations,
			Map<String, Country> countries) {
		List<AgreementParty> parties = new ArrayList<>();
		for (PartyDraft draft : this.drafts.parties.values()) {
			if (this.references.existing().find(RecordType.AGREEMENT_PARTY, draft.id) != null) {
				continue;
			}
			Agreement agreement = agreements.get(draft.agreement.get());
			Organisation organisation = this.references.ref(draft, draft.organisation, organisations,
					RecordType.ORGANISATION);
			Country country = this.references.ref(draft, draft.country, countries, RecordType.COUNTRY);
			if (organisation != null) {
				parties.add(new AgreementParty(agreement, organisation));
			}
			else if (country != null) {
				parties.add(new AgreementParty(agreement, country));
			}
		}
		return parties;
	}

	private List<Signatory> signatories(Map<String, Agreement> agreements, Map<String, Person> people,
			Map<String, Position> positions) {
		List<Signatory> signatories = new ArrayList<>();
		for (SignatoryDraft draft : this.drafts.signatories.values()) {
			Person person = this.references.ref(draft, draft.person, people, RecordType.PERSON);
			Position capacity = this.references.capacity(draft, draft.capacity, person, positions);
			if (person != null && this.references.existing().find(RecordType.SIGNATORY, draft.id) == null) {
				signatories.add(new Signatory(agreements.get(draft.agreement.get()), person, capacity));
			}
		}
		return signatories;
	}

}
