package org.loungehub.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 429 with Retry-After once a key (or, without a key, a client address) exceeds its requests per minute. Requests
 * with a key that is not valid count against the address too, in {@link ApiKeyFilter}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final ApiKeys keys;
    private final AccessProperties.RateLimit limits;

    RateLimitFilter(RateLimiter limiter, ApiKeys keys, AccessProperties.RateLimit limits) {
        this.limiter = limiter;
        this.keys = keys;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String who;
        int perMinute;
        if (request.getAttribute(Caller.ATTRIBUTE) instanceof Caller caller) {
            who = "caller:" + caller.id();
            perMinute = keyLimit(caller);
        } else {
            who = address(request);
            perMinute = limits.anonymousPerMinute();
        }
        Duration wait = limiter.acquire(who, perMinute);
        if (!wait.isZero()) {
            long seconds = ErrorResponses.retryAfter(wait);
            ErrorResponses.tooManyRequests(response, seconds, "More than " + perMinute
                    + " requests per minute; retry after " + seconds + " s (an admin can raise this key's limit)");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The bucket of requests without a valid credential from one client address. */
    static String address(HttpServletRequest request) {
        return "address:" + request.getRemoteAddr();
    }

    private int keyLimit(Caller caller) {
        try {
            Integer own = keys.get(caller.id()).rateLimitPerMinute();
            return own != null ? own : limits.perMinute();
        } catch (UnknownApiKeyException e) {
            return limits.perMinute(); // a bearer token's subject
        }
    }
}
