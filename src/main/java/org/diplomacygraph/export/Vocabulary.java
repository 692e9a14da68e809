package org.diplomacygraph.export;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * This server's own terms ({@code dg:}, {@code <base>/vocab#}), served at {@code <base>/vocab} as
 * an RDFS vocabulary in JSON-LD: the few things schema.org, PROV-O and ORG do not say.
 */
final class Vocabulary {

	static final List<Term> TERMS = List.of(
			new Term("Agreement", "rdfs:Class",
					"An agreement, memorandum of understanding, minutes or programme between parties (also a schema:CreativeWork)",
					null),
			new Term("kind", "rdf:Property", "The kind of a record as the GraphQL API names it (PARTY, TALKS, MEMORANDUM, ...)",
					null),
			new Term("aspect", "rdf:Property",
					"Which statement about the subject a quote supports: SUBJECT (that it is what the record says), DATE, NAME, PLACE, STATUS, SIGNED_ON, VALIDITY",
					null),
			new Term("quote", "rdf:Property",
					"The exact words of the article (prov:entity of the derivation) that support the fact", "oa:exact"),
			new Term("start", "rdf:Property",
					"Where the quote starts in the article's text (schema:articleBody): UTF-16 code units, from 0",
					"oa:start"),
			new Term("end", "rdf:Property", "Where the quote ends in the article's text: UTF-16 code units, exclusive",
					"oa:end"),
			new Term("country", "rdf:Property", "The country a place or meeting is in", null),
			new Term("countryCode", "rdf:Property", "A country's ISO 3166-1 alpha-2 code", null),
			new Term("headOf", "rdf:Property", "The country a post is the head of (a head of state or government)", null),
			new Term("capacity", "rdf:Property", "The post (org:Membership) a person acted in", null),
			new Term("party", "rdf:Property", "A party to an agreement: an organisation or a country", null),
			new Term("signatory", "rdf:Property", "A person who signed an agreement", null),
			new Term("signedOn", "rdf:Property", "When an agreement was signed", null),
			new Term("validFrom", "rdf:Property", "When an agreement takes effect", null),
			new Term("validUntil", "rdf:Property", "When an agreement ends", null));

	private Vocabulary() {
	}

	static ObjectNode document(LinkedData ld) {
		ObjectNode document = LinkedData.object();
		ObjectNode context = ld.context();
		context.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
		context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
		context.put("oa", "http://www.w3.org/ns/oa#");
		document.set("@context", context);
		ArrayNode graph = document.putArray("@graph");
		for (Term term : TERMS) {
			ObjectNode node = graph.addObject();
			node.put("@id", "dg:" + term.name());
			node.put("@type", term.type());
			node.put("rdfs:label", term.name());
			node.put("rdfs:comment", term.comment());
			node.set("rdfs:isDefinedBy", LinkedData.object().put("@id", ld.base() + "/vocab"));
			if (term.seeAlso() != null) {
				node.set("rdfs:seeAlso", LinkedData.object().put("@id", term.seeAlso()));
			}
		}
		return document;
	}

	/** A term of the vocabulary, with a term of another vocabulary it is like. */
	record Term(String name, String type, String comment, String seeAlso) {
	}

}
