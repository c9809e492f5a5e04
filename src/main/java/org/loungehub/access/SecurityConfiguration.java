package org.loungehub.access;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.loungehub.api.ApiHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Every request but liveness and the API description needs an API key (or, if configured, a staff bearer token);
 * what each role may do is {@link AccessRules}. Stateless: no sessions, no cookies, so no CSRF to defend.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, RequestAccess access, AccessProperties properties,
                            Clock clock) throws Exception {
        RateLimiter limiter = new RateLimiter(clock); // one set of buckets: key guesses and keyless requests share an address's
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.configurationSource(cors(properties)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ApiHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> requests
                        // the second half of an asynchronous answer, and error pages, were authorized on the way in
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(AccessRules.PUBLIC).permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().access(access))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ErrorResponses.unauthorized(response,
                                "Send an API key: 'X-Api-Key: <key>' or 'Authorization: ApiKey <key>' (the lounge's admin issues them; the local demo prints one per role at start-up)"))
                        .accessDeniedHandler((request, response, e) -> ErrorResponses.write(response, 403, "Forbidden",
                                reason(e))))
                .addFilterBefore(new RequestSizeFilter(properties.maxRequestBody().toBytes()), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new ApiKeyFilter(keys, limiter, properties.rateLimit().anonymousPerMinute()),
                        AnonymousAuthenticationFilter.class)
                .addFilterBefore(new CallerAttributeFilter(), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new RateLimitFilter(limiter, keys, properties.rateLimit()), AnonymousAuthenticationFilter.class);
        if (properties.oidc().enabled()) {
            JwtDecoder decoder = jwtDecoder(properties.oidc());
            http.oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt
                    .decoder(decoder)
                    .jwtAuthenticationConverter(new JwtCallers(properties.oidc().roleClaim()))));
        }
        return http.build();
    }

    /** Listing ids may hold URLs: an encoded '/', '//' or '%' inside one path segment is allowed (see PathParams). */
    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        firewall.setAllowUrlEncodedDoubleSlash(true); // "https%3A%2F%2F..." inside one segment
        return firewall;
    }

    private static String reason(Exception e) {
        if (e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof RequestAccess.Denied why) {
            return why.reason();
        }
        return "This key may not make this request";
    }

    private static JwtDecoder jwtDecoder(AccessProperties.Oidc oidc) throws Exception {
        if (oidc.publicKeyLocation() != null && !oidc.publicKeyLocation().isBlank()) {
            return NimbusJwtDecoder.withPublicKey(PemKeys.rsaPublicKey(oidc.publicKeyLocation())).build();
        }
        if (oidc.jwkSetUri() != null && !oidc.jwkSetUri().isBlank()) {
            return NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build();
        }
        return JwtDecoders.fromIssuerLocation(oidc.issuerUri());
    }

    private static CorsConfigurationSource cors(AccessProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (properties.corsAllowedOrigins().isEmpty()) {
            return source; // no configuration: cross-origin requests get no CORS headers, so browsers refuse them
        }
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(properties.corsAllowedOrigins());
        api.addAllowedMethod("GET");
        api.addAllowedMethod("POST");
        api.addAllowedMethod("DELETE");
        api.addAllowedHeader("Authorization");
        api.addAllowedHeader("X-Api-Key");
        api.addAllowedHeader("Content-Type");
        api.addExposedHeader("Location");
        api.addExposedHeader("Retry-After");
        api.setAllowCredentials(false);
        api.setMaxAge(3600L);
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }
}
