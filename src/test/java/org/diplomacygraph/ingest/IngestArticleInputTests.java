package org.diplomacygraph.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.diplomacygraph.ingest.AnnotationFile.AgreementEntry;
import org.diplomacygraph.ingest.AnnotationFile.MeetingEntry;
import org.diplomacygraph.ingest.AnnotationFile.OrganisationEntry;
import org.diplomacygraph.ingest.AnnotationFile.ParticipantEntry;
import org.diplomacygraph.ingest.AnnotationFile.PartyEntry;
import org.diplomacygraph.ingest.AnnotationFile.PersonEntry;
import org.diplomacygraph.ingest.AnnotationFile.PositionEntry;
import org.diplomacygraph.ingest.AnnotationFile.Quote;
import org.diplomacygraph.ingest.AnnotationFile.SignatoryEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest input in the model of the annotation files: its hash is the one stored for the same
 * input before (a repeat is still answered {@code unchanged}), and the annotations kept of it are
 * written as the files' model writes them (quotes as strings, no {@code key}).
 */
class IngestArticleInputTests {

	private static final Quote QUOTE = new Quote("Tô Lâm");

	@Test
	void theHashOfAnInputIsTheOneStoredForItBefore() {
		IngestArticleInput input = new IngestArticleInput("T", "Text Tô Lâm", "P", "2024", "en", "https://x.org/a",
				List.of("nots"),
				List.of(new PersonEntry(null, "p", "Tô Lâm", List.of("To Lam"), "Q291bnRyeTp2bg==", List.of(QUOTE),
						List.of(new PositionEntry(null, "pp", "President", null, "C", "2024", null, List.of(QUOTE),
								List.of(QUOTE), null)), null)),
				List.of(new OrganisationEntry("O", null, "Org", null, "party", null, "par", null, null)), null,
				List.of(new MeetingEntry(null, "m", "Talks", "talks", "2024", "2024-01", List.of(QUOTE), "po", "pl", "c",
						null, List.of("o"), List.of("t"), List.of(QUOTE),
						List.of(new ParticipantEntry("p", "host", "pp", List.of(QUOTE))), null)),
				List.of(new AgreementEntry(null, "a", "Ag", "minutes", "signed", List.of(QUOTE), "2024", null, null, "2025",
						null, "m", List.of("f"), List.of(QUOTE), List.of(new PartyEntry("o", null, List.of(QUOTE))),
						List.of(new SignatoryEntry("p", null, null)), null)));

		// Computed from the same input before its entries were the annotation model's records.
		assertThat(input.hash()).isEqualTo("d4e93ce70cda6836fa4fb2afba523169ba64a102d66f8c0840d3e0957ebd9716");
		assertThat(new IngestArticleInput("T", "x", "P", null, "en", null, null, null, null, null, null, null).hash())
			.isEqualTo("3e83ed4fa9c32bc0802f91d161357116b97d3458a4ae1d8dddc910bddc597365");
	}

	@Test
	void newChangesTheHashOnlyWhenGiven() {
		IngestArticleInput unset = withNew(null);

		assertThat(unset.hash()).isEqualTo(withNew(null).hash());
		assertThat(withNew(true).hash()).isNotEqualTo(unset.hash());
		assertThat(withNew(false).hash()).isNotEqualTo(unset.hash()).isNotEqualTo(withNew(true).hash());
	}

	private static IngestArticleInput withNew(Boolean newRecord) {
		return new IngestArticleInput("T", "Text Tô Lâm", "P", null, "en", null, null,
				List.of(new PersonEntry(null, "p", "Tô Lâm", null, null, List.of(QUOTE), null, newRecord)), null, null,
				null, null);
	}

	@Test
	void resolvedAnnotationsAreKeptInTheFilesModel() {
		PersonEntry person = new PersonEntry("to-lam", null, "Tô Lâm", null, null, List.of(QUOTE), null, null);

		String json = Ingestion.JSON.writeValueAsString(person);

		assertThat(json).isEqualTo(
				"{\"id\":\"to-lam\",\"name\":\"Tô Lâm\",\"aliases\":[],\"nationality\":null,\"evidence\":[\"Tô Lâm\"],\"positions\":[]}");
		assertThat(Ingestion.JSON.readValue(json, PersonEntry.class)).isEqualTo(person);
	}

}
