package org.zhiben.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One real PostgreSQL 17 for the whole test JVM, started on first use and stopped when the JVM exits. */
public final class TestPostgres {

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
                        started.close();
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

    public static String jdbcUrl() {
        return get().getJdbcUrl("postgres", "postgres");
    }
}
