package org.diplomacygraph.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.TrimFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analyzers of the search index, named in the entities' search annotations: {@value #NAME}
 * turns a name into folded words, {@value #NAME_PREFIX} into every prefix of those words, and the
 * normalizer {@value #WHOLE_NAME} folds a whole name into one term. All three fold as
 * {@code Names.fold} does: {@code Đinh Tiến Dũng} → {@code dinh tien dung}, {@code Díaz-Canel} →
 * {@code diaz canel}.
 * <p>
 * The text of articles has two more, one per kind of language: {@value #TEXT_FOLDED} folds words
 * as names are folded ({@code Hà Nội} → {@code ha noi}), for any language; {@value #TEXT_ENGLISH}
 * also drops English function words and stems ({@code gifts} → {@code gift}, {@code meetings} →
 * {@code meet}), for English texts.
 * <p>
 * Public because Hibernate Search instantiates it by its name in {@code application.properties}.
 */
public class NameAnalysisConfigurer implements LuceneAnalysisConfigurer {

	/** The words of a name, lower case and without diacritics. */
	static final String NAME = "name";

	/** The prefixes of the words of a name ({@code dinh} → {@code d, di, din, dinh}), for the index only. */
	static final String NAME_PREFIX = "name_prefix";

	/** A whole name as one term, words separated by one space. */
	static final String WHOLE_NAME = "whole_name";

	/** The words of an article's text in any language: folded as names are. */
	static final String TEXT_FOLDED = "text_folded";

	/** The words of an English article's text: folded, without function words, stemmed (Porter). */
	static final String TEXT_ENGLISH = "text_en";

	/** Prefixes longer than this are not indexed; the whole word still is. */
	private static final int MAX_PREFIX = 20;

	/**
	 * Anything but letters, digits and their marks separates words, so that user text such as
	 * {@code name:x*} or {@code People's} splits where {@code Names.fold} splits it; the standard
	 * tokenizer alone keeps {@code name:x} and {@code people's} as one word.
	 */
	private static final String SEPARATORS = "[^\\p{L}\\p{N}\\p{M}]+";

	/** An English possessive ending: {@code Hanoi’s} is {@code Hanoi}. */
	private static final String POSSESSIVE = "(?<=[\\p{L}\\p{N}])['’][sS](?![\\p{L}\\p{N}])";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		foldWords(context.analyzer(NAME).custom().tokenizer(StandardTokenizerFactory.class));
		foldWords(context.analyzer(NAME_PREFIX).custom().tokenizer(StandardTokenizerFactory.class))
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "1")
			.param("maxGramSize", String.valueOf(MAX_PREFIX))
			.param("preserveOriginal", "true");
		foldWords(context.normalizer(WHOLE_NAME).custom()).tokenFilter(TrimFilterFactory.class);
		foldWords(context.analyzer(TEXT_FOLDED).custom().tokenizer(StandardTokenizerFactory.class));
		// The possessive 's goes before the apostrophe splits it off as a word "s"; then Lucene's
		// English stop words (a, the, of, ...), by default.
		foldWords(context.analyzer(TEXT_ENGLISH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.charFilter(PatternReplaceCharFilterFactory.class)
			.param("pattern", POSSESSIVE)
			.param("replacement", ""))
			.tokenFilter(StopFilterFactory.class)
			.tokenFilter(PorterStemFilterFactory.class);
	}

	/** Char filters run before the tokenizer, token filters after it, in the order added. */
	private static LuceneAnalysisOptionalComponentsStep foldWords(LuceneAnalysisOptionalComponentsStep step) {
		step.charFilter(PatternReplaceCharFilterFactory.class).param("pattern", SEPARATORS).param("replacement", " ");
		step.tokenFilter(LowerCaseFilterFactory.class);
		// Folds đ to d too, which Unicode decomposition does not: đ is a letter of its own, not d with a mark.
		step.tokenFilter(ASCIIFoldingFilterFactory.class);
		return step;
	}

}
