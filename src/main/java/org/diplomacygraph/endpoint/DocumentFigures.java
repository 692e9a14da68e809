package org.diplomacygraph.endpoint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * What a parsed document would make graphql-java do, counted on its syntax tree before it is
 * validated or normalized, in time linear in the document: every fragment is counted once and its
 * figures are reused wherever it is spread, so a fragment spread twice in a fragment spread twice
 * (and so on 25 times, 33 million fields in 1 KB) is counted by arithmetic, never by expanding it.
 * <p>
 * Validation (overlapping fields) and normalization expand fragments; both run only on documents
 * these figures admit.
 *
 * @param fields field selections plus directives once fragments are expanded: of all operations
 *     together (validation expands each of them), or of the largest fragment if that is more (an
 *     unused fragment is validated too); saturates at {@link Long#MAX_VALUE}
 * @param depth the deepest nesting of fields in the operation that runs, fragments expanded; root
 *     fields are at level 1 (the deepest of all operations if the document names none that runs)
 * @param fragments the fragment definitions; validation's cycle check costs the cube of a chain
 *     of fragments that spread one another, so their number is bounded too
 * @param cycle a fragment that spreads itself, directly or through others, or {@code null}: found
 *     here in linear time, so that validation's own check never meets a cycle
 * @param operationFields the field selections of the operation that runs, fragments expanded,
 *     without those inside introspection ({@code __schema}, {@code __type}), which is answered from
 *     memory; 0 if the document names no such operation
 */
record DocumentFigures(long fields, int depth, int fragments, String cycle, long operationFields) {

	/** Counts the figures of a document; {@code operationName} picks the operation, as in execution. */
	static DocumentFigures of(Document document, String operationName) {
		Counter counter = new Counter(document);
		long operationsFields = 0;
		long largestFragment = 0;
		int fragments = 0;
		int deepest = 0;
		int depth = -1;
		long operationFields = 0;
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		for (Definition<?> definition : document.getDefinitions()) {
			Shape shape;
			if (definition instanceof OperationDefinition operation) {
				shape = counter.selectionSet(operation.getSelectionSet(), false);
				shape = shape.plus(operation.getDirectives().size());
				operationsFields = add(operationsFields, shape.fields());
				boolean runs = (operationName == null || operationName.isEmpty()) ? operations.size() == 1
						: operationName.equals(operation.getName());
				if (runs) {
					operationFields = shape.dataFields();
					depth = shape.depth();
				}
				deepest = Math.max(deepest, shape.depth());
			}
			else if (definition instanceof FragmentDefinition fragment) {
				shape = counter.fragment(fragment.getName());
				largestFragment = Math.max(largestFragment, shape.fields());
				fragments++;
			}
		}
		return new DocumentFigures(Math.max(operationsFields, largestFragment), (depth >= 0) ? depth : deepest,
				fragments, counter.cycle, operationFields);
	}

	/**
	 * The figures of one selection set: all its selections, those outside introspection, and the
	 * deepest field below it (a selection set of leaves has depth 1).
	 */
	private record Shape(long fields, long dataFields, int depth) {

		static final Shape EMPTY = new Shape(0, 0, 0);

		// A fragment being counted: met again before it is done, it spreads itself.
		static final Shape COUNTING = new Shape(0, 0, 0);

		Shape plus(long directives) {
			return new Shape(add(this.fields, directives), this.dataFields, this.depth);
		}

	}

	private static final class Counter {

		private final Map<String, FragmentDefinition> fragments = new HashMap<>();

		private final Map<String, Shape> counted = new HashMap<>();

		private String cycle;

		Counter(Document document) {
			for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
				// A name defined twice is a validation error; the first definition is counted.
				this.fragments.putIfAbsent(fragment.getName(), fragment);
			}
		}

		/**
		 * A fragment's figures, counted once. A fragment that spreads itself, directly or not, counts
		 * as empty where it recurs, and is named as the document's cycle.
		 */
		Shape fragment(String name) {
			Shape shape = this.counted.get(name);
			if (shape == Shape.COUNTING) {
				if (this.cycle == null) {
					this.cycle = name;
				}
				return Shape.EMPTY;
			}
			if (shape != null) {
				return shape;
			}
			FragmentDefinition fragment = this.fragments.get(name);
			if (fragment == null) {
				return Shape.EMPTY;
			}
			this.counted.put(name, Shape.COUNTING);
			shape = selectionSet(fragment.getSelectionSet(), false).plus(fragment.getDirectives().size());
			this.counted.put(name, shape);
			return shape;
		}

		/** Sums a selection set; inside introspection, none of its fields count as data. */
		Shape selectionSet(SelectionSet selectionSet, boolean introspection) {
			if (selectionSet == null) {
				return Shape.EMPTY;
			}
			long fields = 0;
			long dataFields = 0;
			int depth = 0;
			for (Selection<?> selection : selectionSet.getSelections()) {
				if (selection instanceof Field field) {
					boolean inside = introspection || field.getName().equals("__schema")
							|| field.getName().equals("__type");
					Shape below = selectionSet(field.getSelectionSet(), inside);
					fields = add(fields, add(1 + field.getDirectives().size(), below.fields()));
					dataFields = add(dataFields, inside ? 0 : add(1, below.dataFields()));
					depth = Math.max(depth, 1 + below.depth());
				}
				else if (selection instanceof InlineFragment inline) {
					Shape below = selectionSet(inline.getSelectionSet(), introspection);
					fields = add(fields, add(inline.getDirectives().size(), below.fields()));
					dataFields = add(dataFields, below.dataFields());
					depth = Math.max(depth, below.depth());
				}
				else if (selection instanceof FragmentSpread spread) {
					Shape below = fragment(spread.getName());
					fields = add(fields, add(spread.getDirectives().size(), below.fields()));
					dataFields = add(dataFields, introspection ? 0 : below.dataFields());
					depth = Math.max(depth, below.depth());
				}
			}
			return new Shape(fields, dataFields, depth);
		}

	}

	// Expanded counts grow exponentially with nesting; they saturate rather than overflow.
	private static long add(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

}
