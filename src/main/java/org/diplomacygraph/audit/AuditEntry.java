package org.diplomacygraph.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One write as the audit log keeps it: who, when, which operation, what it touched. */
@Entity
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant recordedAt;

	private String actor;

	private String operation;

	private String summary;

	/** Global IDs separated by single spaces (IDs are base64url, so they hold no space). */
	private String subjectIds;

	protected AuditEntry() {
	}

	AuditEntry(Instant recordedAt, String actor, String operation, String summary, List<String> subjectIds) {
		this.recordedAt = recordedAt;
		this.actor = actor;
		this.operation = operation;
		this.summary = summary;
		this.subjectIds = String.join(" ", subjectIds);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getOperation() {
		return this.operation;
	}

	public String getSummary() {
		return this.summary;
	}

	public List<String> getSubjectIds() {
		return this.subjectIds.isEmpty() ? List.of() : Arrays.asList(this.subjectIds.split(" "));
	}

}
