package org.diplomacygraph.ingest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An article ingested through the API, kept to answer a repeated request and to ingest it again
 * after a corpus rewrite: its text and its annotations with every reference resolved (JSON).
 */
@Entity
class IngestedArticle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String articleId;

	private String inputHash;

	@Column(columnDefinition = "text")
	private String text;

	@Column(columnDefinition = "text")
	private String annotations;

	@Column(columnDefinition = "text")
	private String createdIds;

	@Column(columnDefinition = "text")
	private String matchedIds;

	private Instant ingestedAt;

	protected IngestedArticle() {
	}

	IngestedArticle(String articleId, String inputHash, String text, String annotations, List<String> createdIds,
			List<String> matchedIds, Instant ingestedAt) {
		this.articleId = articleId;
		this.inputHash = inputHash;
		this.text = text;
		this.annotations = annotations;
		this.createdIds = String.join(" ", createdIds);
		this.matchedIds = String.join(" ", matchedIds);
		this.ingestedAt = ingestedAt;
	}

	Long getId() {
		return this.id;
	}

	String getArticleId() {
		return this.articleId;
	}

	String getText() {
		return this.text;
	}

	Instant getIngestedAt() {
		return this.ingestedAt;
	}

	String getAnnotations() {
		return this.annotations;
	}

	List<String> getCreatedIds() {
		return split(this.createdIds);
	}

	List<String> getMatchedIds() {
		return split(this.matchedIds);
	}

	private static List<String> split(String ids) {
		return ids.isEmpty() ? List.of() : Arrays.asList(ids.split(" "));
	}

}
