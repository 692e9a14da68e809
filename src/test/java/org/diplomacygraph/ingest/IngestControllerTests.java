package org.diplomacygraph.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The mutation's answer when a concurrent ingest of the same article wins the race to commit. */
class IngestControllerTests {

	private final Ingestion ingestion = mock(Ingestion.class);

	private final IngestController controller = new IngestController(this.ingestion, mock(ArticleCorrections.class),
			mock(DryRun.class));

	private final IngestArticleInput input = new IngestArticleInput("Talks", "Two ministers met.", "Press", null, "en",
			null, null, null, null, null, null, null);

	@Test
	void aRequestThatLostARaceOnAUniqueKeyIsRunOnceMore() {
		IngestArticlePayload repeat = new IngestArticlePayload(null, List.of(), List.of(), true, List.of());
		given(this.ingestion.ingest(this.input)).willThrow(new DataIntegrityViolationException("input hash taken"))
			.willReturn(repeat);

		assertThat(this.controller.ingestArticle(this.input)).isSameAs(repeat);
		verify(this.ingestion, times(2)).ingest(this.input);
	}

	@Test
	void aSecondFailureIsNotRetriedAgain() {
		given(this.ingestion.ingest(this.input)).willThrow(new DataIntegrityViolationException("first"),
				new DataIntegrityViolationException("second"));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.controller.ingestArticle(this.input))
			.withMessage("second");
		verify(this.ingestion, times(2)).ingest(this.input);
	}

}
