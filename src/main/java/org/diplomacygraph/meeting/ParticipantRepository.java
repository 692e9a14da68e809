package org.diplomacygraph.meeting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads who took part in which meetings. */
public interface ParticipantRepository extends JpaRepository<Participant, String> {

	List<Participant> findByMeetingIdInOrderById(Collection<String> meetingIds);

	List<Participant> findByPersonIdInOrderById(Collection<String> personIds);

}
