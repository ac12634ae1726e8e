package org.zhiben.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the application was killed ({@code kill -9}), the PostgreSQL it started keeps running and holds the data
 * directory ({@code postmaster.pid}); the next start would fail. This finds such an orphaned postmaster and stops it
 * cleanly (SIGTERM: with its client gone, PostgreSQL shuts down and checkpoints), forcibly only if it does not stop.
 * A process is taken for that postmaster only if it is a {@code postgres} serving this very data directory
 * ({@code -D} on its command line): after a reboot, the number in a stale {@code postmaster.pid} may belong to another
 * PostgreSQL on the machine, which is left alone; the stale file is removed.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(20);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(StalePostmaster::running)
                .filter(process -> servesDirectory(process, dataDirectory));
        if (postmaster.isEmpty()) {
            log.info("Removing stale {} (no PostgreSQL process holds it)", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("A PostgreSQL left over from an earlier run (pid {}) holds {}; stopping it", process.pid(), dataDirectory);
        process.destroy();
        try {
            process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notStoppedInTime) {
            log.warn("PostgreSQL pid {} did not stop within {}s; killing it", process.pid(), GRACE.toSeconds());
            process.destroyForcibly();
            process.onExit().join();
        }
        Files.deleteIfExists(pidFile);
    }

    /** The process number on the first line of a {@code postmaster.pid}, if the file holds one. */
    static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process is running. A process that has exited but was not yet reaped by its parent (a zombie: the
     * postmaster's parent is the init process, which in a container may reap late) is still "alive" for
     * {@link ProcessHandle#isAlive()}; on Linux its state in {@code /proc/<pid>/stat} tells it has exited.
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int endOfName = stat.lastIndexOf(')');
            return endOfName < 0 || endOfName + 2 >= stat.length() || stat.charAt(endOfName + 2) != 'Z';
        } catch (IOException | RuntimeException noProcFileSystem) {
            return process.isAlive();
        }
    }

    /**
     * Whether the process is a postgres started on this data directory. When the operating system does not tell a
     * process's arguments, a process whose command names postgres is taken for it.
     */
    static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        if (!info.command().map(command -> command.contains("postgres")).orElse(true)) {
            return false;
        }
        Optional<String[]> arguments = info.arguments();
        if (arguments.isEmpty()) {
            return true;
        }
        String[] args = arguments.get();
        for (int i = 0; i < args.length - 1; i++) {
            if ("-D".equals(args[i]) && sameDirectory(args[i + 1], dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDirectory(String argument, Path dataDirectory) {
        try {
            Path named = Path.of(argument).toAbsolutePath().normalize();
            return named.equals(dataDirectory.toAbsolutePath().normalize())
                    || Files.isSameFile(named, dataDirectory);
        } catch (IOException | RuntimeException notTheSame) {
            return false;
        }
    }
}
