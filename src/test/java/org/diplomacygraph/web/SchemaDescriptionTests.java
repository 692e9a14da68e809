package org.diplomacygraph.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;
import org.junit.jupiter.api.Test;

import org.diplomacygraph.values.InputText;

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

	/**
	 * Every string a client sends has a documented maximum: each String or ID argument and input
	 * field says "at most N characters", and N is the maximum of one of {@link InputText.Field}'s
	 * kinds of input, which the entry points enforce.
	 */
	@Test
	void everyStringArgumentAndInputFieldStatesItsMaximumLength() throws Exception {
		Set<Integer> maxima = Arrays.stream(InputText.Field.values()).map(InputText.Field::max).collect(Collectors.toSet());
		List<String> unbounded = new ArrayList<>();
		for (GraphQLNamedType type : GraphiQlExampleTests.schema().getAllTypesAsList()) {
			if (type.getName().startsWith("__")) {
				continue;
			}
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					for (GraphQLArgument argument : field.getArguments()) {
						bounded(unbounded, maxima, type.getName() + "." + field.getName() + "(" + argument.getName() + ")",
								argument.getType(), argument.getDescription());
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					bounded(unbounded, maxima, type.getName() + "." + field.getName(), field.getType(),
							field.getDescription());
				}
			}
		}
		assertThat(unbounded).isEmpty();
	}

	private static void bounded(List<String> unbounded, Set<Integer> maxima, String name, GraphQLInputType type,
			String description) {
		GraphQLUnmodifiedType named = GraphQLTypeUtil.unwrapAll(type);
		if (!named.getName().equals("String") && !named.getName().equals("ID")) {
			return;
		}
		Matcher maximum = MAXIMUM.matcher((description != null) ? description : "");
		if (!maximum.find() || !maxima.contains(Integer.parseInt(maximum.group(1).replace(",", "")))) {
			unbounded.add(name);
		}
	}

	private static final Pattern MAXIMUM = Pattern.compile("(?i)at most ([\\d,]+) characters");

	private static void check(List<String> undescribed, String name, String description) {
		if (description == null || description.isBlank()) {
			undescribed.add(name);
		}
	}

}
