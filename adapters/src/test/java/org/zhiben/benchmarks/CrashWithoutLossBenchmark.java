package org.zhiben.benchmarks;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhiben.platform.crash.CrashUnderIntakeLoad;
import org.zhiben.platform.crash.CrashUnderIntakeLoad.Figures;

/**
 * Crash without loss, the long run: ten {@code kill -9} of the application under intake load from 8 clients
 * ({@code -Dzhiben.crash.kills=N} for another number), each followed by a restart on the same data folder. Asserts
 * what {@code CrashWithoutLossTest} asserts and writes the figures to docs/benchmarks.md.
 */
class CrashWithoutLossBenchmark {

    @TempDir
    Path work;

    @Test
    void ten_kills_under_intake_load_lose_nothing_acknowledged() throws Exception {
        int kills = Integer.getInteger("zhiben.crash.kills", 10);
        long seed = Long.getLong("zhiben.crash.seed", System.nanoTime());
        Figures figures = new CrashUnderIntakeLoad(work, kills, seed).run();
        System.out.println("Crash without loss: " + figures);
        CrashUnderIntakeLoad.assertWithoutLoss(figures);

        BenchmarkReport.write("crash", """
                ## Crash without loss (`kill -9` under intake load)

                8 clients register hazards (`POST /api/v1/hazards`, an API client's bearer token, one `Idempotency-Key`
                per registration, resent with the same key until acknowledged) while the application, in its own
                process on its embedded PostgreSQL, is killed with `kill -9` at a random moment and restarted on the
                same data folder. Command: `./mvnw -Pbenchmarks -pl adapters -am verify -Dit.test=CrashWithoutLossBenchmark
                -Dfailsafe.failIfNoSpecifiedTests=false%s` (seed %d).

                | | |
                |---|---|
                | kills | %d |
                | registrations acknowledged (2xx) | %d |
                | of which before the last kill | %d |
                | found in the database afterwards | %d |
                | missing | %d |
                | stored twice (same key) | %d |
                | resent after getting no answer and acknowledged after a restart | %d |
                | event publications incomplete when a run was killed | %d |
                | of those, delivered to their listener after the restart | %d |
                | publications incomplete after the grace period | %d |
                | hazards missing from the reporting stock read model (`HazardStockListener`) | %d |
                | registrations not audited exactly once | %d |
                | audit chain (`GET /api/v1/audit/verification`) | %s, %d entries |
                | restart after each kill, until health UP | %s |
                | whole run | %.0f s |
                """.formatted(kills == 10 ? "" : " -Dzhiben.crash.kills=" + kills,
                figures.seed(), figures.kills(), figures.acknowledged(),
                figures.acknowledgedBeforeAKill(), figures.found(), figures.missing(), figures.duplicates(),
                figures.resentAcrossAKill(), figures.outstandingAtKills(), figures.deliveredAfterRestart(),
                figures.incompleteAfterGrace(), figures.notInStockReadModel(), figures.notAuditedOnce(),
                figures.auditChainIntact() ? "intact" : "BROKEN", figures.auditEntriesChecked(),
                figures.restartSeconds().stream().map(s -> "%.0f s".formatted(s)).collect(Collectors.joining(", ")),
                figures.runSeconds()));
    }
}
