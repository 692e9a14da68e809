package org.diplomacygraph.meeting;

import org.diplomacygraph.model.Page;

/**
 * The key of a nested {@code meetings} connection for the batch loader: whose meetings, and with
 * which arguments. Keys with equal arguments are loaded together with one query.
 */
record MeetingsOf(String parentId, MeetingFilter filter, MeetingOrder order, Page page) {

	/** The part of the key that is the same for every parent in one query. */
	Arguments arguments() {
		return new Arguments(this.filter, this.order);
	}

	/** Filter and order, shared by the keys one query serves. */
	record Arguments(MeetingFilter filter, MeetingOrder order) {
	}

}
