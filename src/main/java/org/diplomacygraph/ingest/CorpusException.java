package org.diplomacygraph.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** The corpus has defects; nothing was written. Its message lists each defect on a line. */
public class CorpusException extends RuntimeException {

	private final List<Defect> defects;

	public CorpusException(List<Defect> defects) {
		super(message(defects));
		this.defects = List.copyOf(defects);
	}

	public List<Defect> getDefects() {
		return this.defects;
	}

	private static String message(List<Defect> defects) {
		return "The article corpus has " + defects.size() + ((defects.size() == 1) ? " defect" : " defects")
				+ "; nothing was loaded:"
				+ defects.stream().map((defect) -> "\n  " + defect).collect(Collectors.joining());
	}

	/** One defect: the file, the entry in it, and what is wrong. */
	public record Defect(String file, String entry, String reason) {

		@Override
		public String toString() {
			return this.file + ((this.entry != null) ? ": " + this.entry : "") + ": " + this.reason;
		}

	}

}
