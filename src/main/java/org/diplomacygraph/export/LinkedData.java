package org.diplomacygraph.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.diplomacygraph.export.Rows.EvidenceRow;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;

/**
 * The linked-data terms of one server: the stable URL of every node ({@code <base>/id/<global ID>}),
 * the {@code @context} every document embeds (so that a processor needs no network), typed date
 * literals and the provenance of facts (PROV-O qualified derivations with the quote and its
 * offsets, in the vocabulary served at {@code <base>/vocab}). See {@code src/docs/export.md}.
 */
final class LinkedData {

	static final String SCHEMA = "http://schema.org/";

	static final String PROV = "http://www.w3.org/ns/prov#";

	static final String ORG = "http://www.w3.org/ns/org#";

	static final String XSD = "http://www.w3.org/2001/XMLSchema#";

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern MONTH_DAY = Pattern.compile("--\\d{2}-\\d{2}");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final String base;

	/** @param base the server's URL without a trailing slash, e.g. {@code https://graph.example.org} */
	LinkedData(String base) {
		this.base = base;
	}

	/** The namespace of this server's own terms ({@code dg:}): {@code <base>/vocab#}. */
	String vocabulary() {
		return this.base + "/vocab#";
	}

	String base() {
		return this.base;
	}

	/** The stable URL of a node. */
	String iri(RecordType type, String slug) {
		return this.base + "/id/" + GlobalId.encode(type.typeName(), slug);
	}

	/** The context every document embeds: schema.org as the default vocabulary, and the prefixes. */
	ObjectNode context() {
		ObjectNode context = NODES.objectNode();
		context.put("@vocab", SCHEMA);
		context.put("schema", SCHEMA);
		context.put("prov", PROV);
		context.put("org", ORG);
		context.put("xsd", XSD);
		context.put("dg", vocabulary());
		return context;
	}

	/** A new document of a node: its context, {@code @id}, {@code @type}s and {@code identifier} (the global ID). */
	ObjectNode document(RecordType type, String slug, String... types) {
		ObjectNode document = NODES.objectNode();
		document.set("@context", context());
		document.put("@id", iri(type, slug));
		if (types.length == 1) {
			document.put("@type", types[0]);
		}
		else {
			ArrayNode array = document.putArray("@type");
			for (String each : types) {
				array.add(each);
			}
		}
		document.put("identifier", GlobalId.encode(type.typeName(), slug));
		return document;
	}

	/** {@code "term": {"@id": <node URL>}} when the slug is set. */
	void link(ObjectNode target, String term, RecordType type, String slug) {
		if (slug != null) {
			target.set(term, reference(type, slug));
		}
	}

	/** {@code {"@id": <node URL>}}. */
	ObjectNode reference(RecordType type, String slug) {
		return NODES.objectNode().put("@id", iri(type, slug));
	}

	/** Links to several nodes of a type, when there are any. */
	void links(ObjectNode target, String term, RecordType type, List<String> slugs) {
		if (!slugs.isEmpty()) {
			ArrayNode array = target.putArray(term);
			slugs.forEach((slug) -> array.add(reference(type, slug)));
		}
	}

	/** Plain strings, when there are any. */
	static void strings(ObjectNode target, String term, List<String> values) {
		if (!values.isEmpty()) {
			ArrayNode array = target.putArray(term);
			values.forEach(array::add);
		}
	}

	static void string(ObjectNode target, String term, String value) {
		if (value != null) {
			target.put(term, value);
		}
	}

	/**
	 * A partial date as the XML Schema type of its precision: {@code xsd:gYear}, {@code xsd:gYearMonth},
	 * {@code xsd:date}, {@code xsd:gMonthDay} (a day without a year).
	 */
	static void date(ObjectNode target, String term, String date) {
		if (date == null) {
			return;
		}
		String type = DAY.matcher(date).matches() ? "xsd:date" : YEAR_MONTH.matcher(date).matches() ? "xsd:gYearMonth"
				: YEAR.matcher(date).matches() ? "xsd:gYear" : MONTH_DAY.matcher(date).matches() ? "xsd:gMonthDay" : null;
		if (type == null) {
			target.put(term, date);
		}
		else {
			target.set(term, NODES.objectNode().put("@value", date).put("@type", type));
		}
	}

	/**
	 * The provenance of a subject: {@code prov:wasDerivedFrom} each article quoted (its stable URL)
	 * and a {@code prov:qualifiedDerivation} per quote with the article ({@code prov:entity}), the
	 * aspect of the fact it supports and the quote with its offsets ({@code dg:quote},
	 * {@code dg:start}, {@code dg:end}: UTF-16 units of the article's text, end exclusive).
	 */
	void provenance(ObjectNode target, List<EvidenceRow> evidence) {
		if (evidence == null || evidence.isEmpty()) {
			return;
		}
		Set<String> articles = new LinkedHashSet<>();
		ArrayNode derivations = NODES.arrayNode();
		for (EvidenceRow quote : evidence) {
			String article = iri(RecordType.ARTICLE, quote.articleId());
			articles.add(article);
			ObjectNode derivation = derivations.addObject();
			derivation.put("@type", "prov:Derivation");
			derivation.set("prov:entity", NODES.objectNode().put("@id", article));
			derivation.put("dg:aspect", quote.aspect().name());
			derivation.put("dg:quote", quote.quote());
			derivation.put("dg:start", quote.start());
			derivation.put("dg:end", quote.end());
		}
		ArrayNode sources = target.putArray("prov:wasDerivedFrom");
		articles.forEach((article) -> sources.add(NODES.objectNode().put("@id", article)));
		target.set("prov:qualifiedDerivation", derivations);
	}

	static ObjectNode object() {
		return NODES.objectNode();
	}

}
