package org.diplomacygraph.meeting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Reads who took part in which meetings. */
@Transactional(readOnly = true)
public interface ParticipantRepository extends JpaRepository<Participant, String> {

	List<Participant> findByMeetingIdInOrderById(Collection<String> meetingIds);

	List<Participant> findByPersonIdInOrderById(Collection<String> personIds);

	/**
	 * For each person, every other
	 * participant of each meeting they took part in.
	 */
	@Query("""
			select new org.diplomacygraph.meeting.MetAt(p.personId, other, m.date, coalesce(m.eventId, m.id))
			from Participant p
			join Participant q on q.meetingId = p.meetingId and q.personId <> p.personId
			join Person other on other.id = q.personId
			join Meeting m on m.id = p.meetingId
			where p.personId in :people""")
	List<MetAt> findCounterparts(Collection<String> people);

}
