package org.diplomacygraph.search;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code search} query: entities by name and other names, best match first. */
@Controller
class SearchController {

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@QueryMapping
	List<SearchResult> search(@Argument String query, @Argument List<SearchType> types, @Argument Integer first) {
		return this.index.search(SearchQuery.of(query, types, first));
	}

}
