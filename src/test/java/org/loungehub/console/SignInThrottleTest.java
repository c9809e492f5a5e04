package org.loungehub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-03T10:00:05Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(3, clock);

    @Test
    void refusesSignInsBeyondTheLimitPerAddressUntilTheMinuteIsOver() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(attempt("10.0.0.1").getRedirectedUrl()).isNull();
        }
        MockHttpServletResponse refused = attempt("10.0.0.1");
        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?throttled");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("55");
        assertThat(attempt("10.0.0.2").getRedirectedUrl()).as("another address has its own count").isNull();

        now = now.plus(Duration.ofSeconds(55));
        assertThat(attempt("10.0.0.1").getRedirectedUrl()).isNull();
    }

    @Test
    void leavesEverythingButSignInsAlone() throws Exception {
        for (int i = 0; i < 5; i++) {
            MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
            page.setServletPath("/login");
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            throttle.doFilter(page, response, chain);
            assertThat(chain.getRequest()).isNotNull();
        }
    }

    private MockHttpServletResponse attempt(String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        throttle.doFilter(request, response, chain);
        if (response.getRedirectedUrl() == null) {
            assertThat(chain.getRequest()).as("passed on").isNotNull();
        }
        return response;
    }
}
