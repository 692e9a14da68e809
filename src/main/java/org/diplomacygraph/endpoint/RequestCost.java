package org.diplomacygraph.endpoint;

import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionInput;
import graphql.GraphQLContext;

/**
 * The cost of one request as it is counted: what it asked for before execution and what it
 * returned. Shared through the GraphQL context by the interceptor that opens and closes the request
 * and the instrumentation that sees it run.
 */
public final class RequestCost {

	private final String client;

	private final AtomicLong returned = new AtomicLong();

	private volatile long requested;

	private volatile long selectedFields;

	private volatile boolean charged;

	private volatile ExecutionInput execution;

	private volatile boolean cancelled;

	private final AtomicLong responseBytes = new AtomicLong();

	private volatile long oversized;

	private volatile long reserved;

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

	/** Field selections of the operation outside introspection, fragments expanded. */
	long selectedFields() {
		return this.selectedFields;
	}

	void selected(long fields) {
		this.selectedFields = fields;
	}

	/** Cost points reserved for the execution while it runs ({@link Admission#reserve(long)}). */
	long reserved() {
		return this.reserved;
	}

	void reserved(long points) {
		this.reserved = points;
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

	/**
	 * Points the request spent: one, plus one per {@link QueryFigures#FIELDS_PER_POINT} fields it
	 * selected, plus one per object returned in a list.
	 */
	long actual() {
		return 1 + this.selectedFields / QueryFigures.FIELDS_PER_POINT + this.returned.get();
	}

	void returned(int items) {
		this.returned.addAndGet(items);
	}

	/** Stops the execution where it stands: fields not yet fetched are not fetched. */
	void cancel() {
		this.cancelled = true;
		ExecutionInput execution = this.execution;
		if (execution != null) {
			execution.cancel();
		}
	}

	/** Whether the execution was stopped (timeout, response size, client gone): its errors are moot. */
	boolean cancelled() {
		return this.cancelled;
	}

	/**
	 * Whether the request of this GraphQL context was cancelled: the errors of the fields it leaves
	 * unfinished are moot, and are neither reported as internal nor logged.
	 */
	public static boolean isCancelled(GraphQLContext context) {
		RequestCost cost = context.get(RequestCost.class);
		return cost != null && cost.cancelled();
	}

	/**
	 * Adds to the estimated size of the response; past {@code maximum} bytes, stops the execution.
	 * @return whether the response is still within the maximum
	 */
	boolean grow(long bytes, long maximum) {
		long size = this.responseBytes.addAndGet(bytes);
		if (size > maximum && this.oversized == 0) {
			this.oversized = size;
			cancel();
		}
		return size <= maximum;
	}

	/** The estimated size at which the response went over its maximum, or 0. */
	long oversized() {
		return this.oversized;
	}

}
