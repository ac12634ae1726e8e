package org.zhiben.identity.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zhiben.security.rate-limit}: the calls per minute every API client may make ({@code requests-per-minute}),
 * and the limit of particular clients by client id ({@code clients}).
 */
@ConfigurationProperties("zhiben.security.rate-limit")
record RateLimitSettings(Integer requestsPerMinute, Map<String, Integer> clients) {

    static final int DEFAULT_REQUESTS_PER_MINUTE = 600;

    RateLimitSettings {
        requestsPerMinute = requestsPerMinute == null ? DEFAULT_REQUESTS_PER_MINUTE : requestsPerMinute;
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }
}
