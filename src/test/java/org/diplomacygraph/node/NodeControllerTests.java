package org.diplomacygraph.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.curation.Redirects;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.values.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.ClientError.assertErrors;
import static org.diplomacygraph.ClientError.badRequest;
import static org.diplomacygraph.ClientError.notFound;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@code node} and {@code nodes}. The controller reads with the Criteria API; here the entity
 * manager is a mock that answers each query from a small in-memory store and records which type
 * and ids every query asked for.
 */
@GraphQlTest(NodeController.class)
class NodeControllerTests {

	static final String TO_LAM_ID = "UGVyc29uOnRvLWxhbQ";

	static final String NOBODY_ID = "UGVyc29uOm5vYm9keQ";

	static final String VIETNAM_ID = "Q291bnRyeTp2aWV0bmFt";

	static final String GENERAL_SECRETARY_ID = "UG9zaXRpb246dG8tbGFtL2dlbmVyYWwtc2VjcmV0YXJ5";

	final Country vietnam = new Country("vietnam", "Vietnam", "VN", List.of());

	final Person toLam = new Person("to-lam", "Tô Lâm", this.vietnam, List.of());

	final Position generalSecretary = new Position("to-lam/general-secretary", this.toLam, "General Secretary", null,
			null, null, null);

	final List<Object> stored = List.of(this.vietnam, this.toLam, this.generalSecretary);

	/** Every query the controller ran, in order. */
	final List<Query> queries = Collections.synchronizedList(new ArrayList<>());

	@Autowired
	GraphQlTester graphQl;

	// No merges in these slices: every ID is resolved directly.
	@MockitoBean
	Redirects redirects;

	@MockitoBean
	EntityManager entityManager;

	@BeforeEach
	void criteriaQueriesReadTheStore() {
		CriteriaBuilder cb = mock(CriteriaBuilder.class);
		given(this.entityManager.getCriteriaBuilder()).willReturn(cb);
		given(cb.createQuery(any(Class.class))).willAnswer((invocation) -> byIds(invocation.getArgument(0)));
		// The registry names entity types; the metamodel gives their classes.
		Metamodel metamodel = mock(Metamodel.class);
		given(this.entityManager.getMetamodel()).willReturn(metamodel);
		for (Class<?> type : List.of(Person.class, Position.class, Organisation.class, Place.class, Country.class,
				Meeting.class, Agreement.class, Article.class)) {
			EntityType<?> entity = mock(EntityType.class);
			doReturn(type).when(entity).getJavaType();
			doReturn(entity).when(metamodel).entity(type.getSimpleName());
		}
	}

	@Test
	void nodeFetchesTheEntityBehindAGlobalId() {
		this.graphQl.documentName("slice-node").operationName("Node").variable("id", TO_LAM_ID).execute()
			.path("node")
			.matchesJsonStrictly("""
					{ "__typename": "Person", "id": "UGVyc29uOnRvLWxhbQ", "name": "Tô Lâm" }""");

		assertThat(this.queries).containsExactly(new Query(Person.class, Set.of("to-lam")));
	}

	@Test
	void anUnknownIdIsNullWithANotFoundError() {
		assertErrors(this.graphQl.documentName("slice-node").operationName("Node").variable("id", NOBODY_ID).execute(),
				notFound("Could not resolve to a node with the global id of 'UGVyc29uOm5vYm9keQ'", "node"))
			.path("node")
			.valueIsNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "to-lam", "RXZpZGVuY2U6MQ", "UGVyc29u", "" })
	void anIdThatNamesNoNodeTypeIsNotFoundWithoutAQuery(String id) {
		// RXZpZGVuY2U6MQ is Evidence:1, a type without global IDs; UGVyc29u is Person without a colon.
		assertErrors(this.graphQl.documentName("slice-node").operationName("Node").variable("id", id).execute(),
				notFound("Could not resolve to a node with the global id of '" + id + "'", "node"))
			.path("node")
			.valueIsNull();

		assertThat(this.queries).isEmpty();
	}

	@Test
	void nodesKeepTheOrderGivenAndReportEachUnknownIdAtItsIndex() {
		assertErrors(this.graphQl.documentName("slice-node")
			.operationName("Nodes")
			.variable("ids", List.of(VIETNAM_ID, NOBODY_ID, TO_LAM_ID, "garbage", GENERAL_SECRETARY_ID))
			.execute(),
				notFound("Could not resolve to a node with the global id of 'UGVyc29uOm5vYm9keQ'", "nodes", 1),
				notFound("Could not resolve to a node with the global id of 'garbage'", "nodes", 3))
			.path("nodes")
			.matchesJsonStrictly("""
					[
					  { "__typename": "Country", "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam" },
					  null,
					  { "__typename": "Person", "id": "UGVyc29uOnRvLWxhbQ", "name": "Tô Lâm" },
					  null,
					  { "__typename": "Position", "id": "UG9zaXRpb246dG8tbGFtL2dlbmVyYWwtc2VjcmV0YXJ5", "title": "General Secretary" }
					]""");
	}

	@Test
	void nodesRunOneQueryPerEntityType() {
		this.graphQl.documentName("slice-node")
			.operationName("Nodes")
			.variable("ids", List.of(TO_LAM_ID, VIETNAM_ID, NOBODY_ID, GENERAL_SECRETARY_ID))
			.execute()
			.errors()
			.filter((error) -> error.getMessage().contains("UGVyc29uOm5vYm9keQ"))
			.verify();

		assertThat(this.queries).containsExactlyInAnyOrder(new Query(Person.class, Set.of("to-lam", "nobody")),
				new Query(Country.class, Set.of("vietnam")),
				new Query(Position.class, Set.of("to-lam/general-secretary")));
	}

	@Test
	void theSameIdTwiceGivesTheEntityTwice() {
		this.graphQl.documentName("slice-node")
			.operationName("Nodes")
			.variable("ids", List.of(TO_LAM_ID, TO_LAM_ID))
			.execute()
			.path("nodes[*].name")
			.entityList(String.class)
			.containsExactly("Tô Lâm", "Tô Lâm");
	}

	/**
	 * Production bug: {@code NodeController.resolve} maps each slug to one global ID, so when two
	 * spellings of one ID are asked for (base64url with and without padding both decode to
	 * {@code Person:to-lam}), only the last is resolved and the ID the API itself issued is reported
	 * NOT_FOUND. Enable once the controller keeps every global ID asked for a slug.
	 */
	@Test
	void aPaddedSpellingOfAnIdDoesNotHideTheIssuedOne() {
		this.graphQl.documentName("slice-node")
			.operationName("Nodes")
			.variable("ids", List.of(TO_LAM_ID, TO_LAM_ID + "=="))
			.execute()
			.path("nodes[*].name")
			.entityList(String.class)
			.containsExactly("Tô Lâm", "Tô Lâm");
	}

	@Test
	void aHundredIdsAreAccepted() {
		List<String> ids = IntStream.range(0, 100).mapToObj((i) -> TO_LAM_ID).toList();

		this.graphQl.documentName("slice-node").operationName("Nodes").variable("ids", ids).execute()
			.path("nodes")
			.entityList(Object.class)
			.hasSize(100);
	}

	@Test
	void moreThanAHundredIdsAreABadRequestWithoutAQuery() {
		List<String> ids = IntStream.range(0, 101).mapToObj((i) -> TO_LAM_ID).toList();

		assertErrors(this.graphQl.documentName("slice-node").operationName("Nodes").variable("ids", ids).execute(),
				badRequest("`ids` may hold at most 100 IDs, got 101", "nodes"));

		verifyNoInteractions(this.entityManager);
	}

	/**
	 * A criteria query {@code select e from <type> e where e.id in (...)} that, once run, answers
	 * with the stored entities of that type among the ids and records itself.
	 */
	@SuppressWarnings("unchecked")
	private <T> CriteriaQuery<T> byIds(Class<T> type) {
		CriteriaQuery<T> query = mock(CriteriaQuery.class);
		Root<T> root = mock(Root.class);
		Path<Object> id = mock(Path.class);
		List<String> ids = new ArrayList<>();
		given(query.from(type)).willReturn(root);
		given(query.select(root)).willReturn(query);
		doReturn(id).when(root).get("id");
		given(id.in(anyCollection())).willAnswer((invocation) -> {
			ids.addAll(invocation.getArgument(0, Collection.class));
			return mock(Predicate.class);
		});
		TypedQuery<T> typed = mock(TypedQuery.class);
		given(typed.getResultList()).willAnswer((invocation) -> {
			this.queries.add(new Query(type, Set.copyOf(ids)));
			return this.stored.stream()
				.filter(type::isInstance)
				.filter((entity) -> ids.contains(((Node) entity).getId()))
				.toList();
		});
		given(this.entityManager.createQuery(query)).willReturn(typed);
		return query;
	}

	/** A query the controller ran: the entity type and the ids it asked for. */
	record Query(Class<?> type, Set<String> ids) {
	}

}
