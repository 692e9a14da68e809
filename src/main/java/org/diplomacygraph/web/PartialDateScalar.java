package org.diplomacygraph.web;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.diplomacygraph.values.PartialDate;

/** The {@code PartialDate} scalar: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code --MM-DD}. */
final class PartialDateScalar {

	static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("PartialDate")
		.description("A date at year, month or day precision, or a day without a year.")
		.coercing(new PartialDateCoercing())
		.build();

	private PartialDateScalar() {
	}

	private static final class PartialDateCoercing implements Coercing<PartialDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof PartialDate date) {
				return date.text();
			}
			throw new CoercingSerializeException("Expected a PartialDate but was " + value.getClass().getSimpleName());
		}

		@Override
		public PartialDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				try {
					return PartialDate.parse(text);
				}
				catch (IllegalArgumentException ex) {
					throw new CoercingParseValueException("Invalid PartialDate: " + ex.getMessage());
				}
			}
			throw new CoercingParseValueException(
					"Invalid PartialDate: expected a string such as \"2023\", \"2023-06\", \"2023-06-09\" or \"--06-24\"");
		}

		@Override
		public PartialDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				try {
					return PartialDate.parse(text.getValue());
				}
				catch (IllegalArgumentException ex) {
					throw new CoercingParseLiteralException("Invalid PartialDate: " + ex.getMessage());
				}
			}
			throw new CoercingParseLiteralException(
					"Invalid PartialDate: expected a string such as \"2023\", \"2023-06\", \"2023-06-09\" or \"--06-24\"");
		}

		@Override
		public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
			return StringValue.of(serialize(input, context, locale));
		}

	}

}
