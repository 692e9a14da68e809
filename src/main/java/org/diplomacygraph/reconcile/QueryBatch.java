package org.diplomacygraph.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.diplomacygraph.match.Matcher;
import org.diplomacygraph.reconcile.ReconcileQuery.PropertyValue;
import org.diplomacygraph.reconcile.ReconcileQuery.Value;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.InputText;

/**
 * Reads the JSON parameters of the reconciliation API strictly: a batch of queries
 * ({@code queries}) and a data extension query ({@code extend}), each refused as a whole, with a
 * message naming the query and field, when anything in it is not as the Reconciliation Service API
 * 0.2 specifies or exceeds a limit.
 */
final class QueryBatch {

	/** The most queries one batch may hold. */
	static final int MAX_QUERIES = 50;

	/** The most property values one query may give. */
	static final int MAX_VALUES = 20;

	/** The most records one data extension query may ask about. */
	static final int MAX_IDS = 100;

	/** Candidates per query when the query sets no limit. */
	static final int DEFAULT_LIMIT = 10;

	private static final Set<String> QUERY_FIELDS = Set.of("query", "type", "limit", "properties", "type_strict");

	private final ObjectReader json;

	QueryBatch(JsonMapper json) {
		this.json = json.readerFor(JsonNode.class).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	/** The queries of a batch, in the client's order. */
	List<ReconcileQuery> queries(String text) {
		JsonNode batch = parse(text, "queries");
		if (!batch.isObject()) {
			throw new BadRequestException("`queries` must be a JSON object of queries by key, e.g. "
					+ "{\"q0\": {\"query\": \"Tô Lâm\", \"type\": \"Person\"}}");
		}
		if (batch.size() > MAX_QUERIES) {
			throw new BadRequestException("The batch has " + batch.size() + " queries; at most " + MAX_QUERIES
					+ " are allowed in one batch (send the rest in further batches)");
		}
		List<ReconcileQuery> queries = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : batch.properties()) {
			queries.add(query(entry.getKey(), entry.getValue()));
		}
		return queries;
	}

	/** The record IDs and properties of a data extension query. */
	Extension extension(String text) {
		JsonNode extend = parse(text, "extend");
		if (!extend.isObject() || !extend.path("ids").isArray() || !extend.path("properties").isArray()) {
			throw new BadRequestException("`extend` must be a JSON object with an array `ids` and an array `properties`");
		}
		if (extend.path("ids").size() > MAX_IDS) {
			throw new BadRequestException("The extension asks about " + extend.path("ids").size() + " records; at most "
					+ MAX_IDS + " are allowed in one request");
		}
		List<String> ids = new ArrayList<>();
		for (JsonNode id : extend.path("ids").values()) {
			if (!id.isString()) {
				throw new BadRequestException("`extend.ids` must hold strings (global IDs), got " + echo(id));
			}
			ids.add(id.stringValue());
		}
		List<ReconcileProperty> properties = new ArrayList<>();
		for (JsonNode property : extend.path("properties").values()) {
			String id = property.path("id").isString() ? property.path("id").stringValue() : null;
			if (id == null) {
				throw new BadRequestException("`extend.properties` must hold objects with a string `id`, got "
						+ echo(property));
			}
			ReconcileProperty known = ReconcileProperty.byId(id)
				.filter((candidate) -> candidate.extended(null))
				.orElseThrow(() -> new BadRequestException("Unknown property '" + InputText.echo(id)
						+ "' in `extend`; the properties are " + ReconcileProperty.extendedList()));
			properties.add(known);
		}
		return new Extension(ids, properties);
	}

	private JsonNode parse(String text, String parameter) {
		if (text == null || text.isBlank()) {
			throw new BadRequestException("`" + parameter + "` is empty; send a JSON object");
		}
		try {
			return this.json.readValue(text);
		}
		catch (JacksonException ex) {
			throw new BadRequestException("`" + parameter + "` is not valid JSON: " + ex.getOriginalMessage());
		}
	}

	private ReconcileQuery query(String key, JsonNode query) {
		String where = "query '" + InputText.echo(key) + "'";
		if (!query.isObject()) {
			throw new BadRequestException("The " + where + " must be a JSON object with a `query`");
		}
		for (String field : query.propertyNames()) {
			if (!QUERY_FIELDS.contains(field)) {
				throw new BadRequestException("The " + where + " has an unknown field '" + InputText.echo(field)
						+ "'; a query has query, type, limit, properties and type_strict");
			}
		}
		String text = "";
		if (query.has("query")) {
			if (!query.get("query").isString()) {
				throw new BadRequestException("`query` of the " + where + " must be a string");
			}
			text = query.get("query").stringValue();
			InputText.Problem problem = InputText.problem(text, InputText.Field.TITLE, "query");
			if (problem != null && !text.isBlank()) {
				throw new BadRequestException(problem.message() + " (" + where + ")");
			}
		}
		List<RecordType> types = types(query.path("type"), where);
		int limit = limit(query.path("limit"), where);
		List<PropertyValue> properties = properties(query.path("properties"), types, where);
		if (text.isBlank() && properties.isEmpty()) {
			throw new BadRequestException("The " + where + " needs a non-empty `query` or `properties`");
		}
		return new ReconcileQuery(key, text.strip(), types, limit, properties);
	}

	private static List<RecordType> types(JsonNode type, String where) {
		if (type.isMissingNode() || type.isNull()) {
			return List.of();
		}
		List<JsonNode> ids = type.isArray() ? List.copyOf(type.values()) : List.of(type);
		List<RecordType> types = new ArrayList<>();
		for (JsonNode id : ids) {
			if (!id.isString()) {
				throw new BadRequestException("`type` of the " + where + " must be a type ID or an array of them");
			}
			types.add(ReconcileTypes.byId(id.stringValue())
				.orElseThrow(() -> new BadRequestException("Unknown type '" + InputText.echo(id.stringValue())
						+ "' in the " + where + "; the types are " + ReconcileTypes.list())));
		}
		return types;
	}

	private static int limit(JsonNode limit, String where) {
		if (limit.isMissingNode() || limit.isNull()) {
			return DEFAULT_LIMIT;
		}
		if (!limit.isIntegralNumber() || !limit.canConvertToInt() || limit.intValue() < 1) {
			throw new BadRequestException("`limit` of the " + where + " must be a positive whole number, got "
					+ echo(limit));
		}
		return Math.min(limit.intValue(), Matcher.MAX_LIMIT);
	}

	private static List<PropertyValue> properties(JsonNode properties, List<RecordType> types, String where) {
		if (properties.isMissingNode() || properties.isNull()) {
			return List.of();
		}
		if (!properties.isArray()) {
			throw new BadRequestException("`properties` of the " + where + " must be an array of {pid, v}");
		}
		List<PropertyValue> values = new ArrayList<>();
		int count = 0;
		for (JsonNode given : properties.values()) {
			if (!given.isObject() || !given.path("pid").isString() || !given.has("v")) {
				throw new BadRequestException("Each of the `properties` of the " + where
						+ " must be an object with a string `pid` and a value `v`, got " + echo(given));
			}
			String pid = given.get("pid").stringValue();
			ReconcileProperty property = ReconcileProperty.byId(pid)
				.filter((known) -> known.queried(null))
				.orElseThrow(() -> new BadRequestException("Unknown property '" + InputText.echo(pid) + "' in the "
						+ where + "; the properties are " + ReconcileProperty.queriedList()));
			if (!types.isEmpty() && types.stream().noneMatch(property::queried)) {
				throw new BadRequestException("The property '" + property.id() + "' does not apply to "
						+ String.join(", ", types.stream().map(RecordType::typeName).toList()) + " (" + where + ")");
			}
			List<Value> parsed = new ArrayList<>();
			for (JsonNode value : given.get("v").isArray() ? List.copyOf(given.get("v").values()) : List.of(given.get("v"))) {
				parsed.add(value(value, property, where));
			}
			count += parsed.size();
			if (count > MAX_VALUES) {
				throw new BadRequestException("The " + where + " gives more than " + MAX_VALUES + " property values");
			}
			values.add(new PropertyValue(property, parsed));
		}
		return values;
	}

	private static Value value(JsonNode value, ReconcileProperty property, String where) {
		if (value.isObject() && value.path("id").isString()) {
			return new Value(value.get("id").stringValue(), null);
		}
		if (value.isString() || value.isNumber()) {
			String text = value.asString();
			InputText.Problem problem = InputText.problem(text, InputText.Field.TITLE, property.id());
			if (problem != null) {
				throw new BadRequestException(problem.message() + " (" + where + ")");
			}
			return new Value(null, text.strip());
		}
		throw new BadRequestException("The value of '" + property.id() + "' in the " + where
				+ " must be a string, a number or {\"id\": …}, got " + echo(value));
	}

	private static String echo(JsonNode node) {
		return "'" + InputText.echo(node.toString()) + "'";
	}

	/** A data extension query: the records, and the properties to fetch for each. */
	record Extension(List<String> ids, List<ReconcileProperty> properties) {
	}

}
