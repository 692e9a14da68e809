package org.diplomacygraph.values;

/** A client asked for something that does not exist; reported as a NOT_FOUND error with this message. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
