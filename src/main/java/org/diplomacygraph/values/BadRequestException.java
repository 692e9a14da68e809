package org.diplomacygraph.values;

/** A client sent arguments the API cannot accept; reported as a BAD_REQUEST error with this message. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
