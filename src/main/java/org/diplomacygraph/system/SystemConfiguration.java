package org.diplomacygraph.system;

import org.diplomacygraph.ingest.CorpusProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Application-wide wiring: the configuration properties the features read. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorpusProperties.class)
class SystemConfiguration {

}
