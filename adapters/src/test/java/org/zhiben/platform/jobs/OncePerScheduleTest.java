package org.zhiben.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.platform.testing.Eventually;

/**
 * A scheduled job runs once per slot across nodes: two claims of the same slot at the same time (two nodes' schedulers
 * firing together) give one run, the second waiting for the first to commit; a failed run frees its slot.
 */
@SpringBootTest
// MockMvc, unused here, makes this the configuration of the MockMvc tests: one cached context serves all
@AutoConfigureMockMvc
class OncePerScheduleTest {

    @Autowired
    OncePerSchedule oncePerSchedule;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_concurrent_claims_of_the_same_slot_give_one_run() throws Exception {
        String schedule = "test." + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<String>> first = nodes.submit(() -> oncePerSchedule.runOnce(schedule, "2026-12-04", () -> {
                runs.incrementAndGet();
                firstRunning.countDown();
                await(releaseFirst);
                return "first";
            }));
            assertThat(firstRunning.await(30, TimeUnit.SECONDS)).isTrue();
            int waitingBefore = waitingOnLocks();
            Future<Optional<String>> second = nodes.submit(() -> oncePerSchedule.runOnce(schedule, "2026-12-04",
                    () -> {
                        runs.incrementAndGet();
                        return "second";
                    }));
            // the second claim waits on the first one's uncommitted key
            assertThat(Eventually.await(this::waitingOnLocks, waiting -> waiting > waitingBefore))
                    .isGreaterThan(waitingBefore);
            assertThat(second.isDone()).isFalse();
            releaseFirst.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).contains("first");
            assertThat(second.get(30, TimeUnit.SECONDS)).isEmpty();
            assertThat(runs).hasValue(1);
            assertThat(oncePerSchedule.done(schedule, "2026-12-04")).isTrue();
        } finally {
            releaseFirst.countDown();
            nodes.shutdownNow();
        }
    }

    @Test
    void a_slot_runs_once_and_the_next_slot_runs_again() {
        String schedule = "test." + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();

        assertThat(oncePerSchedule.runOnce(schedule, "2028-02-29", runs::incrementAndGet)).contains(1);
        assertThat(oncePerSchedule.runOnce(schedule, "2028-02-29", runs::incrementAndGet)).isEmpty();
        assertThat(oncePerSchedule.runOnce(schedule, "2028-03-01", runs::incrementAndGet)).contains(2);
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_failed_run_rolls_back_its_claim_and_its_work_so_the_slot_runs_again() {
        String schedule = "test." + UUID.randomUUID();
        String marker = "once-" + UUID.randomUUID();
        jdbc.execute("create table if not exists public.once_per_schedule_sample (marker text)");

        assertThatThrownBy(() -> oncePerSchedule.runOnce(schedule, "2026-12-31", () -> {
            jdbc.update("insert into public.once_per_schedule_sample (marker) values (?)", marker);
            throw new IllegalStateException("the job failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(oncePerSchedule.done(schedule, "2026-12-31")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from public.once_per_schedule_sample where marker = ?",
                Integer.class, marker)).isZero();

        assertThat(oncePerSchedule.runOnce(schedule, "2026-12-31", () -> jdbc.update(
                "insert into public.once_per_schedule_sample (marker) values (?)", marker))).contains(1);
        assertThat(oncePerSchedule.done(schedule, "2026-12-31")).isTrue();
    }

    @Test
    void a_schedule_or_slot_must_be_named() {
        assertThatThrownBy(() -> oncePerSchedule.runOnce(" ", "2026-12-31", () -> 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> oncePerSchedule.runOnce("test", "x".repeat(41), () -> 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private int waitingOnLocks() {
        Integer waiting = jdbc.queryForObject("select count(*) from pg_locks where not granted", Integer.class);
        return waiting == null ? 0 : waiting;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
