package org.loungehub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.CamelContext;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.Model;
import org.junit.jupiter.api.Test;
import org.loungehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The served OpenAPI document lists exactly the endpoints the hub has, Camel REST and Spring MVC alike. */
@HubIntegrationTest
class OpenApiIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CamelContext camel;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvc;

    @Test
    void documentsEveryEndpointAndNoOther() throws Exception {
        JsonNode document = new ObjectMapper().readTree(rest.getForObject("/api/v1/openapi.json", String.class));
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (!method.equals("parameters")) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));

        Set<String> served = new TreeSet<>();
        for (RestDefinition definition : camel.getCamelContextExtension().getContextPlugin(Model.class).getRestDefinitions()) {
            definition.getVerbs().forEach(verb -> served.add(verb.asVerb().toUpperCase(Locale.ROOT) + " "
                    + join(definition.getPath(), verb.getPath())));
        }
        mvc.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> served.add(method.name() + " " + pattern))));

        assertThat(documented).as("documented endpoints").containsExactlyInAnyOrderElementsOf(served);
        assertThat(document.path("openapi").asText()).startsWith("3.");
    }

    private static String join(String base, String path) {
        String joined = (base == null ? "" : base) + (path == null ? "" : (path.startsWith("/") ? path : "/" + path));
        return joined.endsWith("/") && joined.length() > 1 ? joined.substring(0, joined.length() - 1) : joined;
    }
}
