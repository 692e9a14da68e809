package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.ingest.Drafts.MeetingDraft;
import org.diplomacygraph.ingest.Drafts.OrganisationDraft;
import org.diplomacygraph.ingest.Drafts.PlaceDraft;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.UserError.Code;

/**
 * The records that nest: places within places and organisations within organisations, built after
 * the one they lie within or belong to (so that rows can be inserted in order), and meetings part of
 * other meetings; a cycle in any of them is a defect.
 */
final class Hierarchies {

	private final Drafts drafts;

	private final Checks checks;

	private final References references;

	Hierarchies(Drafts drafts, Checks checks, References references) {
		this.drafts = drafts;
		this.checks = checks;
		this.references = references;
	}

	Map<String, Place> places(Map<String, Country> countries) {
		Map<String, Place> places = new LinkedHashMap<>();
		this.drafts.places.values().forEach((draft) -> place(draft, countries, places, new LinkedHashSet<>()));
		return places;
	}

	Map<String, Organisation> organisations(Map<String, Country> countries) {
		Map<String, Organisation> organisations = new LinkedHashMap<>();
		this.drafts.organisations.values()
			.forEach((draft) -> organisation(draft, countries, organisations, new LinkedHashSet<>()));
		return organisations;
	}

	/** Builds a place after the place it lies within. */
	private Place place(PlaceDraft draft, Map<String, Country> countries, Map<String, Place> places, Set<String> path) {
		Place built = places.get(draft.id);
		if (built != null || !path.add(draft.id)) {
			if (built == null) {
				this.checks.report(draft.origin(draft.within)
					.defect(Code.INVALID, null, "'within' forms a cycle: " + String.join(" > ", path), "within"));
			}
			return built;
		}
		if (draft.stored() != null) {
			Place stored = this.references.extend(draft);
			places.put(draft.id, stored);
			return stored;
		}
		Place within = null;
		String withinId = draft.within.get();
		if (withinId != null) {
			PlaceDraft outer = this.drafts.places.get(withinId);
			if (outer == null) {
				within = (Place) this.references.existing().find(RecordType.PLACE, withinId);
				if (within == null) {
					this.references.unknown(draft, draft.within, RecordType.PLACE, withinId);
				}
			}
			else {
				within = place(outer, countries, places, path);
			}
		}
		Place place = new Place(draft.id, this.references.required(draft, draft.name),
				this.references.required(draft, draft.kind),
				this.references.ref(draft, draft.country, countries, RecordType.COUNTRY), within,
				draft.aliasesExceptName());
		places.put(draft.id, place);
		return place;
	}

	/** Builds an organisation after its parent. */
	private Organisation organisation(OrganisationDraft draft, Map<String, Country> countries,
			Map<String, Organisation> built, Set<String> path) {
		Organisation done = built.get(draft.id);
		if (done != null || !path.add(draft.id)) {
			if (done == null) {
				this.checks.report(draft.origin(draft.parent)
					.defect(Code.INVALID, null, "'parent' forms a cycle: " + String.join(" > ", path), "parent"));
			}
			return done;
		}
		if (draft.stored() != null) {
			Organisation stored = this.references.extend(draft);
			built.put(draft.id, stored);
			return stored;
		}
		Organisation parent = null;
		String parentId = draft.parent.get();
		if (parentId != null) {
			OrganisationDraft outer = this.drafts.organisations.get(parentId);
			if (outer == null) {
				parent = (Organisation) this.references.existing().find(RecordType.ORGANISATION, parentId);
				if (parent == null) {
					this.references.unknown(draft, draft.parent, RecordType.ORGANISATION, parentId);
				}
			}
			else {
				parent = organisation(outer, countries, built, path);
			}
		}
		Organisation organisation = new Organisation(draft.id, this.references.required(draft, draft.name),
				this.references.required(draft, draft.kind),
				this.references.ref(draft, draft.country, countries, RecordType.COUNTRY), parent,
				draft.aliasesExceptName());
		built.put(draft.id, organisation);
		return organisation;
	}

	/**
	 * A meeting may not be part of itself through other meetings: following {@code partOf} from a
	 * meeting, by the value an entry of this compilation gives or else the stored one, must never
	 * come back to it (analytics count an event by the meeting it is part of, so a cycle would make
	 * both disappear).
	 */
	void partOfCycles() {
		for (MeetingDraft draft : this.drafts.meetings.values()) {
			if (draft.partOf.get() == null) {
				continue;
			}
			List<String> chain = new ArrayList<>(List.of(draft.id));
			String next = draft.partOf.get();
			while (next != null && !chain.contains(next)) {
				chain.add(next);
				MeetingDraft other = this.drafts.meetings.get(next);
				if (other != null && other.partOf.get() != null) {
					next = other.partOf.get();
				}
				else {
					Object stored = this.references.existing().find(RecordType.MEETING, next);
					next = (stored instanceof Meeting meeting) ? meeting.getPartOfId() : null;
				}
			}
			if (draft.id.equals(next)) {
				chain.add(next);
				this.checks.report(draft.origin(draft.partOf)
					.defect(Code.INVALID, null, "'partOf' forms a cycle: " + String.join(" > ", chain), "partOf"));
			}
		}
	}

}
