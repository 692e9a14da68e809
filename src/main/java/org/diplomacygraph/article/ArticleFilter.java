package org.diplomacygraph.article;

import java.util.Locale;

import org.diplomacygraph.paging.DateRange;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.values.InputText;

/**
 * The schema's {@code ArticleFilter}: conditions on articles, all of which must hold. Language tags
 * compare ignoring case, as BCP 47 says they do.
 */
record ArticleFilter(DateRange publishedOn, String language, String publisher) {

	Filter<Article> toFilter(String argument) {
		DateRange range = (this.publishedOn != null) ? this.publishedOn.check(argument + ".publishedOn") : null;
		InputText.require(this.language, InputText.Field.LANGUAGE, argument + ".language");
		InputText.require(this.publisher, InputText.Field.LABEL, argument + ".publisher");
		return (article, query, cb) -> Filter.and(cb,
				(range != null) ? range.overlaps(cb, article.get("publishedOn")) : null,
				(this.language != null)
						? cb.equal(cb.lower(article.get("language")), this.language.toLowerCase(Locale.ROOT)) : null,
				(this.publisher != null) ? cb.equal(article.get("publisher"), this.publisher) : null);
	}

}
