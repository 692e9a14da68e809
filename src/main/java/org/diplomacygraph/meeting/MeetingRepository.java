package org.diplomacygraph.meeting;

import java.util.Collection;
import java.util.List;

import org.diplomacygraph.paging.Keyed;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Reads and stores meetings. */
@Transactional(readOnly = true)
public interface MeetingRepository extends JpaRepository<Meeting, String> {

	/** The topics of each, keyed by its ID, in the annotators' order. */
	@Query("select new org.diplomacygraph.paging.Keyed(m.id, t) from Meeting m join m.topics t where m.id in :ids order by m.id, index(t)")
	List<Keyed<String>> findTopics(Collection<String> ids);

	List<Meeting> findByPartOfIdInOrderByDateSortAscIdAsc(Collection<String> ids);

	/**
	 * The organisations the articles name for each
	 * meeting (rank 0), and those participants acted for (rank 1). One statement, a union.
	 */
	@Query("""
			select new org.diplomacygraph.meeting.MeetingOrganisation(m.id, o, 0) from Meeting m join m.organisations o where m.id in :ids
			union
			select new org.diplomacygraph.meeting.MeetingOrganisation(p.meetingId, o, 1) from Participant p
			join Position c on c.id = p.capacityId join Organisation o on o.id = c.organisationId
			where p.meetingId in :ids""")
	List<MeetingOrganisation> findOrganisations(Collection<String> ids);

	/**
	 * The events (a meeting with the meetings that are part of it)
	 * with a meeting dated in the year, each once, so an undated visit whose talks are dated counts
	 * in the talks' year.
	 */
	@Query("""
			select new org.diplomacygraph.meeting.MeetingsInYear(year(m.date.earliest), count(distinct coalesce(m.eventId, m.id)))
			from Meeting m
			where m.date.earliest is not null
			group by year(m.date.earliest)""")
	List<MeetingsInYear> countByYear();

	/**
	 * Events (a meeting with the meetings that are part
	 * of it) with a meeting at which both countries were represented ({@link RepresentedCountry}: by a
	 * participant's nationality or post), the first id the smaller.
	 */
	@Query("""
			select new org.diplomacygraph.meeting.MeetingsOfCountryPair(a.countryId, b.countryId,
				count(distinct coalesce(m.eventId, m.id)))
			from RepresentedCountry a join RepresentedCountry b on b.meetingId = a.meetingId
			join Meeting m on m.id = a.meetingId
			where a.countryId < b.countryId
			group by a.countryId, b.countryId""")
	List<MeetingsOfCountryPair> countByCountryPair();

}
