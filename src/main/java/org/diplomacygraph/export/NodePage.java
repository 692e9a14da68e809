package org.diplomacygraph.export;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.HtmlUtils;

/**
 * The page a browser gets at a node's URL: the node's name and type, links to its JSON-LD and to
 * GraphiQL, and the JSON-LD itself in a {@code <script type="application/ld+json">} (which search
 * engines read). Nothing runs: the page's Content-Security-Policy allows no script.
 */
final class NodePage {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

	private NodePage() {
	}

	static String render(JsonNode document, String typeName, JsonMapper json) {
		String name = document.path("name").isString() ? document.path("name").asString()
				: document.path("headline").isString() ? document.path("headline").asString()
						: document.path("roleName").asString("");
		String id = document.path("@id").asString();
		String base = id.substring(0, id.indexOf("/id/"));
		// "<" escaped as \u003c: the JSON stays the same JSON and cannot close the script element.
		String embedded = json.writeValueAsString(document).replace("<", "\\u003c");
		return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(name, "UTF-8")
				+ " · " + typeName + "</title>" + "<link rel=\"alternate\" type=\"application/ld+json\" href=\""
				+ HtmlUtils.htmlEscape(id, "UTF-8") + "\">" + "<script type=\"application/ld+json\">" + embedded + "</script>"
				+ "<style>body{font:15px/1.5 system-ui,sans-serif;margin:2em;color:#222}</style></head><body><h1>"
				+ HtmlUtils.htmlEscape(name, "UTF-8") + "</h1><p>" + typeName + " · <code>"
				+ HtmlUtils.htmlEscape(document.path("identifier").asString(), "UTF-8") + "</code></p>"
				+ "<p>This URL serves JSON-LD with provenance (<code>Accept: application/ld+json</code>); query it in <a href=\""
				+ HtmlUtils.htmlEscape(base, "UTF-8") + "/graphiql\">GraphiQL</a> with <code>node(id:)</code>.</p></body></html>";
	}

}
