package org.loungehub.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

/**
 * Maps exceptions to HTTP answers in one place; internals (stack traces, hosts) never reach the caller. A feature's
 * exception says its own answer ({@link ApiProblem}); unreadable requests are 400s, Spring's web errors keep their
 * status, anything else is a 500 that is logged.
 */
@Component("apiErrors")
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** For Camel routes: sets the HTTP status on the exchange and returns the body. */
    public ApiError toResponse(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        ApiError error = toError(e, exchange.getFromRouteId());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, error.status());
        return error;
    }

    public ApiError toError(Exception e, String where) {
        int status = statusOf(e);
        String message;
        if (status >= 500) {
            log.error("Request {} failed", where, e);
            message = "The hub could not complete this request; the error is logged. Try again later or contact the hub's operators.";
        } else {
            message = e.getMessage();
        }
        return new ApiError(status, reason(status), message);
    }

    /** The answer to an error status that came without an exception to explain it (Tomcat's, a bare status). */
    public static ApiError forStatus(int status) {
        String message = switch (status) {
            case 400 -> "The request cannot be read: check its request line and the %-encoding of its path, and"
                    + " keep its headers small";
            case 404 -> "Nothing here: GET /api/v1/openapi.json describes the API";
            case 405 -> "This method is not allowed here: GET /api/v1/openapi.json describes the API";
            case 406 -> "The API answers in JSON (Accept: application/json)";
            case 413 -> "The request is too large";
            case 415 -> "Send the request body as JSON (Content-Type: application/json)";
            default -> status >= 500
                    ? "The hub could not complete this request. Try again later or contact the hub's operators."
                    : reason(status);
        };
        return new ApiError(status, reason(status), message);
    }

    static int statusOf(Throwable e) {
        if (e instanceof ErrorResponse framework) {
            return framework.getStatusCode().value();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return problem.type().status();
            }
            if (t instanceof IllegalArgumentException || t instanceof JsonProcessingException) {
                return 400;
            }
        }
        return 500;
    }

    /** The reason phrase of an HTTP status, as error bodies carry it. */
    public static String reason(int status) {
        for (ApiProblem.Type type : ApiProblem.Type.values()) {
            if (type.status() == status) {
                return type.reason();
            }
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
