package org.diplomacygraph.agreement;

import org.diplomacygraph.model.Page;

/**
 * The key of an organisation's nested {@code agreements} connection for the batch loader. Keys with
 * equal filter and order are loaded together with one query.
 */
record AgreementsOf(String parentId, AgreementFilter filter, AgreementOrder order, Page page) {

	/** The part of the key that is the same for every parent in one query. */
	Arguments arguments() {
		return new Arguments(this.filter, this.order);
	}

	/** Filter and order, shared by the keys one query serves. */
	record Arguments(AgreementFilter filter, AgreementOrder order) {
	}

}
