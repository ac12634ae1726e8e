package org.zhiben.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, started on a thread of its own while the application context is being built, so that the
 * seconds PostgreSQL needs to start (and, on an empty data folder, to initialise its database) overlap with those the
 * context needs before its first use of the database. {@link EmbeddedPostgresConfiguration} claims it; a start-up that
 * fails or closes before that stops it again ({@link #abandon()}).
 */
final class EmbeddedPostgresLaunch {

    static final String BEAN_NAME = "zhiben.embeddedPostgresLaunch";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLaunch.class);

    private final Path directory;
    private final int port;
    private final CompletableFuture<EmbeddedPostgres> postgres = new CompletableFuture<>();
    private final AtomicBoolean claimed = new AtomicBoolean();

    private EmbeddedPostgresLaunch(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Begins to start PostgreSQL on the data directory in the background. */
    static EmbeddedPostgresLaunch begin(Path directory, int port) {
        EmbeddedPostgresLaunch launch = new EmbeddedPostgresLaunch(directory, port);
        Thread thread = new Thread(() -> {
            try {
                launch.postgres.complete(EmbeddedPostgresConfiguration.start(directory, port));
            } catch (Throwable failure) {
                launch.postgres.completeExceptionally(failure);
            }
        }, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
        return launch;
    }

    /** Whether this launch serves the given data directory and port (the settings the bean was created with). */
    boolean serves(Path directory, int port) {
        return this.directory.equals(directory) && this.port == port;
    }

    /** Waits until PostgreSQL is up and hands it over: its owner closes it from now on. */
    EmbeddedPostgres claim() throws IOException {
        claimed.set(true);
        try {
            return postgres.join();
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops PostgreSQL if nobody claimed it: the start-up failed before it got that far. */
    void abandon() {
        if (claimed.getAndSet(true)) {
            return;
        }
        try {
            postgres.join().close();
        } catch (CompletionException | IOException failed) {
            log.debug("The embedded PostgreSQL of a failed start-up did not start or stop cleanly", failed);
        }
    }
}
