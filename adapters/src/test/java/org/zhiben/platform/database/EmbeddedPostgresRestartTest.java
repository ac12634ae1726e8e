package org.zhiben.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.database.EmbeddedPostgresSql.execute;
import static org.zhiben.platform.database.EmbeddedPostgresSql.queryText;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default database keeps its data across restarts and recovers from a run that was killed. */
class EmbeddedPostgresRestartTest {

    @TempDir
    Path data;

    /** A commit the database acknowledged is on disk: what survives a power cut, not only a killed process. */
    @Test
    void the_default_database_flushes_every_commit_to_disk() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(data, 0)) {
            assertThat(queryText(postgres, "show fsync")).isEqualTo("on");
            assertThat(queryText(postgres, "show full_page_writes")).isEqualTo("on");
            assertThat(queryText(postgres, "show synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void data_written_before_a_clean_shutdown_is_there_after_the_restart() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgresConfiguration.start(data, 0)) {
            execute(first, "create table kept (v text); insert into kept values ('进展')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresConfiguration.start(data, 0)) {
            assertThat(queryText(second, "select v from kept")).isEqualTo("进展");
        }
    }

    @Test
    void a_postgres_orphaned_by_a_killed_run_is_stopped_and_the_data_survives() throws Exception {
        // The first run is another JVM, killed with SIGKILL: its PostgreSQL is orphaned and keeps postmaster.pid.
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledRun.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(run.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.contains("READY")) {
                // start-up log of the killed run
            }
            assertThat(line).as("the first run started its database").isEqualTo("READY");
            run.destroyForcibly().waitFor();
        }
        assertThat(Files.exists(data.resolve("postmaster.pid"))).isTrue();

        try (EmbeddedPostgres restarted = EmbeddedPostgresConfiguration.start(data, 0)) {
            assertThat(queryText(restarted, "select v from kept")).isEqualTo("记录");
        }
    }

    /**
     * After a reboot, a stale postmaster.pid may name a process number that now belongs to another PostgreSQL on the
     * machine: the start removes the stale file and leaves that other database running.
     */
    @Test
    void a_stale_postmaster_pid_naming_another_folders_postgres_leaves_that_postgres_running(@TempDir Path other)
            throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgresConfiguration.start(data, 0)) {
            execute(first, "create table kept (v text); insert into kept values ('隐患')");
        }
        try (EmbeddedPostgres neighbour = EmbeddedPostgresConfiguration.start(other, 0)) {
            List<String> neighbourPid = Files.readAllLines(other.resolve("postmaster.pid"));
            List<String> stale = new ArrayList<>(neighbourPid);
            stale.set(1, data.toString());
            Files.write(data.resolve("postmaster.pid"), stale);

            try (EmbeddedPostgres restarted = EmbeddedPostgresConfiguration.start(data, 0)) {
                assertThat(queryText(restarted, "select v from kept")).isEqualTo("隐患");
            }
            assertThat(ProcessHandle.of(Long.parseLong(neighbourPid.get(0).trim())).map(ProcessHandle::isAlive))
                    .as("the other folder's PostgreSQL").contains(true);
            assertThat(queryText(neighbour, "select 'still serving'")).isEqualTo("still serving");
        }
    }

    /**
     * PostgreSQL started in the background while the context is built: the configuration waits for it and takes it
     * over; when the start-up fails before that, it is stopped again and leaves no postmaster behind.
     */
    @Test
    void a_postgres_started_ahead_is_taken_over_or_stopped_when_the_start_up_fails(@TempDir Path other)
            throws Exception {
        EmbeddedPostgresLaunch launch = EmbeddedPostgresLaunch.begin(data, 0);
        assertThat(launch.serves(data, 0)).isTrue();
        assertThat(launch.serves(other, 0)).isFalse();
        try (EmbeddedPostgres claimed = launch.claim()) {
            assertThat(queryText(claimed, "show fsync")).isEqualTo("on");
            launch.abandon();
            assertThat(queryText(claimed, "select 'still serving'")).as("claimed, so left running")
                    .isEqualTo("still serving");
        }

        EmbeddedPostgresLaunch abandoned = EmbeddedPostgresLaunch.begin(other, 0);
        abandoned.abandon();
        assertThat(other.resolve("PG_VERSION")).as("it was started").exists();
        assertThat(other.resolve("postmaster.pid")).as("and stopped").doesNotExist();
    }
}
