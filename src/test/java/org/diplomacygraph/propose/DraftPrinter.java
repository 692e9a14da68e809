package org.diplomacygraph.propose;

import java.util.stream.Collectors;

import org.diplomacygraph.values.GlobalId;

/** A proposal as a few lines of text, for reading the evaluation's details. */
final class DraftPrinter {

	private DraftPrinter() {
	}

	static String print(Proposal proposal) {
		ArticleDraft d = proposal.draft();
		StringBuilder out = new StringBuilder();
		out.append("  title: ").append(d.title()).append(" | publisher: ").append(d.publisher()).append('\n');
		out.append("  notStory: ").append(d.notStory()).append('\n');
		d.people().forEach((p) -> {
			out.append("  person ").append(p.key()).append(id(p.id())).append(" ").append(p.name()).append(" ")
				.append(p.aliases()).append(" nat=").append(id(p.nationality())).append('\n');
			p.positions().forEach((q) -> out.append("    post ").append(id(q.id())).append(" ").append(q.title())
				.append(" @ ").append(q.organisation()).append(id(q.country())).append('\n'));
		});
		d.organisations().forEach((o) -> out.append("  org ").append(o.key()).append(id(o.id())).append(" ")
			.append(o.name()).append(" ").append(o.aliases()).append(" ").append(o.kind()).append(" parent=")
			.append(o.parent()).append(" country=").append(id(o.country())).append('\n'));
		d.places().forEach((p) -> out.append("  place ").append(p.key()).append(id(p.id())).append(" ").append(p.name())
			.append(" ").append(p.aliases()).append(" ").append(p.kind()).append('\n'));
		d.meetings().forEach((m) -> out.append("  meeting ").append(m.title()).append(" [").append(m.kind()).append("] ")
			.append(m.date()).append("..").append(m.endDate()).append(" place=").append(m.place()).append(id(m.country()))
			.append(" ")
			.append(m.participants().stream().map((p) -> p.person() + "/" + p.role()).collect(Collectors.joining(", ")))
			.append('\n'));
		d.agreements().forEach((a) -> out.append("  agreement ").append(a.title()).append(" [").append(a.kind())
			.append("] ").append(a.status()).append(" signed=").append(a.signedOn()).append(" valid=")
			.append(a.validFrom()).append("..").append(a.validUntil()).append(" meeting=").append(a.meeting())
			.append(" parties=").append(a.parties().stream().map((p) -> p.organisation()).collect(Collectors.toList()))
			.append('\n'));
		return out.toString();
	}

	private static String id(String globalId) {
		return (globalId != null) ? "{" + GlobalId.decode(globalId).map(GlobalId::id).orElse("?") + "}" : "";
	}

}
