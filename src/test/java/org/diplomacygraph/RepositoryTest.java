package org.diplomacygraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.diplomacygraph.audit.TransactionWrites;
import org.diplomacygraph.audit.WriteLock;
import org.diplomacygraph.claim.ServedValues;
import org.diplomacygraph.curation.CurationReplay;
import org.diplomacygraph.ingest.CorpusProperties;
import org.diplomacygraph.live.ChangeLog;
import org.diplomacygraph.meeting.RelatedMeetings;
import org.diplomacygraph.search.NameLookup;
import org.diplomacygraph.search.SearchChanges;
import org.diplomacygraph.search.SearchIndex;
import org.diplomacygraph.search.SearchIndexer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A test of the store: JPA, the repositories, the migrations and the queries on the database
 * ({@code @DataJpaTest}: each test in a transaction rolled back after it), with the corpus writer
 * and the search index. At start-up the test corpus is written and indexed, as in production
 * ({@link CorpusRewrite}); a test that commits another graph brings the test corpus back (or starts
 * with {@code CorpusRewrite.load} of it). Every test class with this annotation shares one Spring
 * context: add no imports or properties in a test class; add a bean to {@link Store} if a test needs one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest(showSql = false)
@Import(RepositoryTest.Store.class)
public @interface RepositoryTest {

	/**
	 * The corpus rewrite, the loader and writer and the replays, as the application has them, the
	 * search index, and the queries of the features that are more than a repository.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	// Without the mutations, which need the audit log and security of the whole application.
	@ComponentScan(basePackageClasses = { CorpusProperties.class, CurationReplay.class },
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = { "org\\.diplomacygraph\\.ingest\\.(Ingest(Controller|ion|Planner)|ArticleCorrections|DryRun)",
							"org\\.diplomacygraph\\.curation\\.Curation(Controller)?" }))
	@EnableConfigurationProperties(CorpusProperties.class)
	@Import({ CorpusRewrite.class, SearchIndex.class, SearchIndexer.class, SearchChanges.class, TransactionWrites.class, ChangeLog.class, WriteLock.class,
			ServedValues.class, NameLookup.class, RelatedMeetings.class })
	class Store {

	}

}
