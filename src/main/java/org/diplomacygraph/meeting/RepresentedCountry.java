package org.diplomacygraph.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/**
 * A country represented at a meeting: the nationality of a participant, or the country of the post
 * a participant acted in there (a head of state's country, or the country of the organisation the
 * post is at). The one definition behind the {@code betweenCountries} filter of meetings and the
 * meetings of {@code activityByCountryPair}, so that a pair's count and its meetings agree.
 * <p>
 * Read-only rows of a query, not a table: each (meeting, country) once, however many participants
 * represent the country. Queries that join it on the meeting or the country get the condition
 * pushed into each branch of the union by H2 and PostgreSQL alike.
 */
@Entity
@Immutable
@Subselect("""
		select p.meeting_id || ' ' || x.nationality_id as id, p.meeting_id as meeting_id,
		  x.nationality_id as country_id
		from participant p join person x on x.id = p.person_id where x.nationality_id is not null
		union
		select p.meeting_id || ' ' || c.country_id, p.meeting_id, c.country_id
		from participant p join person_position c on c.id = p.capacity_id where c.country_id is not null
		union
		select p.meeting_id || ' ' || o.country_id, p.meeting_id, o.country_id
		from participant p join person_position c on c.id = p.capacity_id
		join organisation o on o.id = c.organisation_id where o.country_id is not null""")
@Synchronize({ "participant", "person", "person_position", "organisation" })
class RepresentedCountry {

	/** The meeting's and the country's slugs, separated by a space. */
	@Id
	private String id;

	private String meetingId;

	private String countryId;

	protected RepresentedCountry() {
	}

	String getMeetingId() {
		return this.meetingId;
	}

	String getCountryId() {
		return this.countryId;
	}

}
