package org.loungehub.api;

import org.apache.camel.support.DefaultHeaderFilterStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /**
     * Camel copies message headers (request headers and path parameters among them) onto HTTP answers; an API
     * answers with its own few headers only.
     */
    @Bean
    DefaultHeaderFilterStrategy apiHeaderFilter() {
        DefaultHeaderFilterStrategy strategy = new DefaultHeaderFilterStrategy();
        strategy.setLowerCase(true);
        strategy.setOutFilterPattern("^(?!content-type$|content-disposition$|location$|retry-after$|etag$|last-modified$|cache-control$).*");
        return strategy;
    }
}
