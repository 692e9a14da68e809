package org.diplomacygraph.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.diplomacygraph.record.RecordType;

/**
 * The exact words of an article that support one aspect of one fact: {@code quote} equals the
 * article's text between {@code start} (inclusive) and {@code end} (exclusive), in UTF-16 units.
 */
@Entity
public class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@Column(name = "article_id", insertable = false, updatable = false)
	private String articleId;

	@Enumerated(EnumType.STRING)
	private RecordType subjectType;

	private String subjectId;

	@Enumerated(EnumType.STRING)
	private Aspect aspect;

	private String quote;

	@Column(name = "start_offset")
	private int start;

	@Column(name = "end_offset")
	private int end;

	protected Evidence() {
	}

	public Evidence(Article article, RecordType subjectType, String subjectId, Aspect aspect, String quote,
			int start) {
		this.article = article;
		this.articleId = article.getId();
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.aspect = aspect;
		this.quote = quote;
		this.start = start;
		this.end = start + quote.length();
	}

	public Long getId() {
		return this.id;
	}

	public String getArticleId() {
		return this.articleId;
	}

	public Article getArticle() {
		return this.article;
	}

	public RecordType getSubjectType() {
		return this.subjectType;
	}

	public String getSubjectId() {
		return this.subjectId;
	}

	public Aspect getAspect() {
		return this.aspect;
	}

	public String getQuote() {
		return this.quote;
	}

	public int getStart() {
		return this.start;
	}

	public int getEnd() {
		return this.end;
	}


	/** Which statement about the subject the quote supports. */
	public enum Aspect {

		/** The subject itself: that it exists and is what the record says. */
		SUBJECT,
		/** When it happened (a meeting) or when a post was held. */
		DATE,
		/** A name or alias of the subject, spelt as the quote spells it (served under claims, not in evidence lists). */
		NAME,
		/** Where it happened. */
		PLACE,
		/** An agreement's status. */
		STATUS,
		/** An agreement's signing date. */
		SIGNED_ON,
		/** An agreement's validity period. */
		VALIDITY

	}

}
