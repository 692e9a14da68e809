package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.ingest.CorpusCompiler.Graph;
import org.diplomacygraph.ingest.EntryLinker.How;
import org.diplomacygraph.ingest.EntryLinker.Link;
import org.diplomacygraph.match.Candidate;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.UserError;

/**
 * The schema's {@code ArticleResolution}: what {@code ingestArticle} would do with an input — the
 * stored article it repeats, or the decision for each entry, what would be written and the user
 * errors it would answer.
 */
record ArticleResolution(boolean unchanged, Article article, List<EntryResolution> entries, WriteSummary writes,
		List<UserError> userErrors) {

	/** The schema's {@code EntryResolution}: an entry's path, type, decision, record and candidates. */
	record EntryResolution(List<String> field, String type, How decision, String id, List<EntryCandidate> candidates) {

		static EntryResolution of(Link link) {
			String type = link.type().typeName();
			return new EntryResolution(link.path(), type, link.decision(),
					(link.slug() != null) ? GlobalId.encode(type, link.slug()) : null,
					link.candidates().stream().map(EntryCandidate::of).toList());
		}

	}

	/** The schema's {@code EntryCandidate}: a stored record an entry may be, as the matcher scored it. */
	record EntryCandidate(String id, String type, String name, int score, List<String> reasons) {

		static EntryCandidate of(Candidate candidate) {
			return new EntryCandidate(candidate.globalId(), candidate.type().typeName(), candidate.name(),
					candidate.score(), candidate.reasons());
		}

	}

	/** The schema's {@code WriteSummary}: the new records per type, and the stored ones extended, quotes, claims and names. */
	record WriteSummary(List<RecordCount> created, int extended, int evidence, int claims, int aliases) {

		static WriteSummary of(Graph graph) {
			List<RecordCount> created = new ArrayList<>();
			created.add(new RecordCount("Article", graph.articles().size()));
			Map<RecordType, List<?>> records = Map.of(RecordType.COUNTRY, graph.countries(), RecordType.PLACE,
					graph.places(), RecordType.ORGANISATION, graph.organisations(), RecordType.PERSON, graph.people(),
					RecordType.POSITION, graph.positions(), RecordType.MEETING, graph.meetings(), RecordType.AGREEMENT,
					graph.agreements());
			for (RecordType type : RecordType.values()) {
				List<?> made = records.getOrDefault(type, List.of());
				if (!made.isEmpty()) {
					created.add(new RecordCount(type.typeName(), made.size()));
				}
			}
			int aliases = graph.aliasesAdded().values().stream().collect(Collectors.summingInt(List::size));
			return new WriteSummary(created, graph.extended().size(), graph.evidence().size(), graph.claims().size(),
					aliases);
		}

	}

	/** The schema's {@code RecordCount}. */
	record RecordCount(String type, int count) {
	}

}
