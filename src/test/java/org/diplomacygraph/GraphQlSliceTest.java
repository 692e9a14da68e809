package org.diplomacygraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.diplomacygraph.agreement.AgreementPartyRepository;
import org.diplomacygraph.agreement.AgreementRepository;
import org.diplomacygraph.agreement.RelatedAgreements;
import org.diplomacygraph.agreement.SignatoryRepository;
import org.diplomacygraph.article.ArticleRepository;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.article.EvidenceRepository;
import org.diplomacygraph.meeting.MeetingRepository;
import org.diplomacygraph.meeting.ParticipantRepository;
import org.diplomacygraph.meeting.RelatedMeetings;
import org.diplomacygraph.organisation.OrganisationRepository;
import org.diplomacygraph.paging.JoinedLoads;
import org.diplomacygraph.paging.KeysetPager;
import org.diplomacygraph.person.PersonRepository;
import org.diplomacygraph.person.PositionRepository;
import org.diplomacygraph.place.CountryRepository;
import org.diplomacygraph.place.PlaceRepository;
import org.diplomacygraph.propose.StoredGazetteer;
import org.diplomacygraph.search.ArticleSearch;
import org.diplomacygraph.search.MentionedEntities;
import org.diplomacygraph.search.NameLookup;
import org.diplomacygraph.search.SearchIndex;

import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A test of the GraphQL controllers of the read side without a database: every read controller,
 * the schema, its wiring and error handling, with a mock of each repository and service they call
 * (inject them with {@code @Autowired}; Mockito resets them after each test) and {@link NodeStandIn}
 * for {@code node} and {@code nodes}. The writes' controllers are left out (they are tested end to
 * end, {@link WriteApiTest}). Every test class with this annotation shares one Spring context: add
 * no mocks, imports or properties in a test class; add a mock here if a controller needs a new one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@GraphQlTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.diplomacygraph\\.(node\\.NodeController|audit\\..*|claim\\..*|curation\\..*|ingest\\..*"
				+ "|export\\..*|live\\..*|reconcile\\..*|web\\.ErrorEndpoint|web\\.GraphiQlController)"))
@Import(NodeStandIn.class)
@MockitoBean(types = { KeysetPager.class, EvidenceLookup.class, EvidenceRepository.class, ArticleRepository.class,
		CountryRepository.class, PlaceRepository.class, OrganisationRepository.class, PersonRepository.class,
		PositionRepository.class, MeetingRepository.class, ParticipantRepository.class, RelatedMeetings.class,
		AgreementRepository.class, AgreementPartyRepository.class, SignatoryRepository.class,
		RelatedAgreements.class, SearchIndex.class, NameLookup.class, ArticleSearch.class, MentionedEntities.class,
		StoredGazetteer.class, JoinedLoads.class })
public @interface GraphQlSliceTest {

}
