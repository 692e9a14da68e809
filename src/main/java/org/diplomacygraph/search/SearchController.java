package org.diplomacygraph.search;

import java.util.List;

import org.diplomacygraph.record.RecordType;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code search} query (entities by name and other names, best match first) and the
 * {@code lookup} query (the entities an exact name names).
 */
@Controller
class SearchController {

	private final SearchIndex index;

	private final NameLookup lookup;

	SearchController(SearchIndex index, NameLookup lookup) {
		this.index = index;
		this.lookup = lookup;
	}

	@QueryMapping
	List<Object> lookup(@Argument String name, @Argument List<RecordType> types, @Argument Integer first) {
		return this.lookup.lookup(LookupQuery.of(name, types, first));
	}

	@QueryMapping
	List<SearchResult> search(@Argument String query, @Argument List<RecordType> types, @Argument Integer first) {
		return this.index.search(SearchQuery.of(query, types, first));
	}

}
