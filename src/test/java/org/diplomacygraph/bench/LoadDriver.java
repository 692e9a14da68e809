package org.diplomacygraph.bench;

import java.net.URI;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * What drives a measured run: wrk in a process of its own ({@link WrkLoad}, the default), or the
 * in-JVM {@link LoadGenerator} ({@code -Dbench.load=jvm}, the figures of the earlier runs).
 */
interface LoadDriver {

	/** How the report names this load generator. */
	String describe();

	/** Requests that are not measured, each answer checked. */
	void warm(URI uri, IntFunction<String> bodies, int clients) throws Exception;

	/**
	 * A measured run after a warm-up, every answer checked (a 200 without GraphQL errors, or the run
	 * fails). {@code light} runs are the naive server's, far slower on nested pages: fewer requests.
	 * {@code statements} counts the server's SQL statements, or is {@code null} for a server outside
	 * this JVM (no statement count, no heap).
	 */
	LoadGenerator.Result run(URI uri, IntFunction<String> bodies, int clients, boolean light, LongSupplier statements)
			throws Exception;

}
