package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.campaign.KizilsuPlan.AKTO;
import static org.zhiben.campaign.KizilsuPlan.EMERGENCY_MANAGEMENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ledger as it stood at the end of a day, which the quarterly progress and yearly summary carry ("逐年分解实行台账化、
 * 清单式管理"): an entry recorded later is not in it, a review made later is not yet made. Task 15 of the plan
 * (牵头单位：自治州应急管理局；责任单位：各县(市)人民政府).
 */
class UnitTaskLedgerTest {

    static final Instant END_OF_SEPT_10 = Instant.parse("2026-09-10T16:00:00Z");

    static ProgressEntry entry(Instant recordedAt) {
        return new ProgressEntry(ProgressEntryId.random(), 15, "T15-M1", AKTO, "li.na", LocalDate.of(2026, 9, 10),
                "县应急指挥部场所已建成", null, true, recordedAt);
    }

    @Test
    void entries_recorded_after_the_day_are_left_out_and_reviews_made_after_it_are_not_yet_made() {
        ProgressEntry early = entry(Instant.parse("2026-09-10T02:00:00Z"))
                .accept(KizilsuPlan.commandCentres(), EMERGENCY_MANAGEMENT, "wang.fang",
                        Instant.parse("2026-09-11T01:00:00Z"));
        ProgressEntry reviewedInTime = entry(Instant.parse("2026-09-09T02:00:00Z"))
                .accept(KizilsuPlan.commandCentres(), EMERGENCY_MANAGEMENT, "wang.fang",
                        Instant.parse("2026-09-10T15:59:59Z"));
        ProgressEntry late = entry(END_OF_SEPT_10);

        List<ProgressEntry> held = UnitTaskLedger.asHeldAt(List.of(early, reviewedInTime, late), END_OF_SEPT_10);

        assertThat(held).extracting(ProgressEntry::id).containsExactly(early.id(), reviewedInTime.id());
        assertThat(held.get(0).review()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(held.get(0).reviewedAt()).isNull();
        assertThat(held.get(1).review()).isEqualTo(ReviewStatus.ACCEPTED);

        TaskLedgerLine line = new Ledger(LocalDate.of(2026, 9, 10), KizilsuPlan.UNITS)
                .lineOf(KizilsuPlan.commandCentres(), held);
        UnitProgress akto = line.units().stream().filter(u -> u.unit().equals(AKTO)).findFirst().orElseThrow();
        assertThat(akto.status()).isEqualTo(UnitProgressStatus.COMPLETED);
        assertThat(akto.entryCount()).isEqualTo(2);
    }
}
