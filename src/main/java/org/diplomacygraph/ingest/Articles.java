package org.diplomacygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.ArticleIdentity;
import org.diplomacygraph.ingest.AnnotationFile.Metadata;
import org.diplomacygraph.ingest.CorpusCompiler.Problem;
import org.diplomacygraph.ingest.CorpusException.Defect;
import org.diplomacygraph.ingest.CorpusReader.SourceArticle;
import org.diplomacygraph.values.PartialDate;
import org.diplomacygraph.values.UserError.Code;

/**
 * The articles of one compilation: each file's text (valid UTF-8, taken in NFC) and metadata
 * checked, its {@code notStory} passages found, and one file per article — per slug, per text but
 * for Unicode normalisation and white space, and per URL ({@link ArticleIdentity}).
 */
final class Articles {

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

	private final Checks checks;

	private final Map<String, ArticleDraft> articles = new LinkedHashMap<>();

	/** The file that gave each identity (its text's key, its URL's key) first. */
	private final Map<String, String> identities = new HashMap<>();

	Articles(Checks checks) {
		this.checks = checks;
	}

	Collection<ArticleDraft> all() {
		return this.articles.values();
	}

	/** The articles' entities by slug, in the order read. */
	Map<String, Article> entities() {
		Map<String, Article> entities = new LinkedHashMap<>();
		this.articles.forEach((slug, draft) -> entities.put(slug, draft.article()));
		return entities;
	}

	/**
	 * The article of a file, checked; null if its entries cannot be read (a text that is not UTF-8,
	 * no valid slug, a slug another file has), with the defect.
	 */
	ArticleDraft read(SourceArticle source) {
		String file = source.annotationFile();
		String text = decode(source);
		Metadata meta = source.annotations().article();
		Where at = new Where(file, "article", List.of());
		if (text == null || !this.checks.slug(at, "slug", meta.slug(), Checks.SLUG)) {
			return null;
		}
		ArticleDraft previous = this.articles.get(meta.slug());
		if (previous != null) {
			this.checks.report(at.defect(Code.CONFLICT, null,
					"duplicate article id '" + meta.slug() + "' (also in " + previous.file() + ")", "slug"));
			return null;
		}
		String hash = CorpusCompiler.sha256(source.text());
		String sameText = this.identities.putIfAbsent("text:" + ArticleIdentity.textKey(text), file);
		if (sameText != null) {
			this.checks.report(at.defect(Code.CONFLICT, null, "the same text is already annotated by " + sameText, "text"));
		}
		String urlKey = ArticleIdentity.urlKey(meta.url());
		String sameUrl = (urlKey != null) ? this.identities.putIfAbsent("url:" + urlKey, file) : null;
		if (sameUrl != null) {
			this.checks.report(at.defect(Code.CONFLICT, null, "the same URL is already given by " + sameUrl, "url"));
		}
		if (meta.language() == null || !LANGUAGE.matcher(meta.language()).matches()) {
			this.checks.report(at.defect((meta.language() == null) ? Code.REQUIRED : Code.INVALID, null,
					"language must be a BCP 47 tag such as 'en', not '" + meta.language() + "'", "language"));
		}
		PartialDate publishedOn = this.checks.date(at, "publishedOn", meta.publishedOn());
		List<int[]> notStory = new ArrayList<>();
		for (int index = 0; index < meta.notStory().size(); index++) {
			String passage = meta.notStory().get(index);
			String wanted = CorpusCompiler.nfc((passage != null) ? passage : "");
			int from = (wanted.isEmpty()) ? -1 : text.indexOf(wanted);
			if (from < 0) {
				this.checks.report(at.defect(Code.QUOTE_NOT_FOUND, null,
						"notStory passage \"" + passage + "\" not found in " + source.textFile(), "notStory", index));
			}
			for (; from >= 0; from = text.indexOf(wanted, from + 1)) {
				notStory.add(new int[] { from, from + wanted.length() });
			}
		}
		ArticleDraft article = new ArticleDraft(file, source.textFile(), text, notStory,
				new Article(meta.slug(), hash, source.textFile(), CorpusCompiler.blankToNull(meta.title()),
						CorpusCompiler.blankToNull(meta.publisher()), publishedOn, meta.language(),
						CorpusCompiler.blankToNull(meta.url()), text));
		this.articles.put(meta.slug(), article);
		return article;
	}

	/** The text in NFC, or null with a defect if it is not valid UTF-8. */
	private String decode(SourceArticle source) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(source.text()))
				.toString();
			return CorpusCompiler.nfc(text);
		}
		catch (CharacterCodingException ex) {
			this.checks.report(new Problem(new Defect(source.textFile(), null, "not valid UTF-8"), List.of("text"),
					Code.INVALID, "not valid UTF-8"));
			return null;
		}
	}

}
