package org.diplomacygraph;

/**
 * The plain API keys of the tests; their SHA-256 digests are configured in
 * {@code src/test/resources/config/application.properties} as {@code test-editor}, {@code test-reader} and {@code test-operator}.
 */
public final class TestKeys {

	/** The key named {@code test-editor}, role editor. */
	public static final String EDITOR = "editor-key-for-tests-0f8a2c91d4e7b6";

	/** The key named {@code test-reader}, role reader. */
	public static final String READER = "reader-key-for-tests-7c3e91b0a5d2f4";

	/** The key named {@code test-operator}, role operator (Prometheus, health details). */
	public static final String OPERATOR = "operator-key-for-tests-3d9b5e27c14a80";

	private TestKeys() {
	}

	/** The header value that presents a key. */
	public static String bearer(String key) {
		return "Bearer " + key;
	}

}
