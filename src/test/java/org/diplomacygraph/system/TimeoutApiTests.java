package org.diplomacygraph.system;

import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.diplomacygraph.system.GraphQlHttp.Reply;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that runs past the timeout is answered at the timeout, and its execution is cancelled. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "diplomacy.limits.timeout=200ms")
class TimeoutApiTests {

	static final AtomicReference<ExecutionInput> slowExecution = new AtomicReference<>();

	@LocalServerPort
	int port;

	GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
	}

	@Test
	void aSlowRequestGets503AndIsCancelled() {
		Reply reply = this.http.query("{ meetings(first: 1) { totalCount } slow: people(first: 1) { totalCount } }");

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.error())
			.isEqualTo("The request ran longer than 200ms and was cancelled (`diplomacy.limits.timeout`)");
		assertThat(reply.classification()).isEqualTo("TIMEOUT");
		assertThat(slowExecution.get().isCancelled()).isTrue();

		Reply next = this.http.query("{ meetings(first: 1) { totalCount } }");
		assertThat(next.status()).isEqualTo(200);
	}

	/** Makes the field aliased {@code slow} take a second, as a costly query on a large graph would. */
	@TestConfiguration(proxyBeanMethods = false)
	static class SlowField {

		@Bean
		Instrumentation slowField() {
			return new Instrumentation() {
				@Override
				public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
						InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
					if (!"slow".equals(parameters.getEnvironment().getField().getAlias())) {
						return dataFetcher;
					}
					return (environment) -> {
						slowExecution.set(parameters.getExecutionContext().getExecutionInput());
						Thread.sleep(1000);
						return dataFetcher.get(environment);
					};
				}
			};
		}

	}

}
