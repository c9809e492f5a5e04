package org.loungehub.access;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param bootstrapAdminKey an admin key stored on the first start, when no admin key exists yet
 * @param demoKeys issue (and print) one fresh key per role at every start: for the local demo only
 * @param demoKeysFile where the demo keys are also written (readable by the owner only)
 * @param keyRefresh how often keys changed by another hub instance are re-read (this instance's own changes apply at once)
 * @param rotationOverlap how long a rotated key keeps working beside its replacement, unless the request says otherwise
 * @param rateLimit requests per minute and key (a key may carry its own), and per address for unauthenticated calls
 * @param maxRequestBody largest body of any request but a feed push (which has hub.intake.max-payload)
 * @param corsAllowedOrigins browser origins allowed to call the API; empty: none (same-origin only)
 * @param oidc optional bearer tokens for staff
 */
@ConfigurationProperties("hub.security")
public record AccessProperties(
        String bootstrapAdminKey,
        @DefaultValue("false") boolean demoKeys,
        @DefaultValue("var/demo-keys.txt") Path demoKeysFile,
        @DefaultValue("10s") Duration keyRefresh,
        @DefaultValue("24h") Duration rotationOverlap,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue("1MB") DataSize maxRequestBody,
        @DefaultValue List<String> corsAllowedOrigins,
        @DefaultValue Oidc oidc) {

    /**
     * @param perMinute default requests per minute for a key
     * @param anonymousPerMinute requests per minute per client address without a valid credential
     */
    public record RateLimit(@DefaultValue("600") int perMinute, @DefaultValue("120") int anonymousPerMinute) {
    }

    /**
     * @param issuerUri the OIDC issuer (its JWK set is discovered); or
     * @param jwkSetUri the JWK set directly; or
     * @param publicKeyLocation a PEM RSA public key (tokens signed with its private key)
     * @param roleClaim the claim holding the roles (a string or a list); "admin" or "staff" grant those roles
     */
    public record Oidc(String issuerUri, String jwkSetUri, String publicKeyLocation,
                       @DefaultValue("roles") String roleClaim) {

        public boolean enabled() {
            return present(issuerUri) || present(jwkSetUri) || present(publicKeyLocation);
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }
    }
}
