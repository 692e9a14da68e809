package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.diplomacygraph.ingest.CorpusCompiler.Problem;
import org.diplomacygraph.ingest.CorpusException.Defect;
import org.diplomacygraph.values.UserError.Code;

/**
 * Where in which file something was said, for defect messages ({@code entry} is the entry's path
 * in the file, e.g. {@code people[to-lam].positions[to-lam/president]}), with the path of the entry
 * in the file ({@code ["people", "0"]}) for callers that point at input fields.
 */
record Where(String file, String entry, List<String> path) {

	/**
	 * A problem here: the corpus reads {@code field: message} (or the message alone when field is
	 * null), a caller pointing at fields gets the message and this entry's path with the sub-path.
	 */
	Problem defect(Code code, String field, String message, Object... subpath) {
		return new Problem(new Defect(this.file, this.entry, (field != null) ? field + ": " + message : message),
				path(subpath), code, message);
	}

	/** A problem whose corpus reason and field message differ. */
	Problem defectAs(Code code, String reason, String message, String field) {
		return new Problem(new Defect(this.file, this.entry, reason), path(field), code, message);
	}

	List<String> path(Object... subpath) {
		List<String> full = new ArrayList<>(this.path);
		for (Object part : subpath) {
			full.add(String.valueOf(part));
		}
		return List.copyOf(full);
	}

}
