package org.diplomacygraph.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.diplomacygraph.paging.Batches;
import org.diplomacygraph.record.RecordType;
import org.springframework.stereotype.Component;

/** Loads the evidence of a batch of subjects of one type with one query, for every feature's {@code evidence} field. */
@Component
public class EvidenceLookup {

	private final EvidenceRepository evidence;

	EvidenceLookup(EvidenceRepository evidence) {
		this.evidence = evidence;
	}

	public <S> Map<S, List<Evidence>> of(RecordType type, Collection<S> subjects, Function<S, String> idOf) {
		return Batches.toMany(subjects, idOf, (ids) -> this.evidence.findBySubjects(type, ids),
				Evidence::getSubjectId);
	}

}
