package org.diplomacygraph.ingest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Binds the annotation inputs' field {@code new} (a Java keyword) to the entries' component
 * {@code newRecord} ({@link AnnotationFile}); every other argument binds by its own name.
 */
@Configuration(proxyBeanMethods = false)
class InputNames {

	/** The schema's name of the field that confirms a new record. */
	static final String NEW = "new";

	/** The Java name of that field. */
	static final String NEW_RECORD = "newRecord";

	@Bean
	static BeanPostProcessor newRecordBinding() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.configureBinder((options) -> options.nameResolver(InputNames::javaName));
				}
				return bean;
			}

		};
	}

	/** The Java name an argument of this GraphQL name binds to. */
	static String javaName(String graphQlName) {
		return NEW.equals(graphQlName) ? NEW_RECORD : graphQlName;
	}

}
