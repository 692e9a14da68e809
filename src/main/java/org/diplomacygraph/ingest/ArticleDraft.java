package org.diplomacygraph.ingest;

import java.util.List;

import org.diplomacygraph.article.Article;

/**
 * An article being compiled: the annotation file and text file it comes from, its NFC text, the
 * spans of that text that are not part of the story, and its entity, not saved yet.
 */
record ArticleDraft(String file, String textFile, String text, List<int[]> notStory, Article article) {

	/** The first occurrence outside notStory passages; -1 if absent, -2 if only inside them. */
	int find(String quote) {
		int found = this.text.indexOf(quote);
		if (found < 0) {
			return -1;
		}
		for (; found >= 0; found = this.text.indexOf(quote, found + 1)) {
			int start = found;
			int end = found + quote.length();
			if (this.notStory.stream().noneMatch((span) -> start < span[1] && span[0] < end)) {
				return found;
			}
		}
		return -2;
	}

	/** The article's slug. */
	String id() {
		return this.article.getId();
	}

}
