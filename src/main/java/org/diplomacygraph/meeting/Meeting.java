package org.diplomacygraph.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.values.Names;
import org.diplomacygraph.values.Node;
import org.diplomacygraph.values.PartialDate;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** Talks, a reception, a visit or another encounter between people, as an article reports it. */
@Entity
@Indexed
public class Meeting implements Node {

	@Id
	// A tie-breaker, so that hits of equal score come in the same order on every run.
	@KeywordField(name = "id", sortable = Sortable.YES, searchable = Searchable.NO)
	private String id;

	// Indexed as the name, so that one query covers every type.
	@FullTextField(name = "name", analyzer = "name")
	@FullTextField(name = "name_prefix", analyzer = "name_prefix", searchAnalyzer = "name")
	@KeywordField(name = "name_whole", normalizer = "whole_name")
	private String title;

	/** The folded title, for ordering by title. */
	private String titleKey;

	/** The first day the date may denote, as a day number, unknown last: see {@link PartialDate#sortKey}. */
	private long dateSort;

	/** The same key with unknown dates first, so that they come last in descending order. */
	private long dateSortDesc;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "text", column = @Column(name = "held_on")),
			@AttributeOverride(name = "earliest", column = @Column(name = "held_from")),
			@AttributeOverride(name = "latest", column = @Column(name = "held_until")) })
	private PartialDate date;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "place_id")
	private Place place;

	@Column(name = "place_id", insertable = false, updatable = false)
	private String placeId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_id")
	private Country country;

	@Column(name = "country_id", insertable = false, updatable = false)
	private String countryId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "text", column = @Column(name = "ends_on")),
			@AttributeOverride(name = "earliest", column = @Column(name = "ends_from")),
			@AttributeOverride(name = "latest", column = @Column(name = "ends_until")) })
	private PartialDate endDate;

	/** The event this meeting is part of (talks within a state visit), or null. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "part_of_id")
	private Meeting partOf;

	@Column(name = "part_of_id", insertable = false, updatable = false)
	private String partOfId;

	/** The meeting at the top of the chain of {@code partOf}; null for a meeting part of no other. */
	@Column(name = "event_id", insertable = false, updatable = false)
	private String eventId;

	@ManyToMany
	@JoinTable(name = "meeting_organisation", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "organisation_id"))
	private Set<Organisation> organisations = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "ordinal")
	@Column(name = "topic")
	private List<String> topics = new ArrayList<>();

	protected Meeting() {
	}

	public Meeting(String id, String title, Kind kind, PartialDate date, Place place, Country country,
			Set<Organisation> organisations, List<String> topics) {
		this.id = id;
		this.title = title;
		this.titleKey = Names.fold(title);
		this.kind = kind;
		this.date = date;
		this.dateSort = PartialDate.sortKey(date, false);
		this.dateSortDesc = PartialDate.sortKey(date, true);
		this.place = place;
		this.placeId = (place != null) ? place.getId() : null;
		this.country = country;
		this.countryId = (country != null) ? country.getId() : null;
		this.organisations = new LinkedHashSet<>(organisations);
		this.topics = new ArrayList<>(topics);
	}

	public String getId() {
		return this.id;
	}

	public String getTitleKey() {
		return this.titleKey;
	}

	public long getDateSort() {
		return this.dateSort;
	}

	public long getDateSortDesc() {
		return this.dateSortDesc;
	}

	public String getCountryId() {
		return this.countryId;
	}

	public String getPlaceId() {
		return this.placeId;
	}

	public String getTitle() {
		return this.title;
	}

	@Override
	public String getLabel() {
		return this.title;
	}

	public Kind getKind() {
		return this.kind;
	}

	public PartialDate getDate() {
		return this.date;
	}

	public Place getPlace() {
		return this.place;
	}

	public Country getCountry() {
		return this.country;
	}

	public Set<Organisation> getOrganisations() {
		return this.organisations;
	}

	public List<String> getTopics() {
		return this.topics;
	}

	public PartialDate getEndDate() {
		return this.endDate;
	}

	public String getPartOfId() {
		return this.partOfId;
	}

	/** The event this meeting belongs to: the top of its chain of {@code partOf}, or itself. */
	public String getEventId() {
		return (this.eventId != null) ? this.eventId : this.id;
	}

	// ---- served values, set from the claims (claim/ServedValues) -------------------------

	public void serveKind(Kind kind) {
		this.kind = kind;
	}

	public void serveDate(PartialDate date) {
		this.date = date;
		this.dateSort = PartialDate.sortKey(date, false);
		this.dateSortDesc = PartialDate.sortKey(date, true);
	}

	public void serveEndDate(PartialDate endDate) {
		this.endDate = endDate;
	}

	/** The place, and the country with it when the place lies in one. */
	public void servePlace(Place place) {
		this.place = place;
		this.placeId = (place != null) ? place.getId() : null;
		if (place != null && place.getCountry() != null) {
			serveCountry(place.getCountry());
		}
	}

	public void serveCountry(Country country) {
		this.country = country;
		this.countryId = (country != null) ? country.getId() : null;
	}

	public void servePartOf(Meeting partOf) {
		this.partOf = partOf;
		this.partOfId = (partOf != null) ? partOf.getId() : null;
	}

	/** Organisations and topics another report adds to a stored meeting, each once. */
	public void addOrganisations(java.util.Collection<Organisation> more) {
		this.organisations.addAll(more);
	}

	public void addTopics(java.util.Collection<String> more) {
		more.stream().filter((topic) -> !this.topics.contains(topic)).forEach(this.topics::add);
	}

	/** What sort of encounter a meeting is. */
	public enum Kind {

		TALKS, RECEPTION, COURTESY_CALL, CONVERSATION, STATE_VISIT, VISIT, MEETING, CEREMONY

	}

}
