package org.diplomacygraph.person;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.values.Node;
import org.diplomacygraph.values.PartialDate;

/**
 * A post a person holds at an organisation, or at the head of a country (a Popolo membership);
 * the dates are set only when an article states them.
 */
@Entity
@Table(name = "person_position")
public class Position implements Node {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Column(name = "person_id", insertable = false, updatable = false)
	private String personId;

	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(name = "organisation_id", insertable = false, updatable = false)
	private String organisationId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_id")
	private Country country;

	@Column(name = "country_id", insertable = false, updatable = false)
	private String countryId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "text", column = @Column(name = "held_from")),
			@AttributeOverride(name = "earliest", column = @Column(name = "held_from_from")),
			@AttributeOverride(name = "latest", column = @Column(name = "held_from_until")) })
	private PartialDate from;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "text", column = @Column(name = "held_until")),
			@AttributeOverride(name = "earliest", column = @Column(name = "held_until_from")),
			@AttributeOverride(name = "latest", column = @Column(name = "held_until_until")) })
	private PartialDate until;

	protected Position() {
	}

	public Position(String id, Person person, String title, Organisation organisation, Country country,
			PartialDate from, PartialDate until) {
		this.id = id;
		this.person = person;
		this.personId = (person != null) ? person.getId() : null;
		this.title = title;
		this.organisation = organisation;
		this.organisationId = (organisation != null) ? organisation.getId() : null;
		this.country = country;
		this.countryId = (country != null) ? country.getId() : null;
		this.from = from;
		this.until = until;
	}

	public String getId() {
		return this.id;
	}

	public String getCountryId() {
		return this.countryId;
	}

	public String getOrganisationId() {
		return this.organisationId;
	}

	public String getPersonId() {
		return this.personId;
	}

	public Person getPerson() {
		return this.person;
	}

	public String getTitle() {
		return this.title;
	}

	@Override
	public String getLabel() {
		return this.title;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public Country getCountry() {
		return this.country;
	}

	public PartialDate getFrom() {
		return this.from;
	}

	public PartialDate getUntil() {
		return this.until;
	}

	// ---- served values, set from the claims (claim/ServedValues) -------------------------

	public void serveTitle(String title) {
		this.title = title;
	}

	/** The organisation of the post; a post is held at an organisation or a country, so this clears the country. */
	public void serveOrganisation(Organisation organisation) {
		this.organisation = organisation;
		this.organisationId = (organisation != null) ? organisation.getId() : null;
		if (organisation != null) {
			this.country = null;
			this.countryId = null;
		}
	}

	public void serveFrom(PartialDate from) {
		this.from = from;
	}

	public void serveUntil(PartialDate until) {
		this.until = until;
	}

}
