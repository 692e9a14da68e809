package org.diplomacygraph.export;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.diplomacygraph.export.Rows.AgreementRow;
import org.diplomacygraph.export.Rows.EvidenceRow;
import org.diplomacygraph.export.Rows.Owned;
import org.diplomacygraph.export.Rows.PartyRow;
import org.diplomacygraph.export.Rows.SignatoryRow;
import org.diplomacygraph.record.RecordType;

import static org.diplomacygraph.export.GraphQueries.group;

/**
 * The JSON-LD of a chunk of agreements: a {@code schema:CreativeWork} of the type {@code dg:Agreement}
 * (schema.org has no type for a memorandum or a cooperation programme between parties;
 * {@code schema:Legislation} is law a jurisdiction passes), its parties and signatories as
 * {@code schema:Role}s with their own provenance. Seven statements a chunk.
 */
final class AgreementDocuments {

	private final GraphQueries queries;

	AgreementDocuments(GraphQueries queries) {
		this.queries = queries;
	}

	List<ObjectNode> chunk(Selection selection, LinkedData ld) {
		List<AgreementRow> rows = this.queries.rows(AgreementRow.class, "select x.id, x.title, x.kind, x.status,"
				+ " x.signedOn.text, x.validFrom.text, x.validUntil.text, x.meetingId from Agreement x", selection);
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> ids = rows.stream().map(AgreementRow::id).toList();
		Map<String, List<Owned>> fields = group(this.queries.owned(
				"select x.id, f from Agreement x join x.fields f where x.id in :ids order by x.id, index(f)", ids),
				Owned::owner);
		Map<String, List<PartyRow>> parties = group(this.queries.related(PartyRow.class,
				"select p.id, p.agreementId, p.organisationId, p.countryId from AgreementParty p"
						+ " where p.agreementId in :ids order by p.agreementId, p.id", ids),
				PartyRow::agreementId);
		Map<String, List<SignatoryRow>> signatories = group(this.queries.related(SignatoryRow.class,
				"select s.id, s.agreementId, s.personId, s.capacityId from Signatory s"
						+ " where s.agreementId in :ids order by s.agreementId, s.id", ids),
				SignatoryRow::agreementId);
		Map<String, List<EvidenceRow>> evidence = group(this.queries.evidence(RecordType.AGREEMENT, ids),
				EvidenceRow::subjectId);
		Map<String, List<EvidenceRow>> partyEvidence = group(this.queries.relationEvidence(RecordType.AGREEMENT_PARTY,
				"select p.id from AgreementParty p where p.agreementId in :ids", ids), EvidenceRow::subjectId);
		Map<String, List<EvidenceRow>> signatoryEvidence = group(this.queries.relationEvidence(RecordType.SIGNATORY,
				"select s.id from Signatory s where s.agreementId in :ids", ids), EvidenceRow::subjectId);
		return rows.stream().map((row) -> {
			ObjectNode document = ld.document(RecordType.AGREEMENT, row.id(), "CreativeWork", "dg:Agreement");
			document.put("name", row.title());
			document.put("dg:kind", row.kind().name());
			if (row.status() != null) {
				document.put("creativeWorkStatus", row.status().name());
			}
			LinkedData.date(document, "dg:signedOn", row.signedOn());
			LinkedData.date(document, "dg:validFrom", row.validFrom());
			LinkedData.date(document, "dg:validUntil", row.validUntil());
			ld.link(document, "recordedAt", RecordType.MEETING, row.meetingId());
			LinkedData.strings(document, "keywords", NodeDocuments.values(fields.get(row.id())));
			ArrayNode partyRoles = document.putArray("dg:party");
			for (PartyRow party : parties.getOrDefault(row.id(), List.of())) {
				ObjectNode role = partyRoles.addObject();
				role.put("@type", "Role");
				ld.link(role, "dg:party", RecordType.ORGANISATION, party.organisationId());
				ld.link(role, "dg:party", RecordType.COUNTRY, party.countryId());
				ld.provenance(role, partyEvidence.get(party.id()));
			}
			ArrayNode signatoryRoles = document.putArray("dg:signatory");
			for (SignatoryRow signatory : signatories.getOrDefault(row.id(), List.of())) {
				ObjectNode role = signatoryRoles.addObject();
				role.put("@type", "Role");
				role.set("dg:signatory", ld.reference(RecordType.PERSON, signatory.personId()));
				ld.link(role, "dg:capacity", RecordType.POSITION, signatory.capacityId());
				ld.provenance(role, signatoryEvidence.get(signatory.id()));
			}
			if (partyRoles.isEmpty()) {
				document.remove("dg:party");
			}
			if (signatoryRoles.isEmpty()) {
				document.remove("dg:signatory");
			}
			ld.provenance(document, evidence.get(row.id()));
			return document;
		}).toList();
	}

}
