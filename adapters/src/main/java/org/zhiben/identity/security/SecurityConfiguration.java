package org.zhiben.identity.security;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.identity.persistence.SessionGenerations;
import org.zhiben.platform.security.AccessRule;
import org.zhiben.platform.tx.Transactions;

/**
 * Who may call what. Three filter chains:
 * <ol>
 * <li>the embedded OAuth2 authorization server ({@code /oauth2/token}, {@code /oauth2/jwks}, ...) that issues access
 *     tokens to registered API clients with the client-credentials grant — off when
 *     {@code zhiben.security.jwt.issuer-uri} names an external issuer (government SSO, Keycloak) to trust instead;</li>
 * <li>the API ({@code /api/**}): a JWT bearer token, or the session of a user signed in through the login page (for
 *     the pages' own fetch calls); permissions by the modules' access rules
 *     ({@link CombinedAccessRules}), anything else denied; 401 and 403 as problem
 *     details, never a redirect; no session is created. CSRF protection applies to every state-changing call that
 *     rides on a session cookie (send the {@code X-CSRF-TOKEN} header from the page), whatever other
 *     {@code Authorization} header it has, and not to a call authenticated by a bearer token. A call with a bearer
 *     token is its client alone, even next to a session cookie ({@link BearerCallsIgnoreTheSession}). Each API client
 *     is held to its rate limit ({@link ApiRateLimitFilter});</li>
 * <li>the web pages: form login at {@code /login} with the domain's lockout, logout at {@code /logout}, CSRF on,
 *     secure headers (CSP allowing only the application itself, frames denied, HSTS over HTTPS), a user with a
 *     one-time password kept on {@code /password} until it is changed. Health, the OpenAPI document, Swagger UI
 *     and the public notices under {@code /public/**} (e.g. the published penalty decisions, 执法公示) are public.</li>
 * </ol>
 * In both the API's and the pages' chain a request on the session of an account that was disabled, or whose password,
 * roles or affiliation an administrator changed since it signed in, is signed out ({@link RevokedSessionFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class SecurityConfiguration {

    /** SpEL: true when no external issuer is configured, i.e. the embedded authorization server is on. */
    static final String EMBEDDED_ISSUER = "'${zhiben.security.jwt.issuer-uri:}'.isBlank()";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiProblemHandlers problems, JwtDecoder jwtDecoder,
                                    ApiClients clients, Transactions transactions, SessionGenerations generations,
                                    RateLimitSettings rateLimits, CombinedAccessRules accessRules,
                                    @Value("${zhiben.security.jwt.issuer-uri:}") String issuerUri) throws Exception {
        ApiClientTokens tokens = new ApiClientTokens(clients, transactions, issuerUri.isBlank());
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> {
                    for (AccessRule rule : accessRules.apiRules()) {
                        authorize.requestMatchers(rule.matcher()).hasAuthority(rule.authority());
                    }
                    authorize.anyRequest().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::stateChangingCallOnASession))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .addFilterAfter(new RevokedSessionFilter(generations), CsrfFilter.class)
                .addFilterBefore(new BearerCallsIgnoreTheSession(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new ApiRateLimitFilter(new ApiRateLimits(rateLimits.requestsPerMinute(),
                        rateLimits.clients(), System::nanoTime), problems), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, SessionGenerations generations,
                                     CombinedAccessRules accessRules) throws Exception {
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled"));
        http.authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**",
                            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
                            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/public/**").permitAll();
                    for (AccessRule rule : accessRules.pageRules()) {
                        authorize.requestMatchers(rule.matcher()).hasAuthority(rule.authority());
                    }
                    authorize.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new AttemptedUsername(failures))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new RevokedSessionFilter(generations), CsrfFilter.class)
                .addFilterBefore(new MustChangePasswordFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * A call that changes state and has a session, unless it carries a bearer token: the kind a malicious page could
     * make in a signed-in user's name. Any other {@code Authorization} header (Basic, Negotiate, an empty one) does
     * not exempt it: nothing on the API authenticates by it, so the call would act on the session.
     */
    static boolean stateChangingCallOnASession(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                || "TRACE".equals(method);
        return !safe && !carriesBearerToken(request) && request.getSession(false) != null;
    }

    /**
     * The {@code Authorization} header names a bearer token. The resource server's bearer filter, which runs after the
     * CSRF check, then either authenticates the call by that token (replacing the session's user for this call) or
     * refuses it with 401 — a malformed or invalid token, or one of a disabled client, never falls back to the
     * session. So a call exempted from CSRF here is one authenticated by a valid bearer token, or none at all. The
     * prefix is matched as the bearer filter matches it, ignoring case.
     */
    static boolean carriesBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "bearer", 0, "bearer".length());
    }

    /** The embedded authorization server, issuing tokens to the registered API clients. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(EMBEDDED_ISSUER)
    static class EmbeddedAuthorizationServer {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServerSecurity(HttpSecurity http, ApiProblemHandlers problems)
                throws Exception {
            http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()))
                    .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                    .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems));
            return http.build();
        }

        @Bean
        RegisteredClientRepository registeredClientRepository(ApiClients clients, Transactions transactions) {
            return new ApiClientRegistrations(clients, transactions);
        }

        @Bean
        OAuth2AuthorizationService authorizationService() {
            return new SelfContainedTokens();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        JWKSource<SecurityContext> jwkSource(JdbcTemplate jdbc, Clock clock) {
            return new ImmutableJWKSet<>(SigningKeys.load(jdbc, clock));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
        }
    }

    /** Trusting an external issuer instead: its signing keys are fetched from its metadata on first use. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!(" + EMBEDDED_ISSUER + ")")
    static class ExternalIssuer {

        @Bean
        JwtDecoder jwtDecoder(@Value("${zhiben.security.jwt.issuer-uri}") String issuerUri) {
            return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuerUri));
        }
    }
}
