package org.diplomacygraph.export;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Content negotiation of a node's URL, and the limit of concurrent bulk exports, without a server. */
class NegotiationTests {

	@Test
	void theMostSpecificRangeGivesEachTypeItsQuality() {
		assertThat(Negotiation.choose(null)).contains(Negotiation.JSON_LD);
		assertThat(Negotiation.choose("*/*")).contains(Negotiation.JSON_LD);
		assertThat(Negotiation.choose("application/*")).contains(Negotiation.JSON_LD);
		assertThat(Negotiation.choose("text/*")).contains(MediaType.TEXT_HTML);
		assertThat(Negotiation.choose("application/json;q=0.9, application/ld+json;q=0.5"))
			.contains(MediaType.APPLICATION_JSON);
		assertThat(Negotiation.choose("application/ld+json;q=0, */*")).contains(MediaType.APPLICATION_JSON);
		assertThat(Negotiation.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
			.contains(MediaType.TEXT_HTML);
		assertThat(Negotiation.choose("image/png, text/csv")).isEmpty();
		assertThat(Negotiation.choose("*/*;q=0")).isEmpty();
	}

	@Test
	void bulkPermitsAreBoundedAndReturned() {
		BulkPermits permits = new BulkPermits(2);
		assertThat(permits.tryAcquire()).isTrue();
		assertThat(permits.tryAcquire()).isTrue();
		assertThat(permits.tryAcquire()).isFalse();
		permits.release();
		assertThat(permits.tryAcquire()).isTrue();
	}

}
