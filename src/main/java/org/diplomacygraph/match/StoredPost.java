package org.diplomacygraph.match;

import org.diplomacygraph.values.PartialDate;

/**
 * What the matcher compares of a stored post.
 *
 * @param organisationParent the parent of the post's organisation, or null
 */
record StoredPost(String id, String person, String title, String organisation, String organisationParent,
		String country, PartialDate from, PartialDate until) {

}
