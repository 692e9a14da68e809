/**
 * The values every package shares: global IDs ({@link org.diplomacygraph.values.GlobalId}), dates
 * with partial precision ({@link org.diplomacygraph.values.PartialDate}), the rule of every input
 * string ({@link org.diplomacygraph.values.InputText}), name folding
 * ({@link org.diplomacygraph.values.Names}), the sentences of a text
 * ({@link org.diplomacygraph.values.Sentences}), what every node has ({@link org.diplomacygraph.values.Node},
 * {@link org.diplomacygraph.values.Labelled}, {@link org.diplomacygraph.values.Aliased}), and the API's
 * exceptions and {@link org.diplomacygraph.values.UserError}.
 * <p>
 * A shared kernel: depends on no other package of the application.
 */
package org.diplomacygraph.values;
