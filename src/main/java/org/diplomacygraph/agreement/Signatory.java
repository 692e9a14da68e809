package org.diplomacygraph.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;

/** A person who signed an agreement, in the capacity of a post held then. */
@Entity
public class Signatory {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agreement_id")
	private Agreement agreement;

	@Column(name = "agreement_id", insertable = false, updatable = false)
	private String agreementId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Column(name = "person_id", insertable = false, updatable = false)
	private String personId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "capacity_id")
	private Position capacity;

	@Column(name = "capacity_id", insertable = false, updatable = false)
	private String capacityId;

	protected Signatory() {
	}

	public Signatory(Agreement agreement, Person person, Position capacity) {
		this.id = idOf(agreement.getId(), person.getId());
		this.agreement = agreement;
		this.agreementId = (agreement != null) ? agreement.getId() : null;
		this.person = person;
		this.personId = (person != null) ? person.getId() : null;
		this.capacity = capacity;
		this.capacityId = (capacity != null) ? capacity.getId() : null;
	}

	/** A person signs an agreement once, so the pair names the signature. */
	public static String idOf(String agreementId, String personId) {
		return agreementId + "#" + personId;
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

	public String getAgreementId() {
		return this.agreementId;
	}

	public Agreement getAgreement() {
		return this.agreement;
	}

	public Person getPerson() {
		return this.person;
	}

	public Position getCapacity() {
		return this.capacity;
	}

	// ---- served values, set from the claims (claim/ServedValues) -------------------------

	public void serveCapacity(Position capacity) {
		this.capacity = capacity;
		this.capacityId = (capacity != null) ? capacity.getId() : null;
	}

}
