package org.zhiben.platform.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the embedded PostgreSQL running while the application runs. Every {@code interval} it looks for the postmaster
 * that {@code postmaster.pid} names; when it is gone — killed, crashed, or stopped from outside — it starts PostgreSQL
 * again on the same data directory with the command line of its last start ({@code postmaster.opts}: the same binary,
 * port and settings, through {@code pg_ctl restart}), so that the datasource URL stays valid and the connection pool
 * reconnects by itself. PostgreSQL's crash recovery replays the write-ahead log: nothing committed is lost.
 *
 * <p>The first attempt follows {@code firstRestartDelay} after the postmaster was found gone (time for the server
 * processes the killed postmaster left to exit; PostgreSQL refuses to start while they hold its shared memory); a
 * failed attempt is tried again after twice the previous delay, at most {@code maxRestartDelay}. Each attempt is one
 * line in the log. Supervision begins once the application has started and ends first thing when it closes, before
 * the web server and the connection pool stop: PostgreSQL is never started again during a graceful close.
 */
final class EmbeddedPostgresSupervisor implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresSupervisor.class);
    /** How long {@code pg_ctl} waits for the restarted server to accept connections (crash recovery included). */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final int OUTPUT_LINES_KEPT = 20;

    private final Path directory;
    private final int port;
    private final Duration interval;
    private final Duration firstRestartDelay;
    private final Duration maxRestartDelay;

    private final Object lifecycle = new Object();
    private volatile boolean running;
    private ScheduledExecutorService executor;
    private volatile Process pgCtl;

    // touched only by the supervising thread
    private long postmasterPid = -1;
    private long stoppedAt;
    private long nextAttemptAt;
    private int failedAttempts;

    EmbeddedPostgresSupervisor(Path directory, int port, Duration interval, Duration firstRestartDelay,
                               Duration maxRestartDelay) {
        if (interval.isNegative() || interval.isZero() || firstRestartDelay.isNegative()
                || maxRestartDelay.compareTo(firstRestartDelay) < 0) {
            throw new IllegalArgumentException("supervision interval must be positive and the restart delays "
                    + "0 <= first <= max, got " + interval + ", " + firstRestartDelay + ", " + maxRestartDelay);
        }
        this.directory = directory;
        this.port = port;
        this.interval = interval;
        this.firstRestartDelay = firstRestartDelay;
        this.maxRestartDelay = maxRestartDelay;
    }

    /**
     * The wait before the given restart attempt (1 for the first): the first delay, doubled after each failed attempt,
     * at most the maximum.
     */
    static Duration delayBefore(int attempt, Duration first, Duration max) {
        Duration delay = first;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    @Override
    public void start() {
        synchronized (lifecycle) {
            if (running) {
                return;
            }
            executor = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "embedded-postgres-supervisor");
                thread.setDaemon(true);
                return thread;
            });
            running = true;
            executor.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Ends supervision: no check or restart begins after this returns. A restart already under way is waited for, so
     * that the PostgreSQL it starts is the one the application's shutdown stops.
     */
    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (lifecycle) {
            if (!running) {
                return;
            }
            running = false;
            stopping = executor;
            executor = null;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(START_TIMEOUT.toSeconds() + 15, TimeUnit.SECONDS)) {
                stopping.shutdownNow();
                Process unfinished = pgCtl;
                if (unfinished != null) {
                    unfinished.destroyForcibly();
                }
            }
        } catch (InterruptedException interrupted) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started after every other bean, stopped before every other one. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Also ends supervision when the context is closed without stopping its lifecycle beans (a failed start-up). */
    @Override
    public void close() {
        stop();
    }

    private void check() {
        try {
            if (!running) {
                return;
            }
            Optional<Long> postmaster = runningPostmaster();
            if (postmaster.isPresent()) {
                postmasterPid = postmaster.get();
                stoppedAt = 0;
                failedAttempts = 0;
                return;
            }
            long now = System.nanoTime();
            if (stoppedAt == 0) {
                stoppedAt = now;
                nextAttemptAt = now + firstRestartDelay.toNanos();
            }
            if (now - nextAttemptAt >= 0) {
                restart(now);
            }
        } catch (RuntimeException unexpected) {
            // a scheduled task that throws is never run again: supervision must go on
            log.warn("Supervision of the embedded PostgreSQL: {}", unexpected.toString());
        }
    }

    /** The number of the postmaster serving the data directory, if one runs. */
    private Optional<Long> runningPostmaster() {
        try {
            Path pidFile = directory.resolve("postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            Optional<Long> pid = StalePostmaster.readPid(pidFile);
            if (pid.isEmpty()) {
                return Optional.empty();
            }
            Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(StalePostmaster::running);
            boolean known = pid.get() == postmasterPid;
            return process.filter(p -> known || StalePostmaster.servesDirectory(p, directory)).map(ProcessHandle::pid);
        } catch (IOException unreadable) {
            // a postmaster.pid being written or removed at this very moment: the next check sees it whole
            return Optional.of(postmasterPid);
        }
    }

    private void restart(long now) {
        int attempt = failedAttempts + 1;
        long downSeconds = TimeUnit.NANOSECONDS.toSeconds(now - stoppedAt);
        String failure;
        try {
            if (runningPostmaster().isPresent()) {
                // started again from outside meanwhile
                stoppedAt = 0;
                failedAttempts = 0;
                return;
            }
            removeLockFiles();
            failure = pgCtlRestart();
        } catch (IOException | RuntimeException failed) {
            failure = failed.toString();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        if (failure == null) {
            Optional<Long> restarted = runningPostmaster();
            log.warn("Embedded PostgreSQL on port {} had stopped{}; restarted it on its data folder (attempt {}, {} s "
                            + "after it was found stopped, postmaster {})", port, formerPostmaster(), attempt,
                    downSeconds, restarted.map(String::valueOf).orElse("?"));
            postmasterPid = restarted.orElse(-1L);
            stoppedAt = 0;
            failedAttempts = 0;
            return;
        }
        failedAttempts = attempt;
        Duration next = delayBefore(attempt + 1, firstRestartDelay, maxRestartDelay);
        nextAttemptAt = System.nanoTime() + next.toNanos();
        log.warn("Embedded PostgreSQL on port {} had stopped{} and could not be restarted (attempt {}, stopped for "
                        + "{} s): {}; next attempt in {} s", port, formerPostmaster(), attempt, downSeconds, failure,
                next.toSeconds());
    }

    private String formerPostmaster() {
        return postmasterPid > 0 ? " (postmaster " + postmasterPid + ")" : "";
    }

    /**
     * Removes the lock files a postmaster that died without shutting down leaves: {@code postmaster.pid} in the data
     * directory and, if it still names that postmaster, the lock of its Unix socket (in the socket directory
     * {@code postmaster.pid} names). PostgreSQL removes either itself only once the process number it holds is no
     * longer in use: a postmaster that has exited but was not yet reaped (see {@link StalePostmaster#running}) still
     * holds it.
     */
    private void removeLockFiles() throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() >= 5 && !lines.get(4).isBlank()) {
            Path socketLock = Path.of(lines.get(4).strip(), ".s.PGSQL." + lines.get(3).strip() + ".lock");
            if (Files.isRegularFile(socketLock) && firstLine(socketLock).equals(lines.get(0).strip())) {
                Files.deleteIfExists(socketLock);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static String firstLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.isEmpty() ? "" : lines.get(0).strip();
    }

    /**
     * {@code pg_ctl restart} on the data directory: it starts PostgreSQL with the command line of its last start and
     * waits until it accepts connections. Returns null once it does, or why it did not.
     */
    private String pgCtlRestart() throws IOException, InterruptedException {
        Path options = directory.resolve("postmaster.opts");
        if (!Files.isRegularFile(options)) {
            return "no " + options + " (the command line of its last start)";
        }
        String commandLine = Files.readString(options).strip();
        int firstArgument = commandLine.indexOf(" \"");
        Path postgres = Path.of(firstArgument < 0 ? commandLine : commandLine.substring(0, firstArgument));
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as root, PostgreSQL runs in a user namespace of its own, as the embedded PostgreSQL's launcher starts it
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgres.resolveSibling("pg_ctl").toString(), "-D", directory.toString(), "-w",
                "-t", Long.toString(START_TIMEOUT.toSeconds()), "restart"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        pgCtl = process;
        ServerOutput output = ServerOutput.follow(process);
        try {
            if (!process.waitFor(START_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "pg_ctl did not finish within " + (START_TIMEOUT.toSeconds() + 10) + " s";
            }
        } finally {
            pgCtl = null;
        }
        if (process.exitValue() == 0) {
            return null;
        }
        return "pg_ctl exit code " + process.exitValue() + output.reason().map(reason -> ", " + reason).orElse("");
    }

    /**
     * The output of {@code pg_ctl} and of the server it starts (which keeps writing to it): read to the end on a
     * thread of its own, lest the server block on a full pipe. PostgreSQL's own messages stay at debug level (like
     * those of the first start), but the last lines are kept to tell why a start failed.
     */
    private static final class ServerOutput implements Runnable {
        private static final Logger serverLog = LoggerFactory.getLogger(EmbeddedPostgresSupervisor.class.getName()
                + ".server");
        private final Process process;
        private final List<String> last = new ArrayList<>();

        private ServerOutput(Process process) {
            this.process = process;
        }

        static ServerOutput follow(Process process) {
            ServerOutput output = new ServerOutput(process);
            Thread thread = new Thread(output, "embedded-postgres-output");
            thread.setDaemon(true);
            thread.start();
            return output;
        }

        @Override
        public void run() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    serverLog.debug("{}", line);
                    synchronized (last) {
                        last.add(line);
                        if (last.size() > OUTPUT_LINES_KEPT) {
                            last.remove(0);
                        }
                    }
                }
            } catch (IOException closed) {
                serverLog.debug("Output of the embedded PostgreSQL ended: {}", closed.toString());
            }
        }

        /** PostgreSQL's last FATAL message, or else pg_ctl's last line. */
        Optional<String> reason() {
            // pg_ctl has exited; the server's last lines may still be on their way through the pipe
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            synchronized (last) {
                for (int i = last.size() - 1; i >= 0; i--) {
                    int fatal = last.get(i).indexOf("FATAL:");
                    if (fatal >= 0) {
                        return Optional.of(last.get(i).substring(fatal).replaceAll("\\s+", " ").strip());
                    }
                }
                return last.isEmpty() ? Optional.empty() : Optional.of(last.get(last.size() - 1).strip());
            }
        }
    }
}
