package org.loungehub.audit;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.loungehub.access.Caller;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every write to the API (POST, PUT, PATCH, DELETE under /api/), allowed or refused, once the answer is
 * known. Runs outside the security filters, so refused attempts are recorded too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuditFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditLog audit;
    private final Clock clock;

    AuditFilter(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new AsyncListener() {
                    @Override
                    public void onComplete(AsyncEvent event) {
                        record(request, response);
                    }

                    @Override
                    public void onTimeout(AsyncEvent event) {
                    }

                    @Override
                    public void onError(AsyncEvent event) {
                    }

                    @Override
                    public void onStartAsync(AsyncEvent event) {
                    }
                });
            } else {
                record(request, response);
            }
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response) {
        {
            Caller caller = request.getAttribute(Caller.ATTRIBUTE) instanceof Caller c ? c : null;
            String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            audit.record(new AuditEntry(clock.instant(),
                    caller == null ? "anonymous" : caller.id(),
                    caller == null ? null : caller.role().id(),
                    caller == null ? null : caller.partnerId(),
                    request.getMethod() + " " + template(request.getRequestURI()),
                    request.getMethod(), path, response.getStatus(), null, null, request.getRemoteAddr()));
        }
    }

    /** The endpoint without its ids, for grouping: /api/v1/keys/k-1a2b/rotate becomes /api/v1/keys/{}/rotate. */
    static String template(String uri) {
        return uri.replaceAll("/(partners|batches|listings|keys|saved-demands|entities|erasures|indices)/[^/]+", "/$1/{}");
    }
}
