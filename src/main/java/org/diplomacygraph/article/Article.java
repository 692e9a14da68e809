package org.diplomacygraph.article;

import java.util.Locale;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.diplomacygraph.values.Names;
import org.diplomacygraph.values.Node;
import org.diplomacygraph.values.PartialDate;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A news article, kept verbatim (in NFC), from which every fact of the graph is quoted. It is
 * stored once: its URL and its text, compared as {@link ArticleIdentity} says, are unique.
 * <p>
 * Its text is in the search index (the article search), analysed by its language: an English text
 * in {@code text_en} (stemmed), any other in {@code text_folded}; both fold case and diacritics.
 */
@Entity
@Indexed
public class Article implements Node {

	/** How much of the first line of an untitled article's text its label shows. */
	static final int UNTITLED_LABEL_LENGTH = 80;

	@Id
	@KeywordField(name = "id", sortable = Sortable.YES, searchable = Searchable.NO)
	private String id;

	private String contentHash;

	/** What identifies the text: {@link ArticleIdentity#textKey}, unique. */
	private String textKey;

	/** What identifies the URL: {@link ArticleIdentity#urlKey}, unique; null without a URL. */
	private String urlKey;

	private String fileName;

	private String title;

	/** The key to order by title ascending, untitled last: see {@link #titleSortKey}. */
	private String titleKey;

	/** The same key with untitled articles first, so that they come last in descending order. */
	private String titleKeyDesc;

	/** The first day the publication date may denote, as a day number, unknown last: see {@link PartialDate#sortKey}. */
	private long publishedSort;

	/** The same key with unknown dates first, so that they come last in descending order. */
	private long publishedSortDesc;

	private String publisher;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "text", column = @Column(name = "published_on")),
			@AttributeOverride(name = "earliest", column = @Column(name = "published_on_from")),
			@AttributeOverride(name = "latest", column = @Column(name = "published_on_until")) })
	private PartialDate publishedOn;

	private String language;

	private String url;

	// A `text` column, a plain unbounded string on H2 and PostgreSQL alike. @Lob would want `clob`
	// on H2 and a large object (`oid`) on PostgreSQL, so one migration could not serve both.
	@Column(columnDefinition = "text")
	private String text;

	protected Article() {
	}

	public Article(String id, String contentHash, String fileName, String title, String publisher,
			PartialDate publishedOn, String language, String url, String text) {
		this.id = id;
		this.contentHash = contentHash;
		this.fileName = fileName;
		this.title = title;
		this.titleKey = titleSortKey(title, false);
		this.titleKeyDesc = titleSortKey(title, true);
		this.publisher = publisher;
		this.publishedOn = publishedOn;
		this.publishedSort = PartialDate.sortKey(publishedOn, false);
		this.publishedSortDesc = PartialDate.sortKey(publishedOn, true);
		this.language = language;
		this.url = url;
		this.text = text;
		this.textKey = ArticleIdentity.textKey(text);
		this.urlKey = ArticleIdentity.urlKey(url);
	}

	/**
	 * A non-null key that orders articles by their folded title, ignoring case and diacritics, with
	 * untitled articles last in ascending and in descending order, as {@link PartialDate#sortKey}
	 * puts unknown dates last.
	 */
	public static String titleSortKey(String title, boolean descending) {
		if (title == null) {
			return descending ? "0" : "2";
		}
		return "1" + Names.fold(title);
	}

	public String getId() {
		return this.id;
	}

	public String getTitleKey() {
		return this.titleKey;
	}

	public String getTitleKeyDesc() {
		return this.titleKeyDesc;
	}

	public long getPublishedSort() {
		return this.publishedSort;
	}

	public long getPublishedSortDesc() {
		return this.publishedSortDesc;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public String getTextKey() {
		return this.textKey;
	}

	public String getUrlKey() {
		return this.urlKey;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getTitle() {
		return this.title;
	}

	/**
	 * The headline; for an article without one, the first line of its text with a letter or digit,
	 * cut after {@value #UNTITLED_LABEL_LENGTH} characters (at a code point) with an ellipsis.
	 */
	@Override
	public String getLabel() {
		if (this.title != null) {
			return this.title;
		}
		String line = this.text.lines()
			.map(String::strip)
			.filter((candidate) -> candidate.codePoints().anyMatch(Character::isLetterOrDigit))
			.findFirst()
			.orElse(this.id);
		if (line.length() <= UNTITLED_LABEL_LENGTH) {
			return line;
		}
		int end = UNTITLED_LABEL_LENGTH;
		if (Character.isHighSurrogate(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(0, end).stripTrailing() + "…";
	}

	public String getPublisher() {
		return this.publisher;
	}

	public PartialDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getUrl() {
		return this.url;
	}

	public String getText() {
		return this.text;
	}

	/** Whether a language tag names English ({@code en}, {@code en-GB}, ignoring case): stemmed as English. */
	public static boolean english(String language) {
		String tag = language.toLowerCase(Locale.ROOT);
		return tag.equals("en") || tag.startsWith("en-");
	}

	/** The text for the English field of the search index; null for an article in another language. */
	@FullTextField(name = "text_en", analyzer = "text_en")
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "text")),
			@ObjectPath(@PropertyValue(propertyName = "language")) })
	public String getEnglishText() {
		return english(this.language) ? this.text : null;
	}

	/** The text for the folded field of the search index; null for an article in English. */
	@FullTextField(name = "text_folded", analyzer = "text_folded")
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "text")),
			@ObjectPath(@PropertyValue(propertyName = "language")) })
	public String getFoldedText() {
		return english(this.language) ? null : this.text;
	}

	/** The language tag in lower case, for the search's {@code language} argument (compared ignoring case). */
	@KeywordField(name = "language")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "language")))
	public String getLanguageKey() {
		return this.language.toLowerCase(Locale.ROOT);
	}

}
