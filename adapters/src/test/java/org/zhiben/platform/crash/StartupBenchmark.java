package org.zhiben.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged application ({@code java -jar …-exec.jar}) as its users do, on its embedded PostgreSQL:
 * the first start on an empty data folder, a restart on the existing folder after a clean shutdown, and a restart
 * after {@code kill -9}. Time = from launching the JVM until {@code /actuator/health} answers UP.
 */
class StartupBenchmark {

    private static final Duration LIMIT = Duration.ofSeconds(120);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path data;

    @Test
    void the_application_starts_on_its_embedded_postgresql_and_survives_a_kill() throws Exception {
        Path jar = execJar();

        Started first = start(jar);
        long shutdownMillis = stop(first.process(), false);
        Started second = start(jar);
        stop(second.process(), true);
        Started third = start(jar);
        long rss = residentKilobytes(third.process().pid());
        stop(third.process(), false);

        BenchmarkReport.write("startup", """
                ## Start-up on the embedded PostgreSQL

                | run | until health UP |
                |---|---|
                | first start, empty data folder (initialises the database, loads the plan) | %.1f s |
                | restart on the existing data folder after a clean shutdown | %.1f s |
                | restart after `kill -9` of the previous run (stops the orphaned PostgreSQL first) | %.1f s |

                Clean shutdown (SIGTERM until the JVM exits, PostgreSQL stopped): %.1f s.
                Resident memory of the application JVM after start-up: %d MiB (default heap settings).
                """.formatted(first.seconds(), second.seconds(), third.seconds(), shutdownMillis / 1000.0, rss / 1024));
        assertThat(second.seconds()).isPositive();
    }

    private record Started(Process process, double seconds) {
    }

    private Started start(Path jar) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app-" + port + ".log").toFile())
                .directory(data.toFile())
                .start();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited: see " + data.resolve("app-" + port + ".log"));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return new Started(process, (System.nanoTime() - begin) / 1e9);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application did not become healthy within " + LIMIT);
    }

    /**
     * SIGTERM (clean: returns how long until the JVM and the PostgreSQL it started have exited) or SIGKILL of the JVM
     * alone (its PostgreSQL is left running, as after {@code kill -9}).
     */
    private long stop(Process process, boolean kill) throws Exception {
        long begin = System.nanoTime();
        if (kill) {
            process.destroyForcibly();
            process.waitFor();
            return (System.nanoTime() - begin) / 1_000_000;
        }
        process.destroy();
        process.waitFor();
        // PostgreSQL removes its postmaster.pid when it has shut down
        assertThat(data.resolve("data/postgres/PG_VERSION")).as("the default data folder").exists();
        Path pid = data.resolve("data/postgres/postmaster.pid");
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (Files.exists(pid) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(pid).as("PostgreSQL stopped with the application").doesNotExist();
        return (System.nanoTime() - begin) / 1_000_000;
    }

    private static long residentKilobytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static Path execJar() {
        File[] jars = new File("target").listFiles((dir, name) -> name.endsWith("-exec.jar"));
        assertThat(jars).as("the packaged application in target/ (run with -Pbenchmarks verify)").isNotEmpty();
        return Arrays.stream(jars).max(Comparator.comparingLong(File::lastModified)).orElseThrow().toPath()
                .toAbsolutePath();
    }
}
