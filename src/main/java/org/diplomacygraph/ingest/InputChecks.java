package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.diplomacygraph.ingest.AnnotationFile.Quote;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText.Field;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.UserError.Code;
import org.diplomacygraph.values.UserError;

/**
 * The user errors of one ingest input, each with the path of its field under {@code input}, and the
 * checks that report them: the rule of each field ({@link InputText}) and the global IDs of stored
 * records (resolved after merges).
 */
final class InputChecks {

	private final StoredGraph store;

	private final List<UserError> errors = new ArrayList<>();

	InputChecks(StoredGraph store) {
		this.store = store;
	}

	List<UserError> errors() {
		return this.errors;
	}

	boolean isEmpty() {
		return this.errors.isEmpty();
	}

	void required(String value, Field field, String name) {
		if (InputText.isBlank(value)) {
			this.errors.add(UserError.of(Code.REQUIRED, "`" + name + "` must not be blank", "input", name));
		}
		else {
			check(value, field, name);
		}
	}

	/**
	 * A user error, with the input field's path, for a value that breaks the rule of its field
	 * ({@link InputText}); true if the value keeps it (null does).
	 */
	boolean check(String value, Field field, Object... path) {
		String name = "value";
		for (Object segment : path) {
			if (segment instanceof String string) {
				name = string;
			}
		}
		InputText.Problem problem = InputText.problem(value, field, name);
		if (problem != null) {
			error(problem.code(), problem.message(), path);
		}
		return problem == null;
	}

	/** Checks every value of a list, each at its index. */
	void each(List<String> values, Field field, Object... path) {
		for (int j = 0; j < values.size(); j++) {
			check(values.get(j), field, append(path, j));
		}
	}

	/** Checks every quote as verbatim text (a user error points at its {@code quote}). */
	void quotes(List<Quote> evidence, Object... path) {
		for (int j = 0; j < evidence.size(); j++) {
			check(evidence.get(j).quote(), Field.TEXT, append(path, j, "quote"));
		}
	}

	/** The slug of a stored entity given by its global ID, after merges; a user error if it is not one. */
	String stored(RecordType type, String globalId, Object... path) {
		String field = String.valueOf(path[path.length - 1]);
		String typeName = type.typeName();
		if (!check(globalId, Field.ID, path)) {
			return null;
		}
		GlobalId id = (globalId == null) ? null : GlobalId.decode(globalId).orElse(null);
		if (id == null) {
			error(Code.INVALID, GlobalId.invalidMessage(globalId, field), path);
			return null;
		}
		if (!id.type().equals(typeName)) {
			error(Code.WRONG_TYPE, "`" + field + "` must be the ID of " + GlobalId.withArticle(typeName) + ", but '"
					+ InputText.echo(globalId) + "' is the ID of " + GlobalId.withArticle(id.type()), path);
			return null;
		}
		String slug = this.store.current(type, id.id());
		if (slug == null) {
			error(Code.NOT_FOUND, "`" + field + "` '" + InputText.echo(globalId) + "' refers to no " + typeName, path);
		}
		return slug;
	}

	void error(Code code, String message, Object... path) {
		List<String> full = new ArrayList<>();
		full.add("input");
		full.addAll(Arrays.stream(path).map(String::valueOf).toList());
		this.errors.add(new UserError(full, message, code));
	}

	static Object[] append(Object[] path, Object... more) {
		List<Object> full = new ArrayList<>(List.of(path));
		full.addAll(List.of(more));
		return full.toArray();
	}

}
