package org.diplomacygraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads pages of a connection and walks a connection page by page, checking on every page what the
 * Relay cursor connection contract promises: {@code pageInfo} agrees with the edges, every page but
 * the last is full, and {@code totalCount} does not change from page to page.
 * <p>
 * A connection is read at a JSON path (such as {@code people} or {@code node.meetings}) from a
 * document that selects {@code totalCount}, {@code pageInfo { hasNextPage hasPreviousPage
 * startCursor endCursor }} and {@code edges { cursor node { id } }}.
 */
public final class Paging {

	private Paging() {
	}

	/** Reads the page of a connection at the given path of a response. */
	public static Page page(GraphQlTester.Response response, String path) {
		int totalCount = response.path(path + ".totalCount").entity(Integer.class).get();
		PageInfo pageInfo = response.path(path + ".pageInfo").entity(PageInfo.class).get();
		List<String> cursors = response.path(path + ".edges[*].cursor").entityList(String.class).get();
		List<String> ids = response.path(path + ".edges[*].node.id").entityList(String.class).get();
		assertThat(pageInfo.startCursor()).as("startCursor").isEqualTo(cursors.isEmpty() ? null : cursors.get(0));
		assertThat(pageInfo.endCursor()).as("endCursor")
			.isEqualTo(cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
		return new Page(totalCount, pageInfo, cursors, ids);
	}

	/**
	 * Walks the whole connection forward with {@code first} and {@code after}, starting without a
	 * cursor, and returns the IDs of all items in the order served.
	 * @param request sends the document with the given paging variables
	 */
	public static List<String> forward(Function<Map<String, Object>, GraphQlTester.Response> request, String path,
			int size) {
		List<String> ids = new ArrayList<>();
		String after = null;
		Integer totalCount = null;
		while (true) {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("first", size);
			if (after != null) {
				variables.put("after", after);
			}
			Page page = page(request.apply(variables), path);
			totalCount = checkTotalCount(totalCount, page);
			assertThat(page.pageInfo().hasPreviousPage()).as("hasPreviousPage after %s", after)
				.isEqualTo(after != null);
			ids.addAll(page.ids());
			if (!page.pageInfo().hasNextPage()) {
				assertThat(page.ids()).as("last page").hasSizeLessThanOrEqualTo(size);
				break;
			}
			assertThat(page.ids()).as("a page followed by another").hasSize(size);
			after = page.pageInfo().endCursor();
		}
		assertThat(ids).as("every item exactly once").doesNotHaveDuplicates().hasSize(totalCount);
		return ids;
	}

	/**
	 * Walks the whole connection backward with {@code last} and {@code before}, starting at the end,
	 * and returns the IDs of all items in display order (as a forward walk would return them).
	 */
	public static List<String> backward(Function<Map<String, Object>, GraphQlTester.Response> request, String path,
			int size) {
		List<String> ids = new ArrayList<>();
		String before = null;
		Integer totalCount = null;
		while (true) {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("last", size);
			if (before != null) {
				variables.put("before", before);
			}
			Page page = page(request.apply(variables), path);
			totalCount = checkTotalCount(totalCount, page);
			assertThat(page.pageInfo().hasNextPage()).as("hasNextPage before %s", before).isEqualTo(before != null);
			ids.addAll(0, page.ids());
			if (!page.pageInfo().hasPreviousPage()) {
				assertThat(page.ids()).as("first page").hasSizeLessThanOrEqualTo(size);
				break;
			}
			assertThat(page.ids()).as("a page preceded by another").hasSize(size);
			before = page.pageInfo().startCursor();
		}
		assertThat(ids).as("every item exactly once").doesNotHaveDuplicates().hasSize(totalCount);
		return ids;
	}

	private static int checkTotalCount(Integer previous, Page page) {
		if (previous != null) {
			assertThat(page.totalCount()).as("totalCount on every page").isEqualTo(previous);
		}
		return page.totalCount();
	}

	/** A page of a connection: its total count, page info, and the cursors and IDs of its edges. */
	public record Page(int totalCount, PageInfo pageInfo, List<String> cursors, List<String> ids) {
	}

	/** The {@code pageInfo} of a page. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
