/**
 * The shared kernel of the read and write sides, depending on no other package of the application:
 * global IDs ({@link org.diplomacygraph.model.GlobalId}), cursors, orderings and pages of keyset
 * connections ({@link org.diplomacygraph.model.Cursor}, {@link org.diplomacygraph.model.Ordering},
 * {@link org.diplomacygraph.model.Page}, {@link org.diplomacygraph.model.Connection},
 * {@link org.diplomacygraph.model.NestedConnection}), filters ({@link org.diplomacygraph.model.Filter},
 * {@link org.diplomacygraph.model.DateRange}, {@link org.diplomacygraph.model.NameFilter}), dates with
 * partial precision ({@link org.diplomacygraph.model.PartialDate}), the rule of every input string
 * ({@link org.diplomacygraph.model.InputText}), name folding ({@link org.diplomacygraph.model.Names}),
 * batch-loading helpers ({@link org.diplomacygraph.model.Batches}), and the API's exceptions and
 * {@link org.diplomacygraph.model.UserError}.
 */
package org.diplomacygraph.model;
