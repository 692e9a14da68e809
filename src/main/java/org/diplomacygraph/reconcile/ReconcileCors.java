package org.diplomacygraph.reconcile;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reconciliation API answers browsers of the origins the GraphQL endpoint answers
 * ({@code diplomacy.cors.allowed-origins}, through {@code spring.graphql.cors.*}), with the same
 * methods, headers and lifetime: one setting for both public endpoints.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileCors implements WebMvcConfigurer {

	private final ObjectProvider<GraphQlCorsProperties> graphQlCors;

	ReconcileCors(ObjectProvider<GraphQlCorsProperties> graphQlCors) {
		this.graphQlCors = graphQlCors;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		GraphQlCorsProperties properties = this.graphQlCors.getIfAvailable();
		CorsConfiguration configuration = (properties != null) ? properties.toCorsConfiguration() : null;
		if (configuration != null) {
			registry.addMapping("/reconcile").combine(configuration);
			registry.addMapping("/reconcile/**").combine(configuration);
		}
	}

}
