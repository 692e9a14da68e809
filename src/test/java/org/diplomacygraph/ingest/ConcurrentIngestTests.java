package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.ingest.AnnotationFile.OrganisationEntry;
import org.diplomacygraph.ingest.AnnotationFile.Quote;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.Names;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingests at the same moment, each in its own transaction as the mutation runs them: they name
 * the same new organisation, or send the same input. Writes take the write lock first
 * ({@code audit/WriteLock}), so each reads what the one before it committed: one organisation,
 * matched by the others, and one article, answered {@code unchanged} to the others. Without the
 * lock they both create it (a unique key then fails all but one). Several rounds, so that a race
 * would show. The context is {@link IngestApiTests}' (same annotations), on H2 or on PostgreSQL
 * ({@code -Ppostgres}).
 */
@WriteApiTest
class ConcurrentIngestTests {

	private static final int REQUESTS = 8;

	private static final List<String> ROUNDS = List.of("Ba Dinh", "Hoan Kiem", "Tay Ho", "Long Bien", "Cau Giay");

	@Autowired
	Ingestion ingestion;

	@Autowired
	JdbcTemplate jdbc;

	private final ExecutorService executor = Executors.newFixedThreadPool(REQUESTS);

	@AfterEach
	void stop() throws InterruptedException {
		this.executor.shutdownNow();
		this.executor.awaitTermination(30, TimeUnit.SECONDS);
	}

	@Test
	void concurrentIngestsNamingTheSameNewOrganisationCreateItOnce() throws Exception {
		for (String ward : ROUNDS) {
			String name = "Hanoi Youth Union of " + ward;
			List<IngestArticleInput> inputs = new ArrayList<>();
			for (int i = 1; i <= REQUESTS; i++) {
				String text = "Report " + i + " from " + ward + ": the " + name + " met the ward's veterans on Sunday.";
				inputs.add(new IngestArticleInput("Youth Union meets veterans, report " + i, text, "Test Press", null,
						"en", null, null, null, List.of(new OrganisationEntry(null, "union", name, null,
								"mass-organisation", GlobalId.encode("Country", "vietnam"), null,
								List.of(new Quote(name)), null)), null, null, null));
			}

			List<IngestArticlePayload> payloads = all(inputs);

			assertThat(payloads).allSatisfy((payload) -> {
				assertThat(payload.userErrors()).isEmpty();
				assertThat(payload.unchanged()).isFalse();
			});
			List<String> stored = this.jdbc.queryForList("select id from organisation where search_text like ?",
					String.class, "%|" + Names.fold(name) + "|%");
			assertThat(stored).as(name).hasSize(1);
			String organisation = GlobalId.encode("Organisation", stored.get(0));
			assertThat(payloads).filteredOn((payload) -> ids(payload.created()).contains(organisation)).hasSize(1);
			assertThat(payloads).filteredOn((payload) -> ids(payload.matched()).equals(List.of(organisation)))
				.hasSize(REQUESTS - 1);
		}
	}

	@Test
	void theSameInputSentConcurrentlyIsStoredOnceAndAnsweredUnchangedToTheOthers() throws Exception {
		for (String ward : ROUNDS) {
			String text = "The Hanoi Youth Union of " + ward + " opened a library for the ward, Test Press reports.";
			IngestArticleInput input = new IngestArticleInput("Youth Union opens a library in " + ward, text,
					"Test Press", null, "en", null, null, null, null, null, null, null);
			List<IngestArticleInput> inputs = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				inputs.add(input);
			}

			List<IngestArticlePayload> payloads = all(inputs);

			assertThat(payloads).allSatisfy((payload) -> assertThat(payload.userErrors()).isEmpty());
			assertThat(payloads).filteredOn(IngestArticlePayload::unchanged).hasSize(REQUESTS - 1);
			assertThat(payloads).extracting((payload) -> payload.article().getId()).containsOnly(
					payloads.get(0).article().getId());
			assertThat(this.jdbc.queryForObject("select count(*) from article where text = ?", Long.class, text))
				.isEqualTo(1);
		}
	}

	/** Runs the ingests at once, each on a thread of its own as an editor; fails if any of them threw. */
	private List<IngestArticlePayload> all(List<IngestArticleInput> inputs) throws InterruptedException {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<IngestArticlePayload>> futures = new ArrayList<>();
		for (IngestArticleInput input : inputs) {
			futures.add(this.executor.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-editor", null,
							AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
				try {
					start.await();
					return this.ingestion.ingest(input);
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		List<IngestArticlePayload> payloads = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (Future<IngestArticlePayload> future : futures) {
			try {
				payloads.add(future.get(60, TimeUnit.SECONDS));
			}
			catch (ExecutionException | TimeoutException ex) {
				failures.add(String.valueOf((ex.getCause() != null) ? ex.getCause() : ex));
			}
		}
		assertThat(failures).as("requests that failed").isEmpty();
		return payloads;
	}

	private static List<String> ids(List<Object> entities) {
		return entities.stream().map(Ingestion::globalId).toList();
	}

}
