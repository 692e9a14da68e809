package org.diplomacygraph;

import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node} and {@code nodes} in the {@link GraphQlSliceTest} context, in place of the
 * {@code NodeController} (tested on the database, {@code node/NodeControllerTests}): {@code nodes}
 * answers with the entities a test serves, {@code node} fails as a test makes it fail, else finds
 * nothing. A test that sets either clears it afterwards ({@link #clear()}).
 */
// A test component: the application's component scan, which reaches the test classes, leaves it out.
@TestComponent
@Controller
public class NodeStandIn {

	private volatile List<Object> entities = List.of();

	private volatile RuntimeException failure;

	/** {@code nodes} answers with these entities, whatever the IDs. */
	public void serve(Object... entities) {
		this.entities = List.of(entities);
	}

	/** {@code node} throws this. */
	public void fail(RuntimeException failure) {
		this.failure = failure;
	}

	public void clear() {
		this.entities = List.of();
		this.failure = null;
	}

	@QueryMapping
	Object node(@Argument String id) {
		RuntimeException failure = this.failure;
		if (failure != null) {
			throw failure;
		}
		return null;
	}

	@QueryMapping
	List<Object> nodes(@Argument List<String> ids) {
		return this.entities;
	}

}
