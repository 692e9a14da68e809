package org.diplomacygraph.export;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The Popolo objects of the export (http://www.popoloproject.com/specs/), as its JSON schemas name
 * their properties; empty lists and nulls are left out.
 */
final class PopoloRecords {

	private PopoloRecords() {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Person(String id, String name, @JsonProperty("other_names") List<OtherName> otherNames,
			@JsonProperty("national_identity") String nationalIdentity, List<Link> links, List<Source> sources) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Organization(String id, String name, @JsonProperty("other_names") List<OtherName> otherNames,
			String classification, @JsonProperty("parent_id") String parentId, @JsonProperty("area_id") String areaId,
			List<Link> links, List<Source> sources) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Area(String id, String name, @JsonProperty("other_names") List<OtherName> otherNames, String classification,
			List<Identifier> identifiers, List<Link> links, List<Source> sources) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Post(String id, String label, String role, @JsonProperty("organization_id") String organizationId,
			@JsonProperty("area_id") String areaId) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Membership(String id, String label, String role, @JsonProperty("person_id") String personId,
			@JsonProperty("organization_id") String organizationId, @JsonProperty("area_id") String areaId,
			@JsonProperty("post_id") String postId, @JsonProperty("start_date") String startDate,
			@JsonProperty("end_date") String endDate, List<Link> links, List<Source> sources) {
	}

	record OtherName(String name) {
	}

	/** A source: the article's own URL (or its node's URL here when it has none) and the quote. */
	record Source(String url, String note) {
	}

	record Link(String url, String note) {
	}

	record Identifier(String scheme, String identifier) {
	}

}
