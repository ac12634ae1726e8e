package org.zhiben.platform.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.zhiben.ZhibenApplication;

/**
 * The application in an operating-system process of its own, started from the test's classpath with its main class
 * on a data folder, so that {@code kill -9} ({@link #kill()}) ends that process alone — and leaves its PostgreSQL
 * running, as a real crash does.
 */
final class ApplicationProcess {

    private static final Duration START_LIMIT = Duration.ofSeconds(600);

    private final Path workDirectory;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final List<String> launch;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int port;
    private Path log;
    private int starts;
    private Instant launchedAt;

    /** @param workDirectory the process's working directory; its data folder is {@code data} inside */
    ApplicationProcess(Path workDirectory, Map<String, String> environment) {
        this(workDirectory, environment, List.of("-XX:TieredStopAtLevel=1", "-Xmx768m"));
    }

    /** @param jvmOptions the JVM's options beyond exit on OOM, file encoding and time zone */
    ApplicationProcess(Path workDirectory, Map<String, String> environment, List<String> jvmOptions) {
        this(workDirectory, environment, jvmOptions, List.of("-cp", System.getProperty("java.class.path"),
                ZhibenApplication.class.getName()));
    }

    /**
     * @param launch what follows the JVM's options on the command line: the main class with its class path, or
     *               {@code -jar} and the packaged application
     */
    ApplicationProcess(Path workDirectory, Map<String, String> environment, List<String> jvmOptions,
                       List<String> launch) {
        this.workDirectory = workDirectory;
        this.environment = environment;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.launch = List.copyOf(launch);
    }

    Path dataDirectory() {
        return workDirectory.resolve("data");
    }

    /** Launches the application on a free port and waits until its health answers UP; returns the seconds it took. */
    double start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        starts++;
        log = workDirectory.resolve("application-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai"));
        command.addAll(jvmOptions);
        command.addAll(launch);
        command.add("--server.port=" + port);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ZHIBEN_DATA_DIR", dataDirectory().toString());
        builder.environment().putAll(environment);
        launchedAt = Instant.now();
        long begin = System.nanoTime();
        process = builder.start();
        long deadline = begin + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return (System.nanoTime() - begin) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("the application was not healthy within " + START_LIMIT + ":\n" + logTail());
    }

    /** {@code kill -9} of the application's JVM alone: its PostgreSQL is left running, orphaned. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * A clean stop (SIGTERM), waiting for the JVM to exit; then a PostgreSQL still serving the data folder (left by a
     * run that was killed or failed to start) is stopped too, so that no database outlives the test.
     */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        Path pidFile = dataDirectory().resolve("postgres").resolve("postmaster.pid");
        try {
            Optional<ProcessHandle> postgres = ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0)
                    .trim())).filter(handle -> handle.info().arguments().map(List::of)
                    .map(arguments -> arguments.contains(dataDirectory().resolve("postgres").toString()))
                    .orElse(false));
            if (postgres.isPresent()) {
                postgres.get().destroy();
                postgres.get().onExit().get(60, TimeUnit.SECONDS);
            }
        } catch (IOException | RuntimeException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.TimeoutException none) {
            // no PostgreSQL left running
        }
    }

    /** When the last {@link #start()} launched the JVM. */
    Instant launchedAt() {
        return launchedAt;
    }

    /** The log (standard output and error) of the last {@link #start()}. */
    Path log() {
        return log;
    }

    /** The running application's resident memory (RSS, {@code VmRSS} of {@code /proc/<pid>/status}) in KiB. */
    long residentKibibytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + process.pid());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    int port() {
        return port;
    }

    /**
     * A connection to the PostgreSQL serving the data folder now — the application's, or the one its killed run
     * left behind — found by the port in its {@code postmaster.pid}.
     */
    Optional<Connection> database() {
        Path pidFile = dataDirectory().resolve("postgres").resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            int databasePort = Integer.parseInt(lines.get(3).trim());
            return Optional.of(DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort
                    + "/postgres", "postgres", null));
        } catch (IOException | RuntimeException | SQLException none) {
            return Optional.empty();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
