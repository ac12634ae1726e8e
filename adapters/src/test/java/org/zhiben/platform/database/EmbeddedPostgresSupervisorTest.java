package org.zhiben.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.database.EmbeddedPostgresSql.execute;
import static org.zhiben.platform.database.EmbeddedPostgresSql.queryText;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The embedded PostgreSQL dies while the application runs — killed, or stopped from outside — and the supervisor
 * starts it again on the same data folder and port, with every commit kept; a failed restart is tried again later;
 * once supervision has ended, nothing is restarted.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedPostgresSupervisorTest {

    private static final Duration RECOVERY = Duration.ofSeconds(20);

    /** One data folder for all: initialised once, started and stopped by each test. */
    @TempDir
    static Path data;

    @Test
    void the_wait_before_a_restart_doubles_after_each_failed_attempt_up_to_the_maximum() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(attempt -> EmbeddedPostgresSupervisor.delayBefore(attempt,
                Duration.ofSeconds(1), Duration.ofSeconds(30)).toSeconds()).toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(EmbeddedPostgresSupervisor.delayBefore(3, Duration.ofMillis(300), Duration.ofMillis(1000)))
                .isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void a_killed_postmaster_is_started_again_on_the_same_port_with_every_commit_kept(CapturedOutput output)
            throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(data, 0);
             EmbeddedPostgresSupervisor supervisor = supervisor(postgres)) {
            supervisor.start();
            execute(postgres, "create table after_kill (v text); insert into after_kill values ('整改完成')");
            long killed = signal("KILL");
            assertThat(await(() -> ProcessHandle.of(killed).filter(StalePostmaster::running).isEmpty(), RECOVERY))
                    .as("the postmaster has died").isTrue();
            assertThat(serving(postgres)).as("the database is down").isFalse();

            assertThat(awaitServing(postgres)).as("serving again, on the same port").isTrue();
            assertThat(queryText(postgres, "select v from after_kill")).isEqualTo("整改完成");
            assertThat(postmasterPid()).as("a new postmaster").isNotEqualTo(killed);
            assertThat(await(() -> output.getOut().contains("restarted it"), RECOVERY)).isTrue();
            assertThat(output.getOut()).contains("Embedded PostgreSQL on port " + postgres.getPort()
                    + " had stopped (postmaster " + killed + "); restarted it");
        }
        assertThat(data.resolve("postmaster.pid")).as("the restarted PostgreSQL stops with the application")
                .doesNotExist();
    }

    /** A PostgreSQL stopped on purpose from outside is a dead one for the application: it is started again too. */
    @Test
    void a_postmaster_shut_down_from_outside_is_started_again_too() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(data, 0);
             EmbeddedPostgresSupervisor supervisor = supervisor(postgres)) {
            supervisor.start();
            execute(postgres, "create table after_shutdown (v text); insert into after_shutdown values ('复查')");
            long stopped = signal("INT");
            assertThat(await(() -> ProcessHandle.of(stopped).filter(StalePostmaster::running).isEmpty(), RECOVERY))
                    .as("the postmaster has shut down").isTrue();

            assertThat(awaitServing(postgres)).isTrue();
            assertThat(queryText(postgres, "select v from after_shutdown")).isEqualTo("复查");
        }
    }

    /**
     * While the port is taken, the restart fails: one line in the log saying why, no stack trace, and a later attempt
     * succeeds once the port is free again.
     */
    @Test
    void a_failed_restart_is_logged_in_one_line_and_tried_again(CapturedOutput output) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(data, 0);
             EmbeddedPostgresSupervisor supervisor = supervisor(postgres)) {
            supervisor.start();
            signal("KILL");
            try (ServerSocket taken = take(postgres.getPort())) {
                assertThat(await(() -> output.getOut().contains("could not be restarted"), RECOVERY))
                        .as("a restart was tried while the port was taken").isTrue();
            }
            assertThat(awaitServing(postgres)).as("the next attempt succeeds").isTrue();
            assertThat(await(() -> output.getOut().contains("restarted it"), RECOVERY)).isTrue();
            List<String> lines = output.getOut().lines()
                    .filter(line -> line.contains(EmbeddedPostgresSupervisor.class.getSimpleName())).toList();
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("could not be restarted (attempt 1")
                    .contains("FATAL").contains("next attempt in"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("restarted it"));
            assertThat(output.getOut()).doesNotContain("\tat ");
        }
    }

    @Test
    void once_supervision_has_ended_a_dead_postmaster_is_left_alone() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(data, 0);
             EmbeddedPostgresSupervisor supervisor = supervisor(postgres)) {
            supervisor.start();
            assertThat(supervisor.isRunning()).isTrue();
            supervisor.stop();
            assertThat(supervisor.isRunning()).isFalse();
            signal("KILL");

            assertThat(await(() -> serving(postgres), Duration.ofSeconds(4))).as("not restarted").isFalse();
            // started again here, so that closing it stops a running server
            EmbeddedPostgresSupervisor again = supervisor(postgres);
            again.start();
            assertThat(awaitServing(postgres)).isTrue();
            again.stop();
        }
    }

    private static EmbeddedPostgresSupervisor supervisor(EmbeddedPostgres postgres) {
        return new EmbeddedPostgresSupervisor(data, postgres.getPort(), Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofSeconds(2));
    }

    /** Sends the signal to the postmaster and returns its process number. */
    private static long signal(String signal) throws Exception {
        long pid = postmasterPid();
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("SIG" + signal + " sent").isTrue();
        return pid;
    }

    private static long postmasterPid() throws Exception {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    }

    /** Takes the port as soon as the dead postmaster has let go of it. */
    private static ServerSocket take(int port) throws Exception {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (true) {
            try {
                return new ServerSocket(port);
            } catch (BindException stillHeld) {
                if (System.nanoTime() > deadline) {
                    throw stillHeld;
                }
                Thread.sleep(10);
            }
        }
    }

    private static boolean awaitServing(EmbeddedPostgres postgres) throws Exception {
        return await(() -> serving(postgres), RECOVERY);
    }

    private static boolean await(BooleanSupplier condition, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private static boolean serving(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getDatabase("postgres", "postgres",
                Map.of("connectTimeout", "2", "socketTimeout", "5")).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select 1")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (Exception notServing) {
            return false;
        }
    }
}
