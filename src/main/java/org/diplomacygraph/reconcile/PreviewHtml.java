package org.diplomacygraph.reconcile;

import org.diplomacygraph.reconcile.EntityCards.Card;
import org.diplomacygraph.reconcile.EntityCards.Quote;

import org.springframework.web.util.HtmlUtils;

/**
 * The preview card as a small HTML page for an {@code <iframe>} of {@value #WIDTH} by
 * {@value #HEIGHT} pixels: every value from the graph escaped, no script, no external resource.
 */
final class PreviewHtml {

	static final int WIDTH = 420;

	static final int HEIGHT = 180;

	/** No script, no resource from anywhere, styles inline only; any page may frame it (OpenRefine does). */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *";

	private static final String STYLE = "body{font:13px/1.4 system-ui,sans-serif;margin:8px;color:#222}"
			+ "h1{font-size:15px;margin:0 0 4px}.meta{color:#555;margin:0 0 6px}"
			+ "blockquote{margin:0 0 4px;padding-left:8px;border-left:3px solid #ccc}.source{color:#555;font-size:12px}";

	private PreviewHtml() {
	}

	static String render(Card card) {
		StringBuilder meta = new StringBuilder(escape(card.type()));
		for (String part : new String[] { card.kind(), card.country(), card.detail() }) {
			if (part != null) {
				meta.append(" · ").append(escape(part));
			}
		}
		StringBuilder html = page(card.name()).append("<h1>").append(escape(card.name())).append("</h1>")
			.append("<p class=\"meta\">").append(meta).append("</p>");
		Quote quote = card.quote();
		if (quote != null) {
			html.append("<blockquote>“").append(escape(quote.text())).append("”</blockquote>")
				.append("<p class=\"source\">— ")
				.append((quote.article() != null) ? "<cite>" + escape(quote.article()) + "</cite>" : "an article")
				.append((quote.publisher() != null) ? ", " + escape(quote.publisher()) : "")
				.append((quote.publishedOn() != null) ? ", " + escape(quote.publishedOn()) : "")
				.append("</p>");
		}
		return html.append("</body></html>").toString();
	}

	/** A page saying why there is no card. */
	static String message(String title, String message) {
		return page(title).append("<p>").append(escape(message)).append("</p></body></html>").toString();
	}

	private static StringBuilder page(String title) {
		return new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
			.append(escape(title))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body>");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
