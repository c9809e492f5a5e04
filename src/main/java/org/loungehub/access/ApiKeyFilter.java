package org.loungehub.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: ApiKey <key>} or {@code X-Api-Key: <key>}. A presented key that is unknown,
 * revoked or expired is refused here (401), whatever the endpoint; no key at all is left to the access rules.
 * <p>
 * Key guessing is slowed: every attempt is first counted against the client address's limit for requests without a
 * valid credential (the one {@link RateLimitFilter} applies to requests without a key), and given back if the key
 * is valid. Once the address is over it, the answer is 429 before the key is even checked, so that a valid guess
 * cannot be told from an invalid one.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    private static final String SCHEME = "apikey ";

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final int perAddressPerMinute;

    ApiKeyFilter(ApiKeys keys, RateLimiter limiter, int perAddressPerMinute) {
        this.keys = keys;
        this.limiter = limiter;
        this.perAddressPerMinute = perAddressPerMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedKey(request);
        if (presented.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!keys.loaded()) {
            ErrorResponses.write(response, 503, "Service Unavailable",
                    "The hub is still starting (API keys not loaded yet); try again in a few seconds");
            return;
        }
        String address = RateLimitFilter.address(request);
        Duration wait = limiter.acquire(address, perAddressPerMinute);
        if (!wait.isZero()) {
            long seconds = ErrorResponses.retryAfter(wait);
            ErrorResponses.tooManyRequests(response, seconds, "More than " + perAddressPerMinute + " requests per"
                    + " minute without a valid API key from this address; retry after " + seconds + " s");
            return;
        }
        Optional<ApiKey> key = keys.authenticate(presented.get());
        if (key.isEmpty()) {
            ErrorResponses.unauthorized(response, "This API key is unknown, revoked or expired; ask the lounge's "
                    + "admin for a valid key (sent as 'X-Api-Key: <key>' or 'Authorization: ApiKey <key>')");
            return;
        }
        limiter.giveBack(address, perAddressPerMinute);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(key.get().caller()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    static Optional<String> presentedKey(HttpServletRequest request) {
        String header = request.getHeader("X-Api-Key");
        if (header != null && !header.isBlank()) {
            return Optional.of(header.strip());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.length() > SCHEME.length()
                && authorization.substring(0, SCHEME.length()).equalsIgnoreCase(SCHEME)) {
            return Optional.of(authorization.substring(SCHEME.length()).strip());
        }
        return Optional.empty();
    }
}
