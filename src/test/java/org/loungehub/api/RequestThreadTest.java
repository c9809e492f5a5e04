package org.loungehub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.PlatformHttpConstants;
import org.apache.camel.component.platform.http.spi.PlatformHttpConsumerAware;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpConsumer;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A REST route writes its whole answer on the container's request thread, before Spring MVC goes async. */
class RequestThreadTest {

    @Test
    void theRouteHasAnsweredWhenTheConsumerReturns() throws Exception {
        AtomicReference<Thread> routeThread = new AtomicReference<>();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getRegistry().bind(PlatformHttpConstants.PLATFORM_HTTP_ENGINE_NAME,
                    new ApiConfiguration().platformHttpEngine(new MockEnvironment()));
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("platform-http:/api/v1/probe").routeId("probe").process(exchange -> {
                        routeThread.set(Thread.currentThread());
                        exchange.getMessage().setBody("{\"answered\": true}");
                    });
                }
            });
            camel.start();
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/probe");
            MockHttpServletResponse response = new MockHttpServletResponse();

            PlatformHttpConsumerAware route = (PlatformHttpConsumerAware) camel.getRoute("probe").getConsumer();
            CompletableFuture<Void> done = ((SpringBootPlatformHttpConsumer) route.getPlatformHttpConsumer())
                    .service(request, response);

            assertThat(done).isCompleted();
            assertThat(routeThread.get()).isSameAs(Thread.currentThread());
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"answered\": true}");
        }
    }
}
