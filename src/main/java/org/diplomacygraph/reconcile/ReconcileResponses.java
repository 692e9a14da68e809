package org.diplomacygraph.reconcile;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON bodies of the reconciliation API, as the Reconciliation Service API 0.2 names their fields. */
final class ReconcileResponses {

	private ReconcileResponses() {
	}

	/** The service manifest. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Manifest(List<String> versions, String name, String identifierSpace, String schemaSpace,
			String documentation, List<TypeRef> defaultTypes, Url view, Preview preview, Suggest suggest,
			Extend extend) {
	}

	record Url(String url) {
	}

	record Preview(String url, int width, int height) {
	}

	record Suggest(Service entity, Service type, Service property) {
	}

	record Service(@JsonProperty("service_url") String serviceUrl, @JsonProperty("service_path") String servicePath) {
	}

	record Extend(@JsonProperty("propose_properties") Service proposeProperties,
			@JsonProperty("property_settings") List<Object> propertySettings) {
	}

	/** A type (or a property) by ID and name. */
	record TypeRef(String id, String name) {
	}

	/** The result of one query. */
	record Result(List<ResultCandidate> result) {
	}

	/**
	 * A candidate: its global ID, name, score 0–100, whether it is the match beyond doubt, its type,
	 * and the reasons for its score as its description.
	 */
	record ResultCandidate(String id, String name, String description, int score, boolean match, List<TypeRef> type) {
	}

	/** A suggest response. */
	record Suggestions(List<Suggestion> result) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Suggestion(String id, String name, String description, List<TypeRef> notable) {
	}

	/** A data extension property proposal response. */
	record PropertyProposals(String type, List<TypeRef> properties, Integer limit) {
	}

	/** A data extension response: the properties, then each record's values by property. */
	record Extension(List<ExtensionProperty> meta, Map<String, Map<String, List<ExtensionValue>>> rows) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ExtensionProperty(String id, String name, TypeRef type) {
	}

	/** A value: a record ({@code id} and {@code name}) or text ({@code str}). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ExtensionValue(String id, String name, String str) {

		static ExtensionValue record(String id, String name) {
			return new ExtensionValue(id, name, null);
		}

		static ExtensionValue text(String text) {
			return new ExtensionValue(null, null, text);
		}

	}

	/** A refusal, in the shape of every other error of this API. */
	record Errors(List<Error> errors) {

		static Errors of(String message, String classification, Map<String, Object> more) {
			Map<String, Object> extensions = new java.util.LinkedHashMap<>();
			extensions.put("classification", classification);
			extensions.putAll(more);
			return new Errors(List.of(new Error(message, extensions)));
		}

	}

	record Error(String message, Map<String, Object> extensions) {
	}

}
