package org.loungehub.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.loungehub.api.ApiError;
import org.springframework.http.MediaType;

/** Security answers in the API's one error shape. */
final class ErrorResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {
    }

    static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), new ApiError(status, error, message));
    }

    /** Whole seconds to wait, at least one (Retry-After has no fractions). */
    static long retryAfter(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    static void tooManyRequests(HttpServletResponse response, long retryAfter, String message) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfter));
        write(response, 429, "Too Many Requests", message);
    }

    static void unauthorized(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "ApiKey");
        write(response, 401, "Unauthorized", message);
    }
}
