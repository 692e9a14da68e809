package org.diplomacygraph.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;

/** A person's part in a meeting: host, guest or attendee, in the capacity of a post held then. */
@Entity
public class Participant {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@Column(name = "meeting_id", insertable = false, updatable = false)
	private String meetingId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Column(name = "person_id", insertable = false, updatable = false)
	private String personId;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "capacity_id")
	private Position capacity;

	@Column(name = "capacity_id", insertable = false, updatable = false)
	private String capacityId;

	protected Participant() {
	}

	public Participant(Meeting meeting, Person person, Role role, Position capacity) {
		this.id = idOf(meeting.getId(), person.getId());
		this.meeting = meeting;
		this.meetingId = (meeting != null) ? meeting.getId() : null;
		this.person = person;
		this.personId = (person != null) ? person.getId() : null;
		this.role = role;
		this.capacity = capacity;
		this.capacityId = (capacity != null) ? capacity.getId() : null;
	}

	/** A person takes part in a meeting once, so the pair names the participation. */
	public static String idOf(String meetingId, String personId) {
		return meetingId + "#" + personId;
	}

	public String getId() {
		return this.id;
	}

	public String getCapacityId() {
		return this.capacityId;
	}

	public String getPersonId() {
		return this.personId;
	}

	public String getMeetingId() {
		return this.meetingId;
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	public Person getPerson() {
		return this.person;
	}

	public Role getRole() {
		return this.role;
	}

	public Position getCapacity() {
		return this.capacity;
	}

	// ---- served values, set from the claims (claim/ServedValues) -------------------------

	public void serveRole(Role role) {
		this.role = role;
	}

	public void serveCapacity(Position capacity) {
		this.capacity = capacity;
		this.capacityId = (capacity != null) ? capacity.getId() : null;
	}

	/** The part a person plays in a meeting. */
	public enum Role {

		HOST, GUEST, ATTENDEE

	}

}
