package org.diplomacygraph.propose;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Leave-one-out over the corpus's articles: prints the table of src/docs/proposals.md (run with
 * {@code ./mvnw -q -o test -Dtest=ProposalEvaluation}); {@code -Dproposal.details=true} prints each
 * article's misses and wrong proposals as well.
 */
class ProposalEvaluation {

	@Test
	void leaveOneOut() {
		List<LeaveOneOut.Article> articles = new LeaveOneOut("classpath:articles/").run();
		Map<String, LeaveOneOut.Count> total = LeaveOneOut.total(articles);
		if (Boolean.getBoolean("proposal.details")) {
			for (LeaveOneOut.Article article : articles) {
				System.out.println("== " + article.file());
				if (Boolean.getBoolean("proposal.drafts")) {
					System.out.println(DraftPrinter.print(article.proposal()));
				}
				article.misses().forEach((miss) -> System.out.println("  missed " + miss));
				article.wrong().forEach((wrong) -> System.out.println("  wrong  " + wrong));
			}
		}
		System.out.println("Proposals, leave-one-out over " + articles.size() + " articles\n" + LeaveOneOut.table(total));
	}

}
