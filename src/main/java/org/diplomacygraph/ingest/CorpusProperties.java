package org.diplomacygraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the article corpus is and whether to sync it into the store at start-up.
 *
 * @param location directory of {@code *.txt} articles and their {@code *.yaml} annotations, as a
 * {@code classpath:} or {@code file:} location
 * @param loadOnStartup whether start-up syncs the corpus into the store (and fails on a defect)
 */
@ConfigurationProperties("diplomacy.corpus")
public record CorpusProperties(@DefaultValue(CorpusProperties.DEFAULT_LOCATION) String location,
		@DefaultValue("true") boolean loadOnStartup) {

	/** The corpus packaged with the application. */
	public static final String DEFAULT_LOCATION = "classpath:articles/";

}
