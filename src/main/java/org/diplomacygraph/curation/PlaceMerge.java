package org.diplomacygraph.curation;

import java.util.Set;

import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.record.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places: the places within the removed one and its meetings move to the kept one; the kept one
 * lies within its own enclosing place, else the removed one's, never itself; enclosures are
 * computed again.
 */
@Component
class PlaceMerge implements TypeMerge {

	private final JdbcTemplate jdbc;

	private final MergeRows rows;

	PlaceMerge(JdbcTemplate jdbc, MergeRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	@Override
	public RecordType type() {
		return RecordType.PLACE;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<Subject> merge(String kept, String removed) {
		String keptWithin = this.jdbc.queryForObject("select within_id from place where id = ?", String.class, kept);
		String removedWithin = this.jdbc.queryForObject("select within_id from place where id = ?", String.class,
				removed);
		String within = (keptWithin == null || keptWithin.equals(removed)) ? removedWithin : keptWithin;
		if (within != null && (within.equals(kept) || this.rows.within("place", "within_id", within, kept))) {
			within = null;
		}
		this.jdbc.update("update place set within_id = ? where id = ?", within, kept);
		this.jdbc.update("update place set within_id = ? where within_id = ? and id <> ?", kept, removed, kept);
		this.rows.inherit("place", kept, removed, "country_id");
		this.jdbc.update("update meeting set place_id = ? where place_id = ?", kept, removed);
		// Every enclosure again, as V3 fills it: the places within the removed one now lie within the kept one.
		this.jdbc.update("delete from place_enclosure");
		this.jdbc.update("insert into place_enclosure (place_id, enclosing_id) "
				+ "with recursive enclosure (place_id, enclosing_id) as (select id, id from place where id <> ? "
				+ "union all select e.place_id, p.within_id from enclosure e join place p on p.id = e.enclosing_id "
				+ "where p.within_id is not null) select distinct place_id, enclosing_id from enclosure", removed);
		return Set.of();
	}

}
