package org.diplomacygraph.system;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract teaches its users: every type, field, argument and enum value of schema/ has a description. */
class SchemaDescriptionTests {

	@Test
	void everythingInTheSchemaIsDescribed() throws Exception {
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : GraphiQlExampleTests.schema().getAllTypesAsList()) {
			if (type.getName().startsWith("__") || (type instanceof GraphQLScalarType scalar
					&& List.of("String", "Int", "Float", "Boolean", "ID").contains(scalar.getName()))) {
				continue;
			}
			if (type.getDescription() == null) {
				undescribed.add(type.getName());
			}
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					check(undescribed, type.getName() + "." + field.getName(), field.getDescription());
					for (GraphQLArgument argument : field.getArguments()) {
						check(undescribed, type.getName() + "." + field.getName() + "(" + argument.getName() + ")",
								argument.getDescription());
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					check(undescribed, type.getName() + "." + field.getName(), field.getDescription());
				}
			}
			if (type instanceof GraphQLEnumType enumeration) {
				for (GraphQLEnumValueDefinition value : enumeration.getValues()) {
					check(undescribed, type.getName() + "." + value.getName(), value.getDescription());
				}
			}
		}
		assertThat(undescribed).isEmpty();
	}

	private static void check(List<String> undescribed, String name, String description) {
		if (description == null || description.isBlank()) {
			undescribed.add(name);
		}
	}

}
