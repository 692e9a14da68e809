package org.diplomacygraph.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.diplomacygraph.Api;
import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Places within places, which the packaged corpus has only one level of: a fixture corpus of one
 * article (in {@code src/test/resources/nested-places/}) puts a meeting in a hall of the Palace of
 * the Revolution, which lies within Havana, and gives the meeting no country of its own. It is
 * written into the store of the write tests for this class alone ({@link WriteFixture#freshStore}).
 */
@WriteApiTest
class NestedPlacesApiTests {

	private static final String MEETING = GlobalId.encode("Meeting", "example-reception-2020-05-12");

	@Autowired
	HttpGraphQlTester tester;

	Api api;

	@BeforeEach
	void api() {
		// The first request to a fresh context may take longer than the default 5 s on a busy machine.
		this.api = new Api(this.tester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(30)))
			.responseTimeout(Duration.ofSeconds(30))
			.build());
	}

	/** The store of the write tests, holding the fixture corpus alone while this class runs. */
	@BeforeAll
	static void nestedPlaces(@Autowired ApplicationContext context) {
		WriteFixture.freshStore(context, copyCorpus().toUri().toString());
	}

	@AfterAll
	static void testCorpus(@Autowired ApplicationContext context) {
		WriteFixture.freshStore(context);
	}

	@Test
	void aMeetingIsAtThePlaceItIsAt() {
		GraphQlTester.Response response = atPlace("hall-of-examples");
		response.path("meetings.nodes[*].id").entityList(String.class).containsExactly(MEETING);
		response.path("meetings.nodes[0].place.within.name").entity(String.class).isEqualTo("Palace of the Revolution");
		response.path("meetings.nodes[0].place.within.within.name").entity(String.class).isEqualTo("Havana");
	}

	@Test
	void aMeetingInAPlaceWithinAPlaceIsAtThatPlace() {
		atPlace("palace-of-the-revolution").path("meetings.nodes[*].id").entityList(String.class).containsExactly(MEETING);
	}

	/** The hall lies within the Palace, which lies within Havana: the meeting took place in Havana. */
	@Test
	void aMeetingInAPlaceWithinAPlaceWithinACityIsInTheCity() {
		GraphQlTester.Response response = atPlace("havana");
		response.path("meetings.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("meetings.nodes[*].id").entityList(String.class).containsExactly(MEETING);
		response.path("people.nodes[0].meetings.nodes[*].id").entityList(String.class).containsExactly(MEETING);
	}

	/** A meeting in the hall is not at another room of the same palace. */
	@Test
	void aMeetingIsNotAtAPlaceItsPlaceDoesNotLieWithin() {
		GraphQlTester.Response response = atPlace("hall-of-other-examples");
		response.path("meetings.totalCount").entity(Integer.class).isEqualTo(0);
		response.path("people.nodes[0].meetings.totalCount").entity(Integer.class).isEqualTo(0);
	}

	/** "The country it took place in ... (the place's country if a place is known)". */
	@Test
	void aMeetingWithoutACountryOfItsOwnIsInItsPlacesCountry() {
		atPlace("hall-of-examples").path("meetings.nodes[0].country.name").entity(String.class).isEqualTo("Cuba");
	}

	private GraphQlTester.Response atPlace(String slug) {
		return this.api.run("api-features", "MeetingsAtPlace", Map.of("place", GlobalId.encode("Place", slug)));
	}

	private static Path copyCorpus() {
		try {
			Path directory = Files.createTempDirectory("nested-places-corpus");
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:nested-places/*")) {
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, directory.resolve(resource.getFilename()));
				}
			}
			directory.toFile().deleteOnExit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
