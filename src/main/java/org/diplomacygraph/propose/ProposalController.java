package org.diplomacygraph.propose;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code proposeAnnotations} query: the rules of {@link Proposer} over the stored graph's names. */
@Controller
class ProposalController {

	private final Gazetteer gazetteer;

	ProposalController(StoredGazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@QueryMapping
	Proposal proposeAnnotations(@Argument String text, @Argument String publishedOn, @Argument String language,
			@Argument String url) {
		// The stored names are read only once the arguments are found fine.
		return Proposer.propose(new Proposer.Request(text, publishedOn, language, url), this.gazetteer);
	}

}
