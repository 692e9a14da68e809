package org.diplomacygraph.article;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.diplomacygraph.model.Batches;
import org.diplomacygraph.model.Connection;
import org.diplomacygraph.model.Filter;
import org.diplomacygraph.model.Ordering;
import org.diplomacygraph.model.Page;
import org.diplomacygraph.system.KeysetPager;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Articles and evidence: the root connection, an article's quotes, and the article of a quote. */
@Controller
class ArticleController {

	private final KeysetPager pager;

	private final ArticleRepository articles;

	private final EvidenceRepository evidence;

	ArticleController(KeysetPager pager, ArticleRepository articles, EvidenceRepository evidence) {
		this.pager = pager;
		this.articles = articles;
		this.evidence = evidence;
	}

	@QueryMapping
	Connection<Article> articles(@Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before, @Argument ArticleFilter filter, @Argument ArticleOrder orderBy,
			DataFetchingEnvironment env) {
		Ordering<Article> ordering = ArticleOrder.toOrdering(orderBy);
		Page page = Page.of(first, after, last, before, ordering);
		Filter<Article> where = (filter != null) ? filter.toFilter("filter") : Filter.none();
		return this.pager.page(Article.class, where, ordering, page, env.getSelectionSet().contains("totalCount"));
	}

	@BatchMapping(typeName = "Article", field = "evidence")
	Map<Article, List<Evidence>> articleEvidence(List<Article> articles) {
		return Batches.toMany(articles, Article::getId, this.evidence::findByArticleIdInOrderByStartAscIdAsc,
				Evidence::getArticleId);
	}

	@BatchMapping(typeName = "Evidence")
	Map<Evidence, Article> article(List<Evidence> quotes) {
		return Batches.toOne(quotes, Evidence::getArticleId, this.articles::findAllById, Article::getId);
	}

}
