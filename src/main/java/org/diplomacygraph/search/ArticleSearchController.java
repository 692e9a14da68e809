package org.diplomacygraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.paging.Connection.Edge;
import org.diplomacygraph.paging.Connection.PageInfo;
import org.diplomacygraph.paging.Connection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code searchArticles} query: sentences of the articles' text, and the nodes each mentions. */
@Controller
class ArticleSearchController {

	private final ArticleSearch search;

	private final MentionedEntities mentioned;

	ArticleSearchController(ArticleSearch search, MentionedEntities mentioned) {
		this.search = search;
		this.mentioned = mentioned;
	}

	@QueryMapping
	Connection<ArticleSearchHit> searchArticles(@Argument String query, @Argument String language,
			@Argument Integer first, @Argument String after) {
		ArticleSearchQuery checked = ArticleSearchQuery.of(query, language, first, after);
		ArticleSearch.Page page = this.search.search(checked);
		List<Edge<ArticleSearchHit>> edges = new ArrayList<>(page.hits().size());
		for (int i = 0; i < page.hits().size(); i++) {
			edges.add(new Edge<>(checked.cursor(checked.offset() + i), page.hits().get(i)));
		}
		PageInfo pageInfo = new PageInfo(page.hasNextPage(), checked.offset() > 0,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(null, pageInfo, edges, page.hits());
	}

	@BatchMapping(typeName = "ArticleSearchHit")
	Map<ArticleSearchHit, List<Object>> entities(List<ArticleSearchHit> hits) {
		return this.mentioned.of(hits);
	}

}
