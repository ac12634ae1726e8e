package org.zhiben.platform.crash;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash without loss, the short run: two {@code kill -9} of the application under intake load from 8 clients, each
 * followed by a restart on the same data folder (see {@link CrashUnderIntakeLoad}; the ten-kill run is
 * {@code CrashWithoutLossBenchmark}). Every acknowledged registration is there once, every committed event reached its
 * listener after the restart, and the audit chain verifies.
 */
class CrashWithoutLossTest {

    @TempDir
    Path work;

    @Test
    void registrations_acknowledged_before_a_kill_are_kept_once_and_their_events_delivered_after_the_restart()
            throws Exception {
        long seed = Long.getLong("zhiben.crash.seed", System.nanoTime());
        CrashUnderIntakeLoad.Figures figures = new CrashUnderIntakeLoad(work, 2, seed).run();
        System.out.println("Crash without loss: " + figures);

        CrashUnderIntakeLoad.assertWithoutLoss(figures);
    }
}
