package org.diplomacygraph.agreement;

import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.values.Names;
import org.diplomacygraph.values.Node;
import org.diplomacygraph.values.PartialDate;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** An agreement, memorandum, minutes, handover document or programme between parties. */
@Entity
@Indexed
public class Agreement implements Node {

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

	/** The first day the signing date may denote, as a day number, unknown last: see {@link PartialDate#sortKey}. */
	private long signedSort;

	/** The same key with unknown dates first, so that they come last in descending order. */
	private long signedSortDesc;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "text", column = @Column(name = "signed_on")),
			@AttributeOverride(name = "earliest", column = @Column(name = "signed_on_from")),
			@AttributeOverride(name = "latest", column = @Column(name = "signed_on_until")) })
	private PartialDate signedOn;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "text", column = @Column(name = "valid_from")),
			@AttributeOverride(name = "earliest", column = @Column(name = "valid_from_from")),
			@AttributeOverride(name = "latest", column = @Column(name = "valid_from_until")) })
	private PartialDate validFrom;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "text", column = @Column(name = "valid_until")),
			@AttributeOverride(name = "earliest", column = @Column(name = "valid_until_from")),
			@AttributeOverride(name = "latest", column = @Column(name = "valid_until_until")) })
	private PartialDate validUntil;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@Column(name = "meeting_id", insertable = false, updatable = false)
	private String meetingId;

	@ElementCollection
	@CollectionTable(name = "agreement_field", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderColumn(name = "ordinal")
	@Column(name = "field")
	private List<String> fields = new ArrayList<>();

	protected Agreement() {
	}

	public Agreement(String id, String title, Kind kind, Status status, PartialDate signedOn, PartialDate validFrom,
			PartialDate validUntil, Meeting meeting, List<String> fields) {
		this.id = id;
		this.title = title;
		this.titleKey = Names.fold(title);
		this.kind = kind;
		this.status = status;
		this.signedOn = signedOn;
		this.signedSort = PartialDate.sortKey(signedOn, false);
		this.signedSortDesc = PartialDate.sortKey(signedOn, true);
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.meeting = meeting;
		this.meetingId = (meeting != null) ? meeting.getId() : null;
		this.fields = new ArrayList<>(fields);
	}

	public String getId() {
		return this.id;
	}

	public String getTitleKey() {
		return this.titleKey;
	}

	public long getSignedSort() {
		return this.signedSort;
	}

	public long getSignedSortDesc() {
		return this.signedSortDesc;
	}

	public String getMeetingId() {
		return this.meetingId;
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

	public Status getStatus() {
		return this.status;
	}

	public PartialDate getSignedOn() {
		return this.signedOn;
	}

	public PartialDate getValidFrom() {
		return this.validFrom;
	}

	public PartialDate getValidUntil() {
		return this.validUntil;
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	public List<String> getFields() {
		return this.fields;
	}

	// ---- served values, set from the claims (claim/ServedValues) -------------------------

	public void serveKind(Kind kind) {
		this.kind = kind;
	}

	public void serveStatus(Status status) {
		this.status = status;
	}

	public void serveSignedOn(PartialDate signedOn) {
		this.signedOn = signedOn;
		this.signedSort = PartialDate.sortKey(signedOn, false);
		this.signedSortDesc = PartialDate.sortKey(signedOn, true);
	}

	public void serveValidFrom(PartialDate validFrom) {
		this.validFrom = validFrom;
	}

	public void serveValidUntil(PartialDate validUntil) {
		this.validUntil = validUntil;
	}

	public void serveMeeting(Meeting meeting) {
		this.meeting = meeting;
		this.meetingId = (meeting != null) ? meeting.getId() : null;
	}

	/** Fields another report adds to a stored agreement, each once. */
	public void addFields(java.util.Collection<String> more) {
		more.stream().filter((field) -> !this.fields.contains(field)).forEach(this.fields::add);
	}

	/** What sort of document an agreement is. */
	public enum Kind {

		COOPERATION_AGREEMENT, MEMORANDUM_OF_UNDERSTANDING, MINUTES, HANDOVER_DOCUMENT, PROGRAMME

	}

	/** Where an agreement stands, as its latest article tells. */
	public enum Status {

		PLANNED, SIGNED, IN_FORCE, ENDED

	}

}
