package org.zhiben.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.HazardHistories;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.reporting.StockRebuild;
import org.zhiben.reporting.storage.StockRebuilds;
import org.zhiben.shared.Actor;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.testing.RecordingAuditRecorder;

/**
 * One rebuild of the stock read model at a time — but a rebuild whose process was ended (killed, restarted) never
 * finishes, so it keeps no new one from starting once it has been silent for {@link StartStockRebuild#SILENT_FOR}.
 */
class StartStockRebuildTest {

    static final Instant NOW = Instant.parse("2026-12-09T02:00:00Z");
    static final Actor ADMIN = new Actor("office", "COMMITTEE_ADMIN", "ACO");

    final Rebuilds rebuilds = new Rebuilds();
    final RecordingAuditRecorder audit = new RecordingAuditRecorder();
    final StartStockRebuild start = new StartStockRebuild(rebuilds, new Histories(), audit,
            Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

    @Test
    void a_rebuild_that_brought_a_page_in_minutes_ago_is_still_running() {
        StockRebuild running = rebuilds.started(NOW.minus(3, ChronoUnit.HOURS));
        rebuilds.progress(running.id(), 5_000, NOW.minus(2, ChronoUnit.MINUTES));

        assertThatThrownBy(() -> start.execute(ADMIN)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("reporting.stock.rebuild-running"));
        assertThat(rebuilds.all).hasSize(1);
        assertThat(audit.actions()).isEmpty();
    }

    @Test
    void a_rebuild_started_a_moment_ago_is_running_before_its_first_page() {
        rebuilds.started(NOW.minus(1, ChronoUnit.MINUTES));

        assertThatThrownBy(() -> start.execute(ADMIN)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_rebuild_silent_for_longer_than_the_limit_was_ended_with_its_process() {
        StockRebuild killed = rebuilds.started(NOW.minus(40, ChronoUnit.MINUTES));
        rebuilds.progress(killed.id(), 120_000, NOW.minus(StartStockRebuild.SILENT_FOR).minusSeconds(1));

        StockRebuild started = start.execute(ADMIN);

        assertThat(started.status()).isEqualTo(StockRebuild.Status.RUNNING);
        assertThat(started.hazardsTotal()).isEqualTo(42);
        assertThat(rebuilds.latest()).contains(started);
        assertThat(audit.actions()).containsExactly("stock-figures.rebuild-started");
    }

    static final class Rebuilds implements StockRebuilds {
        final List<StockRebuild> all = new ArrayList<>();

        StockRebuild started(Instant at) {
            StockRebuild r = new StockRebuild(UUID.randomUUID(), "earlier", at, null, StockRebuild.Status.RUNNING, 42,
                    0, null, null);
            all.add(r);
            return r;
        }

        @Override
        public void add(StockRebuild rebuild) {
            all.add(rebuild);
        }

        @Override
        public Optional<StockRebuild> find(UUID id) {
            return all.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        @Override
        public Optional<StockRebuild> latest() {
            return all.stream().max(Comparator.comparing(StockRebuild::startedAt));
        }

        @Override
        public void progress(UUID id, long hazardsDone, Instant at) {
            StockRebuild r = find(id).orElseThrow();
            all.set(all.indexOf(r), new StockRebuild(r.id(), r.requestedBy(), r.startedAt(), null, r.status(),
                    r.hazardsTotal(), hazardsDone, null, at));
        }

        @Override
        public void finish(UUID id, StockRebuild.Status status, Instant at, String failure) {
            throw new UnsupportedOperationException("not part of starting a rebuild");
        }
    }

    static final class Histories implements HazardHistories {
        @Override
        public long count() {
            return 42;
        }

        @Override
        public List<MajorHazard> page(UUID after, int size) {
            return List.of();
        }
    }
}
