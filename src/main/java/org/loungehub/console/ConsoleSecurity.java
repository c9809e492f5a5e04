package org.loungehub.console;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The console's own filter chain, ahead of the API's: people sign in with a form and keep a session (CSRF on,
 * HttpOnly SameSite cookie, idle timeout from server.servlet.session.timeout); the API keeps its stateless keys. The
 * Content-Security-Policy allows only the hub's own scripts and styles: no inline script or style anywhere.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain console(HttpSecurity http, Accounts accounts, ConsoleProperties properties, Clock clock)
            throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts::user);
        provider.setPasswordEncoder(accounts.encoder());
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response,
                                                org.springframework.security.core.Authentication authentication)
                    throws jakarta.servlet.ServletException, java.io.IOException {
                accounts.signedIn(authentication.getName());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        success.setDefaultTargetUrl("/console");
        http.securityMatcher("/console", "/console/**", "/login", "/logout", "/webjars/**")
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(requests -> requests
                        // the hub's own forwards (the refusal page, after a CSRF or role refusal) and error pages
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/webjars/**", "/console/assets/**", "/login").permitAll()
                        .requestMatchers("/console/overview/**").hasAnyRole("ADMIN", "STAFF")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(success)
                        .failureHandler((request, response, e) -> {
                            accounts.signInFailed(request.getParameter("username"));
                            response.sendRedirect(request.getContextPath()
                                    + (e instanceof LockedException ? "/login?locked" : "/login?error"));
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("HUB_CONSOLE"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors.accessDeniedPage("/console/forbidden"))
                .addFilterBefore(new SignInThrottle(properties.signInsPerMinute(), clock),
                        UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
