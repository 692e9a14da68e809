package org.diplomacygraph.meeting;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.diplomacygraph.RepositoryTest;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The countries represented at a meeting ({@link RepresentedCountry}): a participant's nationality,
 * or the country of the post the participant acted in there (a head of state's country, or the
 * organisation's), on a store of its own. The one definition behind the {@code betweenCountries}
 * filter, the pair counts and the pairs' meetings, so all three agree.
 */
@RepositoryTest
class RepresentedCountryTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	RelatedMeetings related;

	@BeforeEach
	void store() {
		for (String country : List.of("zz-a", "zz-b", "zz-c")) {
			this.jdbc.update("insert into country (id, name, name_key, code) values (?, ?, ?, ?)", country, country,
					country, "Q" + Character.toUpperCase(country.charAt(3)));
		}
		this.jdbc.update("insert into organisation (id, name, name_key, search_text, kind, country_id) values "
				+ "('zz-ministry-b', 'Ministry of B', 'ministry of b', '|ministry of b|', 'GOVERNMENT_BODY', 'zz-b')");
		// A national of A; a minister of B and a head of state of C, both of no known nationality.
		person("zz-national-a", "zz-a");
		person("zz-minister-b", null);
		person("zz-president-c", null);
		this.jdbc.update("insert into person_position (id, person_id, title, organisation_id, country_id) values "
				+ "('zz-minister-b/minister', 'zz-minister-b', 'Minister', 'zz-ministry-b', null), "
				+ "('zz-president-c/president', 'zz-president-c', 'President', null, 'zz-c')");
		// A and B (the minister in office), and talks that are part of that visit.
		meeting("zz-visit", null);
		participant("zz-visit", "zz-national-a", null);
		participant("zz-visit", "zz-minister-b", "zz-minister-b/minister");
		meeting("zz-visit-talks", "zz-visit");
		participant("zz-visit-talks", "zz-national-a", null);
		participant("zz-visit-talks", "zz-minister-b", "zz-minister-b/minister");
		// A and C (the president in office).
		meeting("zz-summit", null);
		participant("zz-summit", "zz-national-a", null);
		participant("zz-summit", "zz-president-c", "zz-president-c/president");
		// A only: the minister took part, but not in office, so B was not represented.
		meeting("zz-dinner", null);
		participant("zz-dinner", "zz-national-a", null);
		participant("zz-dinner", "zz-minister-b", null);
	}

	@Test
	void everyCountryGivenMustBeRepresentedByNationalityOrPost() {
		assertThat(between("zz-a", "zz-b")).containsExactly("zz-visit", "zz-visit-talks");
		assertThat(between("zz-a", "zz-c")).containsExactly("zz-summit");
		assertThat(between("zz-c")).containsExactly("zz-summit");
		assertThat(between("zz-a")).containsExactly("zz-dinner", "zz-summit", "zz-visit", "zz-visit-talks");
		assertThat(between("zz-b", "zz-c")).isEmpty();
		assertThat(betweenCodes("QA", "QB")).containsExactly("zz-visit", "zz-visit-talks");
	}

	@Test
	void aPairCountsEachEventOnceAndListsEveryMeetingOfIt() {
		Map<String, Long> counts = new TreeMap<>();
		for (MeetingsOfCountryPair row : this.meetings.countByCountryPair()) {
			if (row.country().startsWith("zz-")) {
				counts.put(row.country() + " " + row.other(), row.count());
			}
		}
		assertThat(counts).containsExactly(Map.entry("zz-a zz-b", 1L), Map.entry("zz-a zz-c", 1L));

		Map<String, List<Meeting>> byPair = this.related.ofCountryPairs(List.of("zz-a zz-b", "zz-a zz-c"),
				Filter.none());
		assertThat(byPair).containsOnlyKeys("zz-a zz-b", "zz-a zz-c");
		assertThat(byPair.get("zz-a zz-b")).extracting(Meeting::getId)
			.containsExactlyInAnyOrder("zz-visit", "zz-visit-talks");
		assertThat(byPair.get("zz-a zz-c")).extracting(Meeting::getId).containsExactly("zz-summit");
		// Only the pairs asked for, though one query reads the others of their countries too.
		assertThat(this.related.ofCountryPairs(List.of("zz-a zz-c"), Filter.none())).containsOnlyKeys("zz-a zz-c");
	}

	private List<String> between(String... countries) {
		return ids(new MeetingFilter(null, null, null, null, null,
				List.of(countries).stream().map((id) -> GlobalId.encode("Country", id)).toList(), null, null, null));
	}

	private List<String> betweenCodes(String... codes) {
		return ids(new MeetingFilter(null, null, null, null, null, null, List.of(codes), null, null));
	}

	private List<String> ids(MeetingFilter filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<String> query = cb.createQuery(String.class);
		Root<Meeting> meeting = query.from(Meeting.class);
		query.select(meeting.get("id"))
			.where(cb.like(meeting.get("id"), "zz-%"), filter.toFilter("filter").toPredicate(meeting, query, cb))
			.orderBy(cb.asc(meeting.get("id")));
		return this.entityManager.createQuery(query).getResultList();
	}

	private void person(String id, String nationality) {
		this.jdbc.update("insert into person (id, name, name_key, search_text, nationality_id) values (?, ?, ?, ?, ?)",
				id, id, id, "|" + id + "|", nationality);
	}

	private void meeting(String id, String partOf) {
		this.jdbc.update("insert into meeting (id, title, title_key, kind, date_sort, date_sort_desc, part_of_id, "
				+ "event_id) values (?, ?, ?, 'MEETING', 0, 0, ?, ?)", id, id, id, partOf, partOf);
	}

	private void participant(String meeting, String person, String capacity) {
		this.jdbc.update("insert into participant (id, meeting_id, person_id, role, capacity_id) values (?, ?, ?, "
				+ "'ATTENDEE', ?)", meeting + "#" + person, meeting, person, capacity);
	}

}
