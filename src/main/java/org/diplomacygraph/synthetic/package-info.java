/**
 * The generated graph of the {@code synthetic} profile, for benchmarks at scale: people,
 * organisations, places, countries, meetings, agreements and articles whose sentences the evidence
 * quotes, deterministic by seed, written with JDBC batch inserts into a database of its own.
 * <p>
 * Main classes: {@link org.diplomacygraph.synthetic.SyntheticGraph},
 * {@link org.diplomacygraph.synthetic.SyntheticGraphLoader},
 * {@link org.diplomacygraph.synthetic.SyntheticProperties}.
 * <p>
 * Depends on {@code values}, {@code article} (evidence aspects) and {@code search} (the index rebuild
 * and its change row).
 */
package org.diplomacygraph.synthetic;
