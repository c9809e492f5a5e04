package org.loungehub.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in attempts per client address and minute (a fixed window): beyond the limit an attempt is not checked at
 * all (the form says to wait, with Retry-After) until the minute is over, whichever accounts are tried. The lock-out
 * stops guessing one account's password; this stops spraying guesses over many.
 */
class SignInThrottle extends OncePerRequestFilter {

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    SignInThrottle(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.minute < minute);
        }
        Window window = windows.compute(request.getRemoteAddr(),
                (address, old) -> old == null || old.minute != minute ? new Window(minute, 1) : new Window(minute, old.count + 1));
        if (window.count > perMinute) {
            response.setHeader("Retry-After", String.valueOf(60 - (clock.millis() / 1000) % 60));
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    private record Window(long minute, int count) {
    }
}
