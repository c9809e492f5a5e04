package org.loungehub.api;

import org.apache.camel.support.DefaultHeaderFilterStrategy;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /**
     * Camel copies message headers (request headers and path parameters among them) onto HTTP answers; an API
     * answers with its own few headers only.
     */
    /**
     * Listing ids contain the partner's externalId, which is often a URL: "/" travels as %2F and must stay inside
     * its path segment (Tomcat refuses it by default); PathParams decodes it afterwards.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesInIds() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }

    @Bean
    DefaultHeaderFilterStrategy apiHeaderFilter() {
        DefaultHeaderFilterStrategy strategy = new DefaultHeaderFilterStrategy();
        strategy.setLowerCase(true);
        strategy.setOutFilterPattern("^(?!content-type$|content-disposition$|location$|retry-after$|etag$|last-modified$|cache-control$|x-export-[a-z]+$).*");
        return strategy;
    }
}
