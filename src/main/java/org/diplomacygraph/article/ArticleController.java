package org.diplomacygraph.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.diplomacygraph.paging.Batches;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.KeysetPager;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.paging.Page;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** Articles and evidence: the root connection, an article's quotes, and the article and sentence of a quote. */
@Controller
class ArticleController {

	private final KeysetPager pager;

	private final ArticleRepository articles;

	private final EvidenceRepository evidence;

	ArticleController(KeysetPager pager, ArticleRepository articles, EvidenceRepository evidence,
			BatchLoaderRegistry registry) {
		this.pager = pager;
		this.articles = articles;
		this.evidence = evidence;
		registry.forTypePair(String.class, SentencedArticle.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> load(ids)));
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

	/** The article of a quote, from the loader the quote's sentence reads too: one statement for both. */
	@SchemaMapping(typeName = "Evidence")
	CompletableFuture<Article> article(Evidence quote, DataLoader<String, SentencedArticle> articles) {
		return articles.load(quote.getArticleId()).thenApply(SentencedArticle::article);
	}

	@SchemaMapping(typeName = "Evidence")
	CompletableFuture<String> sentence(Evidence quote, DataLoader<String, SentencedArticle> articles) {
		return articles.load(quote.getArticleId())
			.thenApply((article) -> article.sentenceOf(quote).of(article.article().getText()));
	}

	@SchemaMapping(typeName = "Evidence")
	CompletableFuture<Integer> sentenceStart(Evidence quote, DataLoader<String, SentencedArticle> articles) {
		return articles.load(quote.getArticleId()).thenApply((article) -> article.sentenceOf(quote).start());
	}

	@SchemaMapping(typeName = "Evidence")
	CompletableFuture<Integer> sentenceEnd(Evidence quote, DataLoader<String, SentencedArticle> articles) {
		return articles.load(quote.getArticleId()).thenApply((article) -> article.sentenceOf(quote).end());
	}

	private Map<String, SentencedArticle> load(Set<String> ids) {
		Map<String, SentencedArticle> loaded = new HashMap<>();
		for (Article article : this.articles.findAllById(ids)) {
			loaded.put(article.getId(), new SentencedArticle(article));
		}
		return loaded;
	}

}
