package org.loungehub.access;

import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A staff member's bearer token from the lounge's identity provider: the role claim must grant {@code staff} or
 * {@code admin} (the stronger one wins); partners and enterprises use API keys.
 */
class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String roleClaim;

    JwtCallers(String roleClaim) {
        this.roleClaim = roleClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<String> roles = roles(jwt.getClaim(roleClaim));
        Role role = roles.contains(Role.ADMIN.id()) ? Role.ADMIN : roles.contains(Role.STAFF.id()) ? Role.STAFF : null;
        if (role == null) {
            throw new InsufficientAuthenticationException("The token's '" + roleClaim
                    + "' claim grants neither 'staff' nor 'admin'");
        }
        return new CallerAuthentication(new Caller("oidc:" + jwt.getSubject(), role, null));
    }

    private static Collection<String> roles(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).map(String::strip).toList();
        }
        if (claim instanceof String value) {
            return List.of(value.split("[ ,]+"));
        }
        return List.of();
    }
}
