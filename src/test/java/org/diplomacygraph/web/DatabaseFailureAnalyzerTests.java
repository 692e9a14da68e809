package org.diplomacygraph.web;

import java.nio.file.Path;
import java.sql.SQLException;

import org.h2.api.ErrorCode;
import org.h2.jdbc.JdbcSQLNonTransientConnectionException;
import org.h2.jdbc.JdbcSQLNonTransientException;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failure analyser on the exception chains H2 throws (as seen from the packaged jar: Spring's
 * bean creation around Flyway around Spring JDBC around H2's SQL exception around MVStore's).
 */
class DatabaseFailureAnalyzerTests {

	private static final String DIR = Path.of("target/some-data").toAbsolutePath().normalize().toString();

	private final DatabaseFailureAnalyzer analyzer = new DatabaseFailureAnalyzer(
			new MockEnvironment().withProperty("diplomacy.data-dir", "target/./some-data"));

	@Test
	void aLockedDatabaseNamesTheDataDirectoryAndSaysToStopTheOtherProcess() {
		Throwable failure = wrapped(new JdbcSQLNonTransientConnectionException("Database may be already in use: \""
				+ DIR + "/diplomacy.mv.db\". Possible solutions: close all other connection(s); use the server mode",
				null, null, ErrorCode.DATABASE_ALREADY_OPEN_1, new MVStoreException(7,
						"The file is locked: " + DIR + "/diplomacy.mv.db [2.4.240/7]"), null));

		FailureAnalysis analysis = this.analyzer.analyze(failure);

		assertThat(analysis.getDescription()).isEqualTo("The database in the data directory " + DIR
				+ " (diplomacy.data-dir) is in use by another process: H2 could not lock " + DIR + "/diplomacy.mv.db.");
		assertThat(analysis.getAction()).startsWith("Stop the other process that uses " + DIR + " ")
			.contains("--diplomacy.data-dir=<dir>");
		assertThat(analysis.getCause()).isSameAs(failure);
	}

	@Test
	void aFileThatIsNoH2DatabaseIsCorrupt() {
		Throwable failure = wrapped(new JdbcSQLNonTransientConnectionException(
				"File corrupted while reading record: \"" + DIR + "/diplomacy.mv.db\". Possible solution: use the recovery tool",
				null, null, ErrorCode.FILE_CORRUPTED_1, new MVStoreException(6,
						"Store header is corrupt: " + DIR + "/diplomacy.mv.db [2.4.240/6]"), null));

		FailureAnalysis analysis = this.analyzer.analyze(failure);

		assertThat(analysis.getDescription()).isEqualTo("The database in the data directory " + DIR
				+ " (diplomacy.data-dir) is corrupt and cannot be opened: " + DIR
				+ "/diplomacy.mv.db is damaged, truncated or not an H2 database.");
		assertThat(analysis.getAction()).startsWith("Restore " + DIR + "/diplomacy.mv.db from a backup; or move it out of "
				+ DIR + " ");
	}

	@Test
	void aTruncatedFileIsCorrupt() {
		Throwable failure = wrapped(new JdbcSQLNonTransientException("IO Exception: \"" + DIR + "/diplomacy.mv.db\"", null,
				null, ErrorCode.IO_EXCEPTION_1, new MVStoreException(1, "Reading from file failed at 5000 [2.4.240/1]"),
				null));

		assertThat(this.analyzer.analyze(failure).getDescription()).contains("is corrupt and cannot be opened");
	}

	@Test
	void anUnsupportedFileVersionIsCorrupt() {
		Throwable failure = wrapped(new JdbcSQLNonTransientConnectionException("Unsupported database file version or "
				+ "invalid file header in file \"" + DIR + "/diplomacy.mv.db\"", null, null,
				ErrorCode.FILE_VERSION_ERROR_1, null, null));

		assertThat(this.analyzer.analyze(failure).getDescription()).contains("is corrupt and cannot be opened");
	}

	@Test
	void aLockedStoreWithoutTheSqlExceptionIsStillLocked() {
		Throwable failure = wrapped(new MVStoreException(7, "The file is locked: /x/diplomacy.mv.db [2.4.240/7]"));

		assertThat(this.analyzer.analyze(failure).getDescription()).contains("is in use by another process")
			.contains("the database file in " + DIR);
	}

	@Test
	void otherFailuresAreLeftToOtherAnalysers() {
		assertThat(this.analyzer.analyze(wrapped(new SQLException("Connection refused", "08001", 0)))).isNull();
		assertThat(this.analyzer.analyze(wrapped(new JdbcSQLNonTransientException("IO Exception: disk full", null, null,
				ErrorCode.IO_EXCEPTION_1, new java.io.IOException("No space left on device"), null))))
			.isNull();
		assertThat(this.analyzer.analyze(new IllegalStateException("unrelated"))).isNull();
	}

	@Test
	void withoutAConfiguredDataDirectoryTheDefaultIsNamed() {
		FailureAnalysis analysis = new DatabaseFailureAnalyzer(new MockEnvironment()).analyze(wrapped(new MVStoreException(
				7, "The file is locked [2.4.240/7]")));

		assertThat(analysis.getDescription()).contains(Path.of("data").toAbsolutePath().toString());
	}

	private static Throwable wrapped(Throwable h2) {
		return new BeanCreationException("entityManagerFactory", "Failed to initialize dependency 'flyway'",
				new BeanCreationException("flyway", "Failed to instantiate",
						new IllegalStateException(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
								(h2 instanceof SQLException sql) ? sql : new SQLException("wrapper", h2)))));
	}

}
