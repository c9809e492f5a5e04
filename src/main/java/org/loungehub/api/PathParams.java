package org.loungehub.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.springframework.stereotype.Component;

/**
 * Path parameters as the client meant them, decoded once at the edge (the api-errors route configuration) so that
 * beans get plain values. Camel's Spring platform-http hands them over still percent-encoded (IL%7Coryx%20vision),
 * and ids such as entity keys or URL-based listing ids contain '|', ' ', ':' and '/'.
 */
@Component("pathParams")
public class PathParams {

    /** Set once the request's path parameters are decoded: a REST route that calls another must not decode twice. */
    static final String DECODED = "hubPathParamsDecoded";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** Decodes the headers named in the path template of the REST endpoint the exchange came from; else nothing. */
    public void decode(Exchange exchange) {
        if (!(exchange.getFromEndpoint() instanceof PlatformHttpEndpoint endpoint) || exchange.getProperty(DECODED) != null) {
            return;
        }
        exchange.setProperty(DECODED, true);
        Matcher variables = VARIABLE.matcher(endpoint.getPath());
        while (variables.find()) {
            if (exchange.getMessage().getHeader(variables.group(1)) instanceof String value) {
                exchange.getMessage().setHeader(variables.group(1), decode(value));
            }
        }
    }

    /** Percent-decoding of one path segment: '+' is itself, not a space. */
    static String decode(String value) {
        if (value == null || value.indexOf('%') < 0) {
            return value;
        }
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
