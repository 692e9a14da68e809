package org.diplomacygraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API keys the server accepts, from {@code diplomacy.security.api-keys} (environment variable
 * {@code DIPLOMACY_SECURITY_API_KEYS}): a comma-separated list of {@code name:role:sha256}, where
 * {@code sha256} is the SHA-256 of the key in hex. Only digests are configured, so neither the
 * configuration nor a heap dump gives a key away. A defect in the list stops start-up.
 *
 * @param apiKeys the keys, each {@code name:role:sha256}
 */
@ConfigurationProperties("diplomacy.security")
record ApiKeys(@DefaultValue List<String> apiKeys) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	/** A configured key: who holds it and what they may do. */
	record ApiKey(String name, Role role) {
	}

	/** Checks every entry and indexes them by digest; throws with the offending entry on a defect. */
	Map<String, ApiKey> byDigest() {
		Map<String, ApiKey> keys = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (int i = 0; i < this.apiKeys.size(); i++) {
			String entry = this.apiKeys.get(i).strip();
			String[] parts = entry.split(":", -1);
			String where = "diplomacy.security.api-keys[" + i + "]";
			if (parts.length != 3) {
				throw new IllegalStateException(where + " must be name:role:sha256, got '" + redacted(entry) + "'");
			}
			String name = parts[0].strip();
			String digest = parts[2].strip().toLowerCase(java.util.Locale.ROOT);
			if (!NAME.matcher(name).matches()) {
				throw new IllegalStateException(where + ": the name '" + name
						+ "' must be 1-100 letters, digits, '.', '_', '@' or '-'");
			}
			Role role;
			try {
				role = Role.parse(parts[1]);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(where + " (" + name + "): " + ex.getMessage());
			}
			if (!SHA256.matcher(digest).matches()) {
				throw new IllegalStateException(where + " (" + name
						+ "): the digest must be the SHA-256 of the key as 64 hex digits (see src/docs/operations.md, Keys and roles)");
			}
			if (names.put(name, digest) != null) {
				throw new IllegalStateException(where + ": the name '" + name + "' is used twice");
			}
			if (keys.put(digest, new ApiKey(name, role)) != null) {
				throw new IllegalStateException(where + " (" + name + "): the same key is configured twice");
			}
		}
		return keys;
	}

	// Someone may paste a plain key by mistake: never echo more than its start.
	private static String redacted(String entry) {
		return (entry.length() <= 8) ? entry : entry.substring(0, 8) + "…";
	}

	/** The SHA-256 of a key in lower-case hex, as configured. */
	static String digest(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Looks a presented key up. */
	static Optional<ApiKey> find(Map<String, ApiKey> byDigest, String key) {
		return Optional.ofNullable(byDigest.get(digest(key)));
	}

}
