package org.diplomacygraph.values;

import org.diplomacygraph.organisation.Organisation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KindsTests {

	@Test
	void aKindIsNamedWhateverItsCaseAndSeparators() {
		assertThat(Kinds.named(Organisation.Kind.class, "party-committee")).isEqualTo(Organisation.Kind.PARTY_COMMITTEE);
		assertThat(Kinds.named(Organisation.Kind.class, " Party committee ")).isEqualTo(Organisation.Kind.PARTY_COMMITTEE);
		assertThat(Kinds.named(Organisation.Kind.class, "PARTY_COMMITTEE")).isEqualTo(Organisation.Kind.PARTY_COMMITTEE);
	}

	@Test
	void nothingIsNamedByAnUnknownWordNoTextOrNoKinds() {
		assertThat(Kinds.named(Organisation.Kind.class, "committee of parties")).isNull();
		assertThat(Kinds.named(Organisation.Kind.class, null)).isNull();
		assertThat(Kinds.named(null, "party")).isNull();
		assertThat(Kinds.named(String.class, "party")).isNull();
	}

}
