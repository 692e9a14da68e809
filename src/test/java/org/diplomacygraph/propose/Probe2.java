package org.diplomacygraph.propose;

import java.util.List;

import org.diplomacygraph.record.RecordType;
import org.junit.jupiter.api.Test;

class Probe2 {

	static Gazetteer gazetteer() {
		return () -> List.of(
				new Gazetteer.Known(RecordType.COUNTRY, "vietnam", "Vietnam", List.of("Việt Nam"), null, null, null, "VN", List.of()),
				new Gazetteer.Known(RecordType.COUNTRY, "cuba", "Cuba", List.of(), null, null, null, "CU", List.of()),
				new Gazetteer.Known(RecordType.COUNTRY, "china", "China", List.of(), null, null, null, "CN", List.of()),
				new Gazetteer.Known(RecordType.PLACE, "hanoi", "Hanoi", List.of(), "city", null, "vietnam", null, List.of()),
				new Gazetteer.Known(RecordType.PLACE, "havana", "Havana", List.of(), "city", null, "cuba", null, List.of()),
				new Gazetteer.Known(RecordType.PERSON, "miguel-diaz-canel", "Miguel Díaz-Canel Bermúdez",
						List.of("Díaz-Canel"), null, null, "cuba", null,
						List.of(new Gazetteer.Post("miguel-diaz-canel/president", "President", null, "cuba"))));
	}

	@Test
	void probe() {
		String[] texts = {
				"HAVANA, Oct. 12 (Prensa Latina) Cuban President Miguel Díaz-Canel received on Thursday the Vietnamese Minister of Foreign Affairs Bui Thanh Son, who is on an official visit to Cuba.\nBoth sides reviewed bilateral ties. Son conveyed greetings from Vietnamese leaders.",
				"Foreign Minister Bui Thanh Son held talks with his Cuban counterpart Bruno Rodríguez Parrilla in Hanoi on Monday.\nThe two ministers witnessed the signing of the minutes of the 5th session of the Joint Committee. The two sides also signed a memorandum of understanding on cooperation in agriculture. The two countries have signed many cooperation agreements.",
				"BEIJING, March 6 (Xinhua) -- Vietnamese Ambassador to China Pham Sao Mai paid a courtesy call on Chinese Vice President Han Zheng in Beijing on March 5.\nHan said China values its ties with Vietnam. Mai thanked Han.\nPhoto: VNA",
				"Prime Minister Pham Minh Chinh met with Mr. Nguyen Van An, Chairman of the Board of Directors of Viettel Group, in Hanoi yesterday. Chinh asked the group to invest more in Cuba.",
		};
		String[] dates = { "2025-10-13", "2025-03-12", "2025-03-06", "2025-05-20" };
		for (int i = 0; i < texts.length; i++) {
			Proposal p = Proposer.propose(new Proposer.Request(texts[i], dates[i], null, null), gazetteer());
			System.out.println("=== " + i + " " + p.userErrors());
			if (p.draft() != null) {
				System.out.println(DraftPrinter.print(p));
			}
		}
	}

}
