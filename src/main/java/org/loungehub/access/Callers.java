package org.loungehub.access;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;
import org.springframework.stereotype.Component;

/**
 * Finds the caller of a Camel exchange: the exchange property {@code caller} if a route already set it, else the
 * request attribute the security filters put on the HTTP request the exchange came from.
 */
@Component("callers")
public class Callers {

    public static final String PROPERTY = "caller";

    public Caller of(Exchange exchange) {
        Caller known = exchange.getProperty(PROPERTY, Caller.class);
        if (known != null) {
            return known;
        }
        Caller caller = fromRequest(exchange.getIn());
        if (caller == null) {
            throw new IllegalStateException("No authenticated caller on exchange " + exchange.getExchangeId()
                    + " (route " + exchange.getFromRouteId() + ")");
        }
        exchange.setProperty(PROPERTY, caller);
        return caller;
    }

    /** For the API's route configuration: the caller of the HTTP request behind the exchange, or null if none. */
    public Caller resolve(Exchange exchange) {
        Caller known = exchange.getProperty(PROPERTY, Caller.class);
        return known != null ? known : fromRequest(exchange.getIn());
    }

    /**
     * For beans that decide what a caller may see or do: without a caller that is an error (a route that forgot to
     * pass it, or code running without a request that must name whose rights it uses), never "everything".
     */
    public static Caller required(Caller caller) {
        if (caller == null) {
            throw new IllegalStateException("No caller given: this operation depends on who asks, and code running "
                    + "without a request must pass the caller whose rights it uses");
        }
        return caller;
    }

    public static Caller ofRequest(HttpServletRequest request) {
        Object caller = request.getAttribute(Caller.ATTRIBUTE);
        if (caller instanceof Caller c) {
            return c;
        }
        throw new IllegalStateException("No authenticated caller on " + request.getRequestURI());
    }

    private static Caller fromRequest(Message message) {
        if (message instanceof PlatformHttpMessage http && http.getRequest() != null
                && http.getRequest().getAttribute(Caller.ATTRIBUTE) instanceof Caller caller) {
            return caller;
        }
        return null;
    }
}
