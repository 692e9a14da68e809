package org.diplomacygraph.system;

import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionInput;

/**
 * The cost of one request as it is counted: what it asked for before execution and what it
 * returned. Shared through the GraphQL context by the interceptor that opens and closes the request
 * and the instrumentation that sees it run.
 */
final class RequestCost {

	private final String client;

	private final AtomicLong returned = new AtomicLong();

	private volatile long requested;

	private volatile boolean charged;

	private volatile ExecutionInput execution;

	RequestCost(String client) {
		this.client = client;
	}

	String client() {
		return this.client;
	}

	/** Points the request asks for, or 0 if it never got as far as being analysed. */
	long requested() {
		return this.requested;
	}

	void analysed(long points) {
		this.requested = points;
	}

	/** Whether the requested points were taken from the client's budget, so the execution runs. */
	boolean charged() {
		return this.charged;
	}

	void charged(ExecutionInput execution) {
		this.execution = execution;
		this.charged = true;
	}

	/** Points the request spent: one, plus one per object returned in a list. */
	long actual() {
		return 1 + this.returned.get();
	}

	void returned(int items) {
		this.returned.addAndGet(items);
	}

	/** Stops the execution where it stands: fields not yet fetched are not fetched. */
	void cancel() {
		ExecutionInput execution = this.execution;
		if (execution != null) {
			execution.cancel();
		}
	}

}
