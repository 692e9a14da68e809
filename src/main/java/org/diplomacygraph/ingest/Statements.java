package org.diplomacygraph.ingest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.Evidence.Aspect;
import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.ingest.AnnotationFile.Quote;
import org.diplomacygraph.ingest.CorpusCompiler.ClaimDraft;
import org.diplomacygraph.ingest.Draft.Named;
import org.diplomacygraph.ingest.Draft.Value;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.UserError.Code;

/**
 * What each article asserts and quotes: its claims (a value of a field of a record, by the article)
 * and its evidence (a quote found in its text, for an aspect of a record), each kept once, in the
 * order met.
 */
final class Statements {

	private final Checks checks;

	private final Set<ClaimDraft> claims = new LinkedHashSet<>();

	private final Map<String, EvidenceDraft> evidence = new LinkedHashMap<>();

	Statements(Checks checks) {
		this.checks = checks;
	}

	List<ClaimDraft> claims() {
		return List.copyOf(this.claims);
	}

	/** The evidence, tied to the articles' entities by slug. */
	List<Evidence> evidence(Map<String, Article> articles) {
		return this.evidence.values()
			.stream()
			.map((quote) -> new Evidence(articles.get(quote.article), quote.type, quote.subject, quote.aspect, quote.quote,
					quote.start))
			.toList();
	}

	/**
	 * A value an article asserts: kept as its claim; the record is built with the first value met,
	 * and {@code claim/ServedValues} serves the one the field's rule chooses once all are stored.
	 * Sources that disagree are no defect: disagreement is data.
	 */
	<T> void claim(ArticleDraft article, Draft<?> draft, Value<T> value, Where at, ClaimField field, T given) {
		if (given == null) {
			return;
		}
		value.offer(given, at);
		String text = (given instanceof Enum<?> constant) ? constant.name() : given.toString();
		this.claims.add(new ClaimDraft(article.id(), draft.type, draft.id, field, text));
	}

	/**
	 * The name and aliases an entry gives, as claims of its article. An alias must occur in the
	 * text (it is a spelling the article uses; an editor adds others with {@code addAlias}); each
	 * spelling that occurs is quoted as the evidence of its claim.
	 */
	void names(ArticleDraft article, Where at, Named<?> draft, String name, List<String> aliases) {
		String given = CorpusCompiler.blankToNull(name);
		if (given != null) {
			this.checks.agree(draft.name, at, given);
			// Another spelling of a stored entity becomes an alias of it (see GraphBuilder.extend): so is its claim.
			String stored = draft.storedName();
			// A claim of a name stands on its quote: an article that spells the name otherwise (the
			// record's name is the annotator's, in its own orthography) claims only the spellings it uses.
			if (article.find(CorpusCompiler.nfc(given)) >= 0) {
				nameClaim(article, draft, (stored != null && !stored.equals(given)) ? ClaimField.ALIAS : ClaimField.NAME,
						given);
			}
		}
		for (int index = 0; index < aliases.size(); index++) {
			String alias = CorpusCompiler.blankToNull(aliases.get(index));
			if (alias == null) {
				continue;
			}
			if (article.find(CorpusCompiler.nfc(alias)) < 0) {
				this.checks.report(at.defect(Code.QUOTE_NOT_FOUND, "aliases", "alias \"" + InputText.echo(alias)
						+ "\" does not occur in " + article.textFile() + "; an article gives only the spellings it uses (an editor adds others with addAlias)",
						"aliases", index));
				continue;
			}
			draft.aliases.add(alias);
			nameClaim(article, draft, ClaimField.ALIAS, alias);
		}
	}

	private void nameClaim(ArticleDraft article, Draft<?> draft, ClaimField field, String spelling) {
		this.claims.add(new ClaimDraft(article.id(), draft.type, draft.id, field, spelling));
		String wanted = CorpusCompiler.nfc(spelling);
		int start = article.find(wanted);
		if (start >= 0) {
			add(new EvidenceDraft(article.id(), draft.type, draft.id, Aspect.NAME, wanted, start));
		}
	}

	/** Finds each quote in the article and records it as evidence of one aspect of the subject. */
	void quote(ArticleDraft article, Where at, Draft<?> subject, Aspect aspect, String field, List<Quote> quotes,
			boolean required) {
		if (quotes.isEmpty() && required) {
			this.checks.report(at.defect(Code.REQUIRED, field, "no quote given; every fact cites the words of its article",
					field));
		}
		for (int index = 0; index < quotes.size(); index++) {
			String quote = (quotes.get(index) != null) ? quotes.get(index).quote() : null;
			String wanted = CorpusCompiler.nfc((quote != null) ? quote : "");
			if (wanted.isBlank()) {
				this.checks.report(at.defect(Code.REQUIRED, field, "empty quote", field, index));
				continue;
			}
			int start = article.find(wanted);
			if (start == -1) {
				this.checks.report(at.defect(Code.QUOTE_NOT_FOUND, field,
						"quote \"" + InputText.echo(quote) + "\" not found in " + article.textFile(), field, index));
			}
			else if (start == -2) {
				this.checks.report(at.defect(Code.QUOTE_NOT_FOUND, field,
						"quote \"" + InputText.echo(quote) + "\" stands only in a passage marked notStory", field, index));
			}
			else {
				add(new EvidenceDraft(article.id(), subject.type, subject.id, aspect, wanted, start));
			}
		}
	}

	private void add(EvidenceDraft quote) {
		this.evidence.putIfAbsent(quote.key(), quote);
	}

	/** A quote found in an article, before it is tied to a saved article. */
	private record EvidenceDraft(String article, RecordType type, String subject, Aspect aspect, String quote,
			int start) {

		String key() {
			return this.article + "|" + this.type + "|" + this.subject + "|" + this.aspect + "|" + this.start + "|"
					+ this.quote.length();
		}

	}

}
