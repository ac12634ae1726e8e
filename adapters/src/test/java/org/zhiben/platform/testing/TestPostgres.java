package org.zhiben.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL 17 for the whole test JVM, started on first use and stopped when the JVM exits — after the
 * Spring test contexts that use it have closed (they still query it while closing), see {@link #lease}.
 */
public final class TestPostgres {

    private static final Duration CONTEXTS_CLOSE_WAIT = Duration.ofSeconds(20);
    private static final AtomicInteger OPEN_CONTEXTS = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres get() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("timezone", "UTC")
                        .setServerConfig("max_connections", "200")
                        .setLocaleConfig("encoding", "UTF8")
                        .setLocaleConfig("locale", "C")
                        .setRegisterShutdownHook(false)
                        .start();
                EmbeddedPostgres started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        long deadline = System.nanoTime() + CONTEXTS_CLOSE_WAIT.toNanos();
                        while (OPEN_CONTEXTS.get() > 0 && System.nanoTime() < deadline) {
                            Thread.sleep(20);
                        }
                        started.close();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the temporary data directory goes with it
                    }
                }, "test-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the test PostgreSQL", e);
            }
        }
        return postgres;
    }

    private static String filesDir;

    /** A folder under the system temporary folder for the files the tests upload. */
    public static synchronized String filesDir() {
        if (filesDir == null) {
            try {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("zhiben-test-files");
                filesDir = dir.toString();
            } catch (IOException e) {
                throw new UncheckedIOException("could not create the test files folder", e);
            }
        }
        return filesDir;
    }

    /**
     * Registers a context that uses the database: the database is stopped only once every such context has closed
     * (Spring closes the cached test contexts in its own shutdown hook, concurrently with this one).
     */
    public static void lease(ConfigurableApplicationContext context) {
        OPEN_CONTEXTS.incrementAndGet();
        AtomicBoolean released = new AtomicBoolean();
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("testPostgresLease", () -> {
            if (released.compareAndSet(false, true)) {
                OPEN_CONTEXTS.decrementAndGet();
            }
        });
    }

    public static String jdbcUrl() {
        return get().getJdbcUrl("postgres", "postgres");
    }
}
