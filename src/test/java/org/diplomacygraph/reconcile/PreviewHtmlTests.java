package org.diplomacygraph.reconcile;

import org.diplomacygraph.reconcile.EntityCards.Card;
import org.diplomacygraph.reconcile.EntityCards.Quote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every value on the preview card is escaped: names, quotes and titles come from articles. */
class PreviewHtmlTests {

	@Test
	void markupInAnyValueIsText() {
		Card card = new Card("Person", "<script>alert(1)</script>", "a \"kind\"", "Côte d'Ivoire", "--06-24",
				new Quote("He said: <b>\"yes\"</b> & left", "Title <i>", "Publisher's", "2025"));
		String html = PreviewHtml.render(card);
		assertThat(html).doesNotContain("<script>", "<b>", "<i>");
		assertThat(html).contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>",
				"<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>",
				"<p class=\"meta\">Person · a &quot;kind&quot; · Côte d&#39;Ivoire · --06-24</p>",
				"<blockquote>“He said: &lt;b&gt;&quot;yes&quot;&lt;/b&gt; &amp; left”</blockquote>",
				"<cite>Title &lt;i&gt;</cite>, Publisher&#39;s, 2025");
	}

	@Test
	void aCardWithoutEvidenceOrKindShowsWhatThereIs() {
		String html = PreviewHtml.render(new Card("Country", "Cuba", null, null, "CU", null));
		assertThat(html).contains("<h1>Cuba</h1><p class=\"meta\">Country · CU</p></body>").doesNotContain("<blockquote");
	}

}
