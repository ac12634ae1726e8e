package org.zhiben.platform.testing;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the one shared test PostgreSQL and the one shared test SMTP server, with e-mail
 * notices enabled and the API clients' rate limits of the tests (registered in META-INF/spring.factories). The
 * customizer is a constant, so the context cache key stays stable.
 */
public class TestPostgresContextCustomizerFactory implements ContextCustomizerFactory {

    /** The API client whose rate limit the tests set to 2 calls per minute. */
    public static final String RATE_LIMITED_CLIENT = "rate-limited-test-client";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new TestPostgresContextCustomizer();
    }

    private static final class TestPostgresContextCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testPostgres", Map.of(
                    "spring.datasource.url", TestPostgres.jdbcUrl(),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "",
                    "zhiben.embedded-postgres.enabled", "false",
                    "zhiben.files.dir", TestPostgres.filesDir(),
                    "zhiben.enforcement.reporter-key-file", TestPostgres.filesDir() + "/reporter-keys.properties",
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", Integer.toString(TestMailServer.port()),
                    "zhiben.notifications.mail.enabled", "true",
                    "zhiben.notifications.mail.from", "zhiben@test.local")));
            // API clients' rate limit: high for the tests, which call fast; one client has its own low limit
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testRateLimits", Map.of(
                    "zhiben.security.rate-limit.requests-per-minute", "100000",
                    "zhiben.security.rate-limit.clients." + RATE_LIMITED_CLIENT, "2")));
            TestPostgres.lease(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestPostgresContextCustomizer;
        }

        @Override
        public int hashCode() {
            return TestPostgresContextCustomizer.class.hashCode();
        }
    }
}
