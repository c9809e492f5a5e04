package org.loungehub.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The integration tests' admin key (bootstrapped by HubIntegrationTest) and a TestRestTemplate that sends it
 * unless a request brings its own credential: tests of other concerns act as the lounge's admin, the access tests
 * use keys of every role.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestApiKeys {

    public static final String ADMIN = "it-admin-key-7f3c9a1e5b2d4f60a8c1";

    @Bean
    RestTemplateCustomizer adminKeyByDefault() {
        return template -> template.getInterceptors().add((request, body, execution) -> {
            if (!request.getHeaders().containsKey("X-Api-Key") && !request.getHeaders().containsKey("Authorization")) {
                request.getHeaders().add("X-Api-Key", ADMIN);
            }
            return execution.execute(request, body);
        });
    }
}
