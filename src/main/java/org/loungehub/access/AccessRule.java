package org.loungehub.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One line of the access matrix: requests with this method (null: any) and path may be made by these roles; a
 * partner only for its own partner, found from the path by {@code owner}.
 */
record AccessRule(String method, PathPattern path, Set<Role> roles, Owner owner) {

    /** How a partner caller's ownership of the request's subject is established. */
    enum Owner {
        /** No partner-specific subject: the role decides (data-level scoping happens in the beans). */
        NONE,
        /** The {@code {partnerId}} path variable. */
        PARTNER_PATH,
        /** The partner that sent the batch of the {@code {batchId}} path variable. */
        BATCH_PATH
    }

    static AccessRule of(String method, String pattern, Owner owner, Role... roles) {
        return new AccessRule(method, PathPatternParser.defaultInstance.parse(pattern), EnumSet.of(roles[0], roles), owner);
    }

    /** The path variables when this rule applies to the request, else null. */
    Map<String, String> match(String requestMethod, PathContainer requestPath) {
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return null;
        }
        PathPattern.PathMatchInfo info = path.matchAndExtract(requestPath);
        return info == null ? null : info.getUriVariables();
    }
}
