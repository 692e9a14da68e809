package org.diplomacygraph.node;

import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** Resolves the {@code id} field of every {@code Node} type to the entity's opaque global ID. */
@Component
class NodeWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (NodeType type : NodeType.values()) {
			wiring.type(type.typeName(),
					(builder) -> builder.dataFetcher("id", (env) -> type.globalIdOf(env.getSource())));
		}
	}

}
