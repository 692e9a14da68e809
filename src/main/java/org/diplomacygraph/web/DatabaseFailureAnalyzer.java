package org.diplomacygraph.web;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns the two ways the embedded H2 database most often stops start-up into one short message
 * naming the data directory and what to do, in place of Spring Boot's 90–116-line stack trace: the
 * file is <b>locked</b> by another process (another instance on the same {@code diplomacy.data-dir},
 * an H2 console, a tool), or the file is <b>corrupt</b> (a damaged or truncated
 * {@code diplomacy.mv.db}, or a file that is no H2 database). The H2 exception is looked for
 * anywhere in the cause chain (Flyway, Hibernate and Hikari wrap it differently), by H2's error codes
 * rather than its classes, since H2 is only a runtime dependency. Registered in
 * {@code META-INF/spring.factories}; Boot then logs the analysis instead of the trace.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

	/** H2's {@code ErrorCode.DATABASE_ALREADY_OPEN_1}: "Database may be already in use". */
	static final int DATABASE_ALREADY_OPEN = 90020;

	/**
	 * H2's {@code FILE_CORRUPTED_1} (90030) and {@code FILE_VERSION_ERROR_1} (90048: "Unsupported
	 * database file version or invalid file header").
	 */
	static final Set<Integer> CORRUPT = Set.of(90030, 90048);

	/** H2's {@code IO_EXCEPTION_1}: corrupt only if the store below failed to read the file (truncated). */
	static final int IO_EXCEPTION = 90028;

	private static final String MV_STORE_EXCEPTION = "org.h2.mvstore.MVStoreException";

	/** MVStore's {@code DataUtils.ERROR_FILE_LOCKED}. */
	private static final int STORE_FILE_LOCKED = 7;

	/** MVStore's unsupported format (5), file corrupt (6) and chunk not found (9). */
	private static final Set<Integer> STORE_CORRUPT = Set.of(5, 6, 9);

	/** MVStore's reading failed (1): corruption under H2's IO exception, a plain I/O error otherwise. */
	private static final int STORE_READING_FAILED = 1;

	/** An MVStore message ends with {@code [version/code]}, e.g. {@code [2.4.240/7]}. */
	private static final Pattern STORE_CODE = Pattern.compile("/(\\d+)]\\s*$");

	/** The file H2 names in quotes: {@code Database may be already in use: "/data/diplomacy.mv.db". …}. */
	private static final Pattern QUOTED_FILE = Pattern.compile("\"([^\"]+\\.db)\"");

	private final Environment environment;

	DatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		Problem problem = null;
		String file = null;
		for (Throwable cause = failure; cause != null && problem == null; cause = next(cause, failure)) {
			Problem found = problem(cause);
			if (found != null) {
				problem = found;
				file = quotedFile(cause.getMessage());
			}
		}
		if (problem == null) {
			return null;
		}
		String dir = dataDir();
		String where = "the data directory " + dir + " (diplomacy.data-dir)";
		String what = (file != null) ? file : "the database file in " + dir;
		return switch (problem) {
			case LOCKED -> new FailureAnalysis("The database in " + where + " is in use by another process: H2 could "
					+ "not lock " + what + ".",
					"Stop the other process that uses " + dir + " (another instance of this server, an H2 console or "
							+ "tool) and start again, or give this instance a data directory of its own with "
							+ "--diplomacy.data-dir=<dir>. Instances that share one database need PostgreSQL "
							+ "(src/docs/operations.md, Several instances).",
					failure);
			case CORRUPT -> new FailureAnalysis("The database in " + where + " is corrupt and cannot be opened: " + what
					+ " is damaged, truncated or not an H2 database.",
					"Restore " + what + " from a backup; or move it out of " + dir + " (keep it: H2's Recover tool "
							+ "may save its data) and start again with a new, empty database, which the article "
							+ "corpus fills at start-up; writes made through the API since the backup are lost.",
					failure);
		};
	}

	enum Problem {

		LOCKED, CORRUPT

	}

	/** What a throwable of the chain says, or null if it is no H2 failure this analyser knows. */
	static Problem problem(Throwable cause) {
		if (cause instanceof SQLException sql && cause.getClass().getName().startsWith("org.h2.")) {
			if (sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
				return Problem.LOCKED;
			}
			if (CORRUPT.contains(sql.getErrorCode())) {
				return Problem.CORRUPT;
			}
			Integer below = storeCode(sql.getCause());
			if (sql.getErrorCode() == IO_EXCEPTION && below != null
					&& (below == STORE_READING_FAILED || STORE_CORRUPT.contains(below))) {
				return Problem.CORRUPT;
			}
			return null;
		}
		Integer code = storeCode(cause);
		if (code == null) {
			return null;
		}
		if (code == STORE_FILE_LOCKED) {
			return Problem.LOCKED;
		}
		// An MVStoreException without H2's SQL exception around it: only the unambiguous codes.
		return STORE_CORRUPT.contains(code) ? Problem.CORRUPT : null;
	}

	private static Integer storeCode(Throwable cause) {
		if (cause == null || !MV_STORE_EXCEPTION.equals(cause.getClass().getName()) || cause.getMessage() == null) {
			return null;
		}
		Matcher matcher = STORE_CODE.matcher(cause.getMessage());
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

	private static String quotedFile(String message) {
		if (message == null) {
			return null;
		}
		Matcher matcher = QUOTED_FILE.matcher(message);
		return matcher.find() ? matcher.group(1) : null;
	}

	// A cause chain may loop; stop where it does.
	private static Throwable next(Throwable cause, Throwable first) {
		Throwable next = cause.getCause();
		return (next == cause || next == first) ? null : next;
	}

	private String dataDir() {
		String configured = (this.environment != null) ? this.environment.getProperty("diplomacy.data-dir") : null;
		if (configured == null || configured.isBlank()) {
			configured = "./data";
		}
		try {
			return Path.of(configured).toAbsolutePath().normalize().toString();
		}
		catch (InvalidPathException ex) {
			return configured;
		}
	}

}
