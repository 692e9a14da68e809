package org.diplomacygraph.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.diplomacygraph.record.RecordType;

/**
 * One value of one field of one record, as one source asserts it: an article (its evidence is the
 * article's quotes of the field's aspect about the record) or an editor (the audit entry of the
 * write). References hold the slug of the named entity; dates their ISO text; kinds their constant.
 */
@Entity
public class Claim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private RecordType subjectType;

	private String subjectId;

	@Enumerated(EnumType.STRING)
	private ClaimField field;

	private String claimed;

	@Column(name = "article_id")
	private String articleId;

	@Column(name = "audit_entry_id")
	private Long auditEntryId;

	protected Claim() {
	}

	private Claim(RecordType subjectType, String subjectId, ClaimField field, String claimed, String articleId,
			Long auditEntryId) {
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.field = field;
		this.claimed = claimed;
		this.articleId = articleId;
		this.auditEntryId = auditEntryId;
	}

	/** A value an article asserts. */
	public static Claim byArticle(RecordType type, String subjectId, ClaimField field, String value,
			String articleId) {
		return new Claim(type, subjectId, field, value, articleId, null);
	}

	/** A value an editor asserts, in the write recorded by the audit entry. */
	public static Claim byEditor(RecordType type, String subjectId, ClaimField field, String value,
			long auditEntryId) {
		return new Claim(type, subjectId, field, value, null, auditEntryId);
	}

	public Long getId() {
		return this.id;
	}

	public RecordType getSubjectType() {
		return this.subjectType;
	}

	public String getSubjectId() {
		return this.subjectId;
	}

	public ClaimField getField() {
		return this.field;
	}

	public String getClaimed() {
		return this.claimed;
	}

	public String getArticleId() {
		return this.articleId;
	}

	public Long getAuditEntryId() {
		return this.auditEntryId;
	}

	/** The source, for counting sources: an article's slug or an editor's write. */
	String source() {
		return (this.articleId != null) ? "article:" + this.articleId : "audit:" + this.auditEntryId;
	}

}
