package org.loungehub.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Path parameters as the client meant them. Camel's Spring platform-http hands them over still percent-encoded
 * (IL%7Coryx%20vision), and ids such as entity keys or URL-based listing ids contain '|', ' ' and ':'.
 */
public final class PathParams {

    private PathParams() {
    }

    public static String decode(String value) {
        if (value == null || value.indexOf('%') < 0) {
            return value;
        }
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
