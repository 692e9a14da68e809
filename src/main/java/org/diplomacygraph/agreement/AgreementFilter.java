package org.diplomacygraph.agreement;

import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.diplomacygraph.paging.DateRange;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.place.CountryKey;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText;

/** The schema's {@code AgreementFilter}: conditions on agreements, all of which must hold. */
public record AgreementFilter(String party, String partyCountryCode, List<Agreement.Status> status,
		List<Agreement.Kind> kind, DateRange signedOn) {

	/** The filter as a Criteria predicate; an ID of the wrong type is a BAD_REQUEST naming the argument. */
	public Filter<Agreement> toFilter(String argument) {
		if (this.party != null && this.partyCountryCode != null) {
			throw CountryKey.both(argument + ".party", argument + ".partyCountryCode");
		}
		GlobalId partyId = (this.party != null) ? partyOf(this.party, argument + ".party") : null;
		CountryKey partyCountry = CountryKey.of(null, this.partyCountryCode, null, argument + ".partyCountryCode");
		DateRange range = (this.signedOn != null) ? this.signedOn.check(argument + ".signedOn") : null;
		return (agreement, query, cb) -> Filter.and(cb,
				(partyId != null) ? hasParty(agreement, query, cb, partyId) : null,
				(partyCountry != null) ? hasCountryParty(agreement, query, cb, partyCountry) : null,
				(this.status != null && !this.status.isEmpty()) ? agreement.get("status").in(this.status) : null,
				(this.kind != null && !this.kind.isEmpty()) ? agreement.get("kind").in(this.kind) : null,
				(range != null) ? range.overlaps(cb, agreement.get("signedOn")) : null);
	}

	private static GlobalId partyOf(String id, String argument) {
		GlobalId decoded = GlobalId.require(id, argument);
		if (!decoded.type().equals("Organisation") && !decoded.type().equals("Country")) {
			throw new BadRequestException("`" + argument + "` must be the ID of an Organisation or a Country, but '"
					+ id + "' is the ID of " + GlobalId.withArticle(decoded.type()));
		}
		return decoded;
	}

	private static Predicate hasParty(From<?, Agreement> agreement, CriteriaQuery<?> query, CriteriaBuilder cb,
			GlobalId party) {
		Subquery<String> parties = query.subquery(String.class);
		Root<AgreementParty> row = parties.from(AgreementParty.class);
		String column = party.type().equals("Organisation") ? "organisationId" : "countryId";
		parties.select(row.get("agreementId"))
			.where(cb.equal(row.get("agreementId"), agreement.get("id")), cb.equal(row.get(column), party.id()));
		return cb.exists(parties);
	}

	private static Predicate hasCountryParty(From<?, Agreement> agreement, CriteriaQuery<?> query, CriteriaBuilder cb,
			CountryKey country) {
		Subquery<String> parties = query.subquery(String.class);
		Root<AgreementParty> row = parties.from(AgreementParty.class);
		parties.select(row.get("agreementId"))
			.where(cb.equal(row.get("agreementId"), agreement.get("id")),
					country.matches(row.get("countryId"), parties, cb));
		return cb.exists(parties);
	}

}
