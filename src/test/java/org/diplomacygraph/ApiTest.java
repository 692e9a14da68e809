package org.diplomacygraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;


/**
 * An end-to-end test of the API: the whole application on a random port, serving the test corpus
 * ({@code src/test/resources/corpus}) from the in-memory database {@code diplomacy}, with an
 * {@link org.springframework.graphql.test.tester.HttpGraphQlTester} to call it (and a
 * {@link org.springframework.test.web.servlet.assertj.MockMvcTester} for the pages that are not
 * GraphQL). Every test class
 * with this annotation, and nothing else that configures the context, shares one Spring context:
 * add no properties, profiles or mocks here; tests that write use {@link WriteApiTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureMockMvc
public @interface ApiTest {

}
