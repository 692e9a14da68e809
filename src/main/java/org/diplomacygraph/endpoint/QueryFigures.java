package org.diplomacygraph.endpoint;

import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.diplomacygraph.paging.Page;

/**
 * What an operation asks for, computed before execution from its normalized form (fragments
 * expanded, variables applied): aliases, root fields and cost. The document was held to
 * {@link DocumentFigures}' bounds before it was normalized.
 * <p>
 * The cost is GitHub's node count applied to every list of objects: one point for the request, plus,
 * for each list of objects, the most items it may hold times the items of the lists around it. A
 * connection's {@code nodes} and {@code edges} hold at most its {@code first} or {@code last} (20 if
 * neither is given), {@code nodes(ids:)} one per ID, a list with a {@code first} argument that many,
 * and any other list {@code assumedListSize} items. On top, one point per
 * {@link #FIELDS_PER_POINT} field selections of the document, fragments expanded, so that a request
 * that selects many fields pays for the work of planning and completing them even when it lists
 * nothing. Introspection is free: it is answered from memory.
 *
 * @param aliases the fields with an alias
 * @param rootFields the fields at the top of the operation
 * @param cost the cost points the operation may spend at most
 */
record QueryFigures(int aliases, int rootFields, long cost) {

	/** Field selections (fragments expanded, introspection aside) that cost one point. */
	static final int FIELDS_PER_POINT = 100;

	/**
	 * Counts the figures of a normalized operation whose document selects {@code selectedFields}
	 * fields outside introspection, fragments expanded ({@link DocumentFigures#operationFields()}).
	 */
	static QueryFigures of(ExecutableNormalizedOperation operation, GraphQLSchema schema, int assumedListSize,
			long selectedFields) {
		Counter counter = new Counter(schema, assumedListSize);
		List<ExecutableNormalizedField> roots = operation.getTopLevelFields();
		roots.forEach((field) -> counter.visit(field, 1, field.getName().startsWith("__")));
		double cost = 1 + selectedFields / FIELDS_PER_POINT + counter.cost;
		return new QueryFigures(counter.aliases, roots.size(), (long) Math.min(cost, 1e18));
	}

	private static final class Counter {

		private final GraphQLSchema schema;

		private final int assumedListSize;

		private int aliases;

		// A double, not a long: nested page sizes multiply, and an absurd query must not overflow.
		private double cost;

		Counter(GraphQLSchema schema, int assumedListSize) {
			this.schema = schema;
			this.assumedListSize = assumedListSize;
		}

		void visit(ExecutableNormalizedField field, double items, boolean introspection) {
			if (field.getAlias() != null) {
				this.aliases++;
			}
			double childItems = items;
			GraphQLType type = GraphQLTypeUtil.unwrapNonNull(field.getType(this.schema));
			if (!introspection && type instanceof GraphQLList
					&& GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLCompositeType) {
				childItems = items * bound(field);
				this.cost += childItems;
			}
			for (ExecutableNormalizedField child : field.getChildren()) {
				visit(child, childItems, introspection);
			}
		}

		private int bound(ExecutableNormalizedField field) {
			Map<String, Object> arguments = field.getResolvedArguments();
			ExecutableNormalizedField parent = field.getParent();
			if (parent != null && isConnection(parent)
					&& (field.getName().equals("nodes") || field.getName().equals("edges"))) {
				return pageSize(parent.getResolvedArguments());
			}
			if (arguments.get("ids") instanceof List<?> ids) {
				return ids.size();
			}
			if (arguments.get("first") instanceof Integer first) {
				return clamp(first);
			}
			return this.assumedListSize;
		}

		private boolean isConnection(ExecutableNormalizedField field) {
			GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType(this.schema));
			return ((GraphQLNamedType) type).getName().endsWith("Connection");
		}

		private static int pageSize(Map<String, Object> arguments) {
			if (arguments.get("first") instanceof Integer first) {
				return clamp(first);
			}
			if (arguments.get("last") instanceof Integer last) {
				return clamp(last);
			}
			return Page.DEFAULT_SIZE;
		}

		// Out-of-range sizes are refused when the field runs; here they count as the largest allowed.
		private static int clamp(int size) {
			return Math.max(0, Math.min(size, Page.MAX_SIZE));
		}

	}

}
