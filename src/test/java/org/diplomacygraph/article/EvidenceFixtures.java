package org.diplomacygraph.article;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.diplomacygraph.article.Evidence.Aspect;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.PartialDate;
import org.mockito.ArgumentCaptor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** Articles and quotes for slice tests, and a stand-in for the evidence of a mock {@link EvidenceLookup}. */
public final class EvidenceFixtures {

	private EvidenceFixtures() {
	}

	/** An article dated 2023-06-09 whose text is the given one. */
	public static Article article(String slug, String text) {
		return new Article(slug, "0".repeat(64), slug + ".txt", null, null, PartialDate.parse("2023-06-09"), "en",
				null, text);
	}

	/** The first occurrence of the words in the article's text, supporting the subject itself. */
	public static Evidence quote(Article article, RecordType type, String subjectId, String words) {
		int start = article.getText().indexOf(words);
		if (start < 0) {
			throw new IllegalArgumentException("'" + words + "' is not in the text of " + article.getId());
		}
		return new Evidence(article, type, subjectId, Aspect.SUBJECT, words, start);
	}

	/**
	 * Has the mock lookup answer for subjects of the type: each subject gets the quotes whose
	 * subject id is the id the controller reads from it.
	 */
	public static void stubLookup(EvidenceLookup lookup, RecordType type, Evidence... quotes) {
		given(lookup.of(eq(type), anyCollection(), any())).willAnswer((invocation) -> {
			Collection<Object> subjects = invocation.getArgument(1);
			Function<Object, String> idOf = invocation.getArgument(2);
			Map<Object, List<Evidence>> bySubject = new LinkedHashMap<>();
			for (Object subject : subjects) {
				bySubject.put(subject, Arrays.stream(quotes)
					.filter((quote) -> quote.getSubjectId().equals(idOf.apply(subject)))
					.toList());
			}
			return bySubject;
		});
	}

	/** Verifies that evidence of the type was looked up exactly once, and returns the subjects of that call. */
	public static <S> Collection<S> subjectsLookedUpOnce(EvidenceLookup lookup, RecordType type) {
		ArgumentCaptor<Collection<S>> subjects = ArgumentCaptor.captor();
		verify(lookup, times(1)).of(eq(type), subjects.capture(), any());
		return subjects.getValue();
	}

}
