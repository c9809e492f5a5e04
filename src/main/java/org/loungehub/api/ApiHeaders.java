package org.loungehub.api;

import java.util.Map;

/**
 * The security headers of every answer. Spring Security writes them on the answers that pass its filters
 * (access.SecurityConfiguration); {@link JsonErrorReportValve} on the requests Tomcat refuses before any filter.
 */
public final class ApiHeaders {

    /** The API serves JSON only: nothing may load, run or frame. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final Map<String, String> SECURITY = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "X-XSS-Protection", "0",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate",
            "Pragma", "no-cache",
            "Expires", "0");

    private ApiHeaders() {
    }
}
