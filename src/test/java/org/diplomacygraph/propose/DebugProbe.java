package org.diplomacygraph.propose;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.diplomacygraph.ingest.AnnotationFile;
import org.diplomacygraph.ingest.CorpusReader;
import org.diplomacygraph.model.PartialDate;
import org.junit.jupiter.api.Test;

class DebugProbe {

	@Test
	void probe() {
		String which = System.getProperty("probe.article", "001");
		List<CorpusReader.SourceArticle> corpus = new CorpusReader().read("classpath:articles/").articles();
		CorpusReader.SourceArticle article = corpus.stream().filter((a) -> a.textFile().startsWith(which)).findFirst().get();
		List<AnnotationFile> others = corpus.stream().filter((a) -> a != article).map(CorpusReader.SourceArticle::annotations).toList();
		String text = new String(article.text(), StandardCharsets.UTF_8);
		String pub = article.annotations().article().publishedOn();
		TextTokens tokens = new TextTokens(text, NotStory.find(text));
		for (Dates.Found d : Dates.find(tokens, pub != null ? PartialDate.parse(pub) : null)) {
			System.out.println("DATE " + d + " '" + text.substring(d.start(), d.end()) + "'");
		}
		Proposal p = Proposer.propose(new Proposer.Request(text, pub, "en", null), new CorpusGazetteer(others));
		p.mentions().forEach((m) -> System.out.println("MENTION " + m.type() + " " + m.entry() + " '" + m.text() + "' @" + m.start()));
		System.out.println(DraftPrinter.print(p));
	}

}
