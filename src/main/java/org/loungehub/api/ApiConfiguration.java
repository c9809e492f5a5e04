package org.loungehub.api;

import org.apache.camel.component.platform.http.PlatformHttpConstants;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpEngine;
import org.apache.camel.support.DefaultHeaderFilterStrategy;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /**
     * Listing ids contain the partner's externalId, which is often a URL: "/" travels as %2F and must stay inside
     * its path segment (Tomcat refuses it by default); PathParams decodes it afterwards.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesInIds() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }

    /**
     * Tomcat answers what it refuses itself (a malformed request line, headers over the limit) with its HTML error
     * page; the API's JSON error replaces it (and Spring Boot's own copy of that valve). Registered as the host's
     * error valve class too, so that Tomcat does not add its default one when the host starts.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new JsonErrorReportValve());
            if (context.getParent() instanceof StandardHost standard) {
                standard.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }

    /**
     * Camel copies message headers (request headers and path parameters among them) onto HTTP answers; an API
     * answers with its own few headers only.
     */
    @Bean
    DefaultHeaderFilterStrategy apiHeaderFilter() {
        DefaultHeaderFilterStrategy strategy = new DefaultHeaderFilterStrategy();
        strategy.setLowerCase(true);
        strategy.setOutFilterPattern("^(?!content-type$|content-disposition$|location$|retry-after$|etag$|last-modified$|cache-control$|x-export-[a-z]+$).*");
        return strategy;
    }

    /**
     * The REST routes run on the servlet container's request thread.
     * <p>
     * Camel 4.18's Spring Boot engine hands each request to a task executor (CompletableFuture.runAsync) before
     * Spring MVC has started the request's async cycle, so the route may write its answer while the container
     * thread still holds the same response (the race was fixed upstream after 4.18.0). A full test run on the
     * two-core CI machine lost one answer in a way that fits it: the client saw its connection closed with no
     * response. Run inline, the answer is written and complete before Spring MVC sees the (already completed)
     * future. Requests are then bounded by Tomcat's request threads (200) instead of the eight threads of
     * Spring's task executor, which a few slow erasures or exports could fill.
     */
    @Bean(PlatformHttpConstants.PLATFORM_HTTP_ENGINE_NAME)
    PlatformHttpEngine platformHttpEngine(Environment environment) {
        return new SpringBootPlatformHttpEngine(environment.getProperty("server.port", Integer.class, 8080), Runnable::run);
    }
}
