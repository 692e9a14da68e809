package org.diplomacygraph.values;

import java.util.List;

/**
 * The schema's {@code UserError}: a problem with a mutation's input, with the path of the offending
 * input field, a message quoting the value, and a code.
 */
public record UserError(List<String> field, String message, Code code) {

	public static UserError of(Code code, String message, String... field) {
		return new UserError(List.of(field), message, code);
	}

	/** The schema's {@code UserErrorCode}. */
	public enum Code {

		REQUIRED, INVALID, NOT_FOUND, WRONG_TYPE, QUOTE_NOT_FOUND, AMBIGUOUS, CONFLICT, POSSIBLE_DUPLICATE

	}

}
