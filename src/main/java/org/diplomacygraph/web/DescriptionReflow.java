package org.diplomacygraph.web;

import java.util.regex.Pattern;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Serves the schema's descriptions as Markdown paragraphs without the line breaks of the SDL files,
 * which are wrapped at 100 columns for reading: GraphiQL renders every line break in a description
 * as a break ({@code <br>}), and the explorer's tooltips show them too. Paragraphs are joined into
 * one line each; blank lines, list items, headings, quotes, tables, thematic breaks, fenced and
 * indented code and hard breaks are kept, so the Markdown means what it meant. Applied once to the
 * executable schema at start-up ({@link GraphQlConfiguration}); the SDL files stay as they are.
 */
final class DescriptionReflow extends GraphQLTypeVisitorStub {

	private static final Pattern BULLET = Pattern.compile("[-*+](\\s.*)?");

	private static final Pattern ORDERED = Pattern.compile("(\\d{1,9})[.)](\\s.*)?");

	private static final Pattern LEAF_BLOCK = Pattern.compile("#{1,6}(\\s.*)?|>.*|\\|.*|([-*_=])(\\s*\\2){2,}\\s*");

	private static final Pattern FENCE = Pattern.compile("(`{3,}|~{3,}).*");

	/**
	 * The description with each paragraph (and each list item) on one line; {@code null} stays
	 * {@code null}, and text without line breaks is returned as it is.
	 */
	static String reflow(String description) {
		if (description == null || description.indexOf('\n') < 0) {
			return description;
		}
		StringBuilder out = new StringBuilder(description.length());
		String fence = null;
		boolean joinable = false;
		boolean inList = false;
		boolean started = false;
		for (String line : description.split("\n", -1)) {
			String trimmed = line.strip();
			if (fence == null && joinable && continues(trimmed, inList)) {
				out.append(' ').append(withoutIndent(line));
				joinable = !endsWithHardBreak(line);
				continue;
			}
			if (started) {
				out.append('\n');
			}
			started = true;
			if (fence != null || FENCE.matcher(trimmed).matches()) {
				// Fenced code, kept line by line.
				out.append(line);
				fence = (fence == null) ? trimmed.substring(0, 3) : (trimmed.startsWith(fence) ? null : fence);
				joinable = false;
				continue;
			}
			if (trimmed.isEmpty() || (!joinable && !inList && line.startsWith("    "))) {
				// A blank line ends a paragraph; indented code after one is kept line by line.
				out.append(trimmed.isEmpty() ? "" : line);
				joinable = false;
				continue;
			}
			out.append(endsWithHardBreak(line) ? line : line.stripTrailing());
			inList = BULLET.matcher(trimmed).matches() || ORDERED.matcher(trimmed).matches()
					|| (inList && Character.isWhitespace(line.charAt(0)));
			joinable = !LEAF_BLOCK.matcher(trimmed).matches() && !endsWithHardBreak(line);
		}
		return out.toString();
	}

	/** Whether a line goes on the paragraph or list item before it rather than starting a block. */
	private static boolean continues(String trimmed, boolean inList) {
		if (trimmed.isEmpty() || BULLET.matcher(trimmed).matches() || LEAF_BLOCK.matcher(trimmed).matches()
				|| FENCE.matcher(trimmed).matches()) {
			return false;
		}
		var ordered = ORDERED.matcher(trimmed);
		// CommonMark: only a list starting at 1 interrupts a paragraph; within a list any number does.
		return !(ordered.matches() && (inList || ordered.group(1).equals("1")));
	}

	private static boolean endsWithHardBreak(String line) {
		return line.endsWith("  ") || line.endsWith("\\");
	}

	// A continuation line without its indent, keeping a hard break at its end.
	private static String withoutIndent(String line) {
		return endsWithHardBreak(line) ? line.stripLeading() : line.strip();
	}

	@Override
	public TraversalControl visitGraphQLObjectType(GraphQLObjectType node, TraverserContext<GraphQLSchemaElement> context) {
		String description = reflow(node.getDescription());
		return (description == null || description.equals(node.getDescription())) ? TraversalControl.CONTINUE
				: changeNode(context, node.transform((builder) -> builder.description(description)));
	}

	@Override
	public TraversalControl visitGraphQLInterfaceType(GraphQLInterfaceType node,
			TraverserContext<GraphQLSchemaElement> context) {
		String description = reflow(node.getDescription());
		return (description == null || description.equals(node.getDescription())) ? TraversalControl.CONTINUE
				: changeNode(context, node.transform((builder) -> builder.description(description)));
	}

	@Override
	public TraversalControl visitGraphQLUnionType(GraphQLUnionType node, TraverserContext<GraphQLSchemaElement> context) {
		String description = reflow(node.getDescription());
		return (description == null || description.equals(node.getDescription())) ? TraversalControl.CONTINUE
				: changeNode(context, node.transform((builder) -> builder.description(description)));
	}

	@Override
	public TraversalControl visitGraphQLEnumType(GraphQLEnumType node, TraverserContext<GraphQLSchemaElement> context) {
		String description = reflow(node.getDescription());
		return (description == null || description.equals(node.getDescription())) ? TraversalControl.CONTINUE
				: changeNode(context, node.transform((builder) -> builder.description(description)));
	}

	@Override
	public TraversalControl visitGraphQLEnumValueDefinition(GraphQLEnumValueDefinition node,
			TraverserContext<GraphQLSchemaElement> context) {
		String description = reflow(node.getDescription());
		return (description == null || description.equals(node.getDescription())) ? TraversalControl.CONTINUE
				: changeNode(context, node.transform((builder) -> builder.description(description)));
	}

	@Override
	public TraversalControl visitGraphQLInputObjectType(GraphQLInputObjectType node,
			TraverserContext<GraphQLSchemaElement> context) {
		String description = reflow(node.getDescription());
		return (description == null || description.equals(node.getDescription())) ? TraversalControl.CONTINUE
				: changeNode(context, node.transform((builder) -> builder.description(description)));
	}

	@Override
	public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField node,
			TraverserContext<GraphQLSchemaElement> context) {
		String description = reflow(node.getDescription());
		return (description == null || description.equals(node.getDescription())) ? TraversalControl.CONTINUE
				: changeNode(context, node.transform((builder) -> builder.description(description)));
	}

	@Override
	public TraversalControl visitGraphQLScalarType(GraphQLScalarType node, TraverserContext<GraphQLSchemaElement> context) {
		String description = reflow(node.getDescription());
		return (description == null || description.equals(node.getDescription())) ? TraversalControl.CONTINUE
				: changeNode(context, node.transform((builder) -> builder.description(description)));
	}

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition node,
			TraverserContext<GraphQLSchemaElement> context) {
		String description = reflow(node.getDescription());
		return (description == null || description.equals(node.getDescription())) ? TraversalControl.CONTINUE
				: changeNode(context, node.transform((builder) -> builder.description(description)));
	}

	@Override
	public TraversalControl visitGraphQLArgument(GraphQLArgument node, TraverserContext<GraphQLSchemaElement> context) {
		String description = reflow(node.getDescription());
		return (description == null || description.equals(node.getDescription())) ? TraversalControl.CONTINUE
				: changeNode(context, node.transform((builder) -> builder.description(description)));
	}

}
