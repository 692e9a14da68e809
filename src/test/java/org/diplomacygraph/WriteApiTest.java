package org.diplomacygraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An end-to-end test of writes through the API: as {@link ApiTest}, on a database of the writes
 * alone ({@link #DATABASE}), so that no read test sees a merged or extended graph. The write tests
 * share one Spring context and one store: a test that needs the store as the test corpus makes it
 * (no merges, no ingested articles) starts with {@code WriteFixture.freshStore}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WriteApiTest.DATABASE)
@AutoConfigureHttpGraphQlTester
public @interface WriteApiTest {

	/**
	 * In memory on H2, waiting for the write before as long as on the file database (audit/WriteLock),
	 * 10 s. Under {@code -Ppostgres} the server's second database ({@code DIPLOMACY_TEST_WRITES_DB_URL},
	 * made by src/test/postgres/start), so the writes are tested on PostgreSQL too.
	 */
	String DATABASE = "spring.datasource.url=${diplomacy.test.writes-db-url:jdbc:h2:mem:writes;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000}";

}
