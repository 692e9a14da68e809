package org.diplomacygraph.security;

import java.util.List;

import org.diplomacygraph.security.ApiKeys.ApiKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The configured list of keys: its format, and each defect that stops start-up. */
class ApiKeysTests {

	static final String DIGEST = ApiKeys.digest("secret-key");

	@Test
	void entriesAreNameRoleAndDigest() {
		var keys = new ApiKeys(List.of("partner-app:editor:" + DIGEST, " dashboard : READER : " + ApiKeys.digest("other")))
			.byDigest();
		assertThat(ApiKeys.find(keys, "secret-key")).contains(new ApiKey("partner-app", Role.EDITOR));
		assertThat(ApiKeys.find(keys, "other")).contains(new ApiKey("dashboard", Role.READER));
		assertThat(ApiKeys.find(keys, "secret-key ")).isEmpty();
	}

	@Test
	void theDigestIsTheSha256OfTheKeyInHex() {
		assertThat(ApiKeys.digest("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void aDefectNamesTheEntry() {
		assertThatIllegalStateException().isThrownBy(() -> new ApiKeys(List.of("just-a-key-abcdef")).byDigest())
			.withMessage("diplomacy.security.api-keys[0] must be name:role:sha256, got 'just-a-k…'");
		assertThatIllegalStateException().isThrownBy(() -> new ApiKeys(List.of("a:admin:" + DIGEST)).byDigest())
			.withMessage("diplomacy.security.api-keys[0] (a): unknown role 'admin', expected one of reader, editor, operator");
		assertThatIllegalStateException().isThrownBy(() -> new ApiKeys(List.of("a:editor:secret-key")).byDigest())
			.withMessage("diplomacy.security.api-keys[0] (a): the digest must be the SHA-256 of the key as 64 hex "
					+ "digits (see src/docs/operations.md, Keys and roles)");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ApiKeys(List.of("a:editor:" + DIGEST, "a:reader:" + ApiKeys.digest("x"))).byDigest())
			.withMessage("diplomacy.security.api-keys[1]: the name 'a' is used twice");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ApiKeys(List.of("a:editor:" + DIGEST, "b:reader:" + DIGEST)).byDigest())
			.withMessage("diplomacy.security.api-keys[1] (b): the same key is configured twice");
	}

}
