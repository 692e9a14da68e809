package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.List;

import org.diplomacygraph.propose.Proposal.MentionCandidate;
import org.diplomacygraph.propose.Proposal.ProposedMention;
import org.diplomacygraph.values.GlobalId;

/** The mentions of a proposal: each place the text names an entity, with the entry and the candidates. */
final class ProposedMentions {

	private ProposedMentions() {
	}

	static List<ProposedMention> of(Cast cast, DraftAssembler assembler) {
		List<ProposedMention> mentions = new ArrayList<>();
		for (Cast.Mention mention : cast.mentions()) {
			Cast.Entry entry = mention.entry();
			List<MentionCandidate> candidates = new ArrayList<>();
			for (NameLinker.Candidate candidate : entry.candidates) {
				candidates.add(new MentionCandidate(
						GlobalId.encode(candidate.entity().type().typeName(), candidate.entity().id()),
						candidate.entity().type().typeName(), candidate.entity().name(), candidate.score(),
						candidate.reasons()));
			}
			if (candidates.isEmpty() && entry.stored != null) {
				candidates.add(new MentionCandidate(GlobalId.encode(entry.type.typeName(), entry.stored.id()),
						entry.type.typeName(), entry.stored.name(), 100, List.of("'" + mention.surface()
								+ "' names the stored " + entry.type.noun() + " " + entry.stored.name())));
			}
			mentions.add(new ProposedMention(mention.surface(), mention.start(), mention.end(), entry.type.typeName(),
					assembler.key(entry), candidates));
		}
		return mentions;
	}

}
