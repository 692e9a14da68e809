package org.diplomacygraph.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores meetings. */
public interface MeetingRepository extends JpaRepository<Meeting, String> {

}
