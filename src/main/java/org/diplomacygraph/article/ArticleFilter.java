package org.diplomacygraph.article;

import org.diplomacygraph.model.DateRange;
import org.diplomacygraph.model.Filter;

/** The schema's {@code ArticleFilter}: conditions on articles, all of which must hold. */
record ArticleFilter(DateRange publishedOn, String language, String publisher) {

	Filter<Article> toFilter(String argument) {
		DateRange range = (this.publishedOn != null) ? this.publishedOn.check(argument + ".publishedOn") : null;
		return (article, query, cb) -> Filter.and(cb,
				(range != null) ? range.overlaps(cb, article.get("publishedOn")) : null,
				(this.language != null) ? cb.equal(article.get("language"), this.language) : null,
				(this.publisher != null) ? cb.equal(article.get("publisher"), this.publisher) : null);
	}

}
