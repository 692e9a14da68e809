package org.diplomacygraph.propose;

import java.util.List;

/** Titles for proposed meetings, after the corpus's: "Talks between A and B", "State visit of A to Cuba". */
final class MeetingTitles {

	private MeetingTitles() {
	}

	static String title(Meetings.Meeting meeting) {
		List<Meetings.Participant> main = meeting.participants.stream()
			.filter((p) -> !"attendee".equals(p.role))
			.toList();
		String host = main.stream().filter((p) -> "host".equals(p.role)).map((p) -> p.person.label()).findFirst()
			.orElse(null);
		String guest = main.stream().filter((p) -> "guest".equals(p.role)).map((p) -> p.person.label()).findFirst()
			.orElse(null);
		String first = (host != null) ? host : (main.isEmpty() ? "" : main.get(0).person.label());
		String second = (guest != null && !guest.equals(first)) ? guest
				: (main.size() > 1 ? main.get(1).person.label() : null);
		String where = (meeting.place != null) ? " in " + meeting.place.label() : "";
		switch (meeting.kind) {
			case "state-visit":
			case "visit": {
				String visitor = (guest != null) ? guest : first;
				String kind = meeting.kind.equals("state-visit") ? "State visit" : "Visit";
				String to = (meeting.place != null) ? " to " + meeting.place.label() : "";
				return kind + " of " + visitor + to;
			}
			case "reception":
				return "Reception of " + ((second != null) ? second : "") + " by " + first + where;
			case "courtesy-call":
				return "Courtesy call of " + ((guest != null) ? guest : first) + " on " + ((host != null) ? host : second);
			default: {
				String noun = meeting.kind.equals("talks") ? "Talks" : meeting.kind.equals("conversation")
						? "Conversation" : "Meeting";
				return noun + " between " + first + ((second != null) ? " and " + second : "") + where;
			}
		}
	}

}
