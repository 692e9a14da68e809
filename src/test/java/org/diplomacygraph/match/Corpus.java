package org.diplomacygraph.match;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.PartialDate;

/** Records of the packaged corpus as the scorers see them, and the names reasons give them. */
final class Corpus {

	static final StoredEntity CPV = new StoredEntity(RecordType.ORGANISATION, "communist-party-of-vietnam",
			"Communist Party of Vietnam", List.of("CPV", "Communist Party of Việt Nam"), Organisation.Kind.PARTY,
			"vietnam", null, null, Set.of());

	static final StoredEntity CPC = new StoredEntity(RecordType.ORGANISATION, "communist-party-of-cuba",
			"Communist Party of Cuba", List.of("CPC"), Organisation.Kind.PARTY, "cuba", null, null, Set.of());

	static final StoredEntity HAVANA_PARTY_COMMITTEE = new StoredEntity(RecordType.ORGANISATION,
			"havana-party-committee", "Havana Party Committee", List.of(), Organisation.Kind.PARTY_COMMITTEE, "cuba",
			"communist-party-of-cuba", null, Set.of());

	static final StoredEntity TO_LAM = new StoredEntity(RecordType.PERSON, "to-lam", "Tô Lâm",
			List.of("To Lam", "General Secretary To Lam", "Lam", "General Secretary Lâm", "Lâm"), null, "vietnam", null,
			null, Set.of("cpv-central-committee"));

	static final StoredEntity HAVANA = new StoredEntity(RecordType.PLACE, "havana", "Havana", List.of(),
			Place.Kind.CITY, "cuba", null, null, Set.of());

	static final StoredEntity VIETNAM = new StoredEntity(RecordType.COUNTRY, "vietnam", "Vietnam",
			List.of("Việt Nam", "Democratic Republic of Vietnam"), null, null, null, "VN", Set.of());

	/** 9 June 2023: the talks in Vietnam, part of Torres Iríbar's visit of 5 to 15 June. */
	static final StoredMeeting DUNG_TORRES_IRIBAR_TALKS = new StoredMeeting("dung-torres-iribar-talks-2023-06-09",
			"Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar", Meeting.Kind.TALKS,
			PartialDate.parse("2023-06-09"), null, null, Set.of(), "vietnam",
			Set.of("dinh-tien-dung", "luis-antonio-torres-iribar"),
			Set.of("hanoi-party-committee", "havana-party-committee"));

	static final StoredMeeting TORRES_IRIBAR_VISIT = new StoredMeeting("torres-iribar-visit-vietnam-2023",
			"Visit of Luis Antonio Torres Iríbar to Vietnam", Meeting.Kind.VISIT, PartialDate.parse("2023-06-05"),
			PartialDate.parse("2023-06-15"), null, Set.of(), "vietnam", Set.of("luis-antonio-torres-iribar"),
			Set.of("havana-party-committee"));

	static final StoredMeeting DIAZ_CANEL_LE_QUANG_LONG = new StoredMeeting("diaz-canel-le-quang-long-2025-04-29",
			"Conversation between Miguel Díaz-Canel Bermúdez and Lê Quang Long at the 50th anniversary of Southern "
					+ "Liberation and National Reunification",
			Meeting.Kind.CONVERSATION, PartialDate.parse("2025-04-29"), null, "palace-of-the-revolution",
			Set.of("palace-of-the-revolution", "havana"), "cuba", Set.of("miguel-diaz-canel", "le-quang-long"),
			Set.of("cpc-central-committee"));

	static final StoredMeeting HANG_YU_LUMING_RECEPTION = new StoredMeeting("hang-yu-luming-reception",
			"Reception of Yu Luming by Ngô Thị Thanh Hằng", Meeting.Kind.RECEPTION, PartialDate.parse("--06-24"), null,
			null, Set.of(), null, Set.of("ngo-thi-thanh-hang", "yu-luming"),
			Set.of("hanoi-party-committee", "cppcc-beijing"));

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("vietnam", "Vietnam"),
			Map.entry("cuba", "Cuba"), Map.entry("havana", "Havana"), Map.entry("hanoi", "Hanoi"),
			Map.entry("palace-of-the-revolution", "Palace of the Revolution"),
			Map.entry("communist-party-of-cuba", "Communist Party of Cuba"),
			Map.entry("communist-party-of-vietnam", "Communist Party of Vietnam"),
			Map.entry("cpv-central-committee", "Central Committee of the Communist Party of Vietnam"),
			Map.entry("hanoi-party-committee", "Hanoi Party Committee"),
			Map.entry("havana-party-committee", "Havana Party Committee"),
			Map.entry("dinh-tien-dung", "Đinh Tiến Dũng"),
			Map.entry("luis-antonio-torres-iribar", "Luis Antonio Torres Iríbar"),
			Map.entry("miguel-diaz-canel", "Miguel Díaz-Canel Bermúdez"), Map.entry("le-quang-long", "Lê Quang Long"),
			Map.entry("to-lam", "Tô Lâm"),
			Map.entry("dung-torres-iribar-talks-2023-06-09", "Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar"));

	/** The names of the records above and those they refer to; a slug otherwise. */
	static final Labels LABELS = (type, id) -> NAMES.getOrDefault(id, id);

	private Corpus() {
	}

}
