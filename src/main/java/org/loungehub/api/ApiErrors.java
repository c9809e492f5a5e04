package org.loungehub.api;

import java.util.Map;
import org.apache.camel.Exchange;
import org.loungehub.index.UnknownIndexException;
import org.loungehub.intake.ListingNotFoundException;
import org.loungehub.intake.MalformedPayloadException;
import org.loungehub.intake.PayloadTooLargeException;
import org.loungehub.intake.UnknownBatchException;
import org.loungehub.intake.UnknownPartnerException;
import org.loungehub.intake.UnsupportedFeedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Maps exceptions to HTTP answers in one place; internals (stack traces, hosts) never reach the caller. */
@Component("apiErrors")
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private static final Map<Class<? extends Exception>, Integer> STATUS = Map.ofEntries(
            Map.entry(UnknownIndexException.class, 404),
            Map.entry(UnknownPartnerException.class, 404),
            Map.entry(UnknownBatchException.class, 404),
            Map.entry(org.loungehub.intake.BatchFinishedException.class, 409),
            Map.entry(ListingNotFoundException.class, 404),
            Map.entry(org.loungehub.entity.UnknownEntityException.class, 404),
            Map.entry(MalformedPayloadException.class, 400),
            Map.entry(IllegalArgumentException.class, 400),
            Map.entry(com.fasterxml.jackson.core.JsonProcessingException.class, 400),
            Map.entry(UnsupportedFeedException.class, 415),
            Map.entry(PayloadTooLargeException.class, 413),
            Map.entry(org.loungehub.access.RequestTooLargeException.class, 413),
            Map.entry(org.loungehub.access.UnknownApiKeyException.class, 404),
            Map.entry(org.loungehub.access.ForbiddenException.class, 403),
            Map.entry(org.loungehub.intake.mapping.InvalidPartnerConfigException.class, 400),
            Map.entry(org.loungehub.intake.mapping.PartnerExistsException.class, 409),
            Map.entry(org.loungehub.console.AccountExistsException.class, 409),
            Map.entry(org.loungehub.alert.UnknownSavedDemandException.class, 404),
            Map.entry(org.loungehub.erasure.UnknownErasureException.class, 404));

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

    static int statusOf(Throwable e) {
        if (e instanceof org.springframework.web.ErrorResponse framework) {
            return framework.getStatusCode().value();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (var entry : STATUS.entrySet()) {
                if (entry.getKey().isInstance(t)) {
                    return entry.getValue();
                }
            }
        }
        return 500;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            default -> "Internal Server Error";
        };
    }
}
