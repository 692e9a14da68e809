package org.diplomacygraph.match;

import org.diplomacygraph.values.PartialDate;

/**
 * A post to find among a stored person's: a title held at an organisation or at the head of a
 * country, references as slugs of stored records.
 *
 * @param person the person holding it (required: only that person's posts are candidates)
 * @param title the title as written ({@code Secretary}, {@code Ambassador to Vietnam})
 * @param organisation the organisation it is held at, or null
 * @param country the country it is held at the head of, or null
 * @param from when it began, if known
 * @param until when it ended, if known
 */
public record PostQuery(String person, String title, String organisation, String country, PartialDate from,
		PartialDate until) {

	public PostQuery {
		if (person == null) {
			throw new IllegalArgumentException("A post is looked for among a stored person's");
		}
	}

}
