package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionOperations;
import org.zhiben.hazards.application.ComputeCampaignIndicators;
import org.zhiben.hazards.storage.HazardNumbering;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The overview the dashboard reads ("对进展缓慢的及时采取函告、通报、约谈、曝光等措施"; the three targets "2024年底前基本消除
 * 2023年及以前排查发现的重大事故隐患存量,2025年底前有效遏制重大事故隐患增量,2026年底前形成重大事故隐患动态清零的常态化机制"),
 * counted in the database, answers exactly what the rules of {@link MajorHazard} give when every hazard is loaded and
 * replayed ({@link HazardOverview.Situation#of} and {@link CampaignIndicators#asOf}), as do the targets the hazards'
 * statistics and board read ({@link ComputeCampaignIndicators}): over a varied, seeded set of
 * hazards — general and undetermined ones, cancelled before and after their determination, written off just before and
 * just after midnight in Asia/Shanghai, plans, approved and rejected extensions, refusals, listings ended and not,
 * escalations up the ladder — on many days and in several data scopes.
 */
@SpringBootTest
// MockMvc, unused here, makes this the configuration of the MockMvc tests: one cached context serves all
@AutoConfigureMockMvc
class HazardOverviewAggregatesTest {

    static final List<JurisdictionCode> JURISDICTIONS = List.of(JurisdictionCode.of("653001"),
            JurisdictionCode.of("653022"), JurisdictionCode.of("653023"));
    static final Actor INSPECTOR = new Actor("inspector.li", "INSPECTOR", "EMB");
    static final Actor ENTERPRISE_USER = new Actor("safety.officer", "ENTERPRISE", null);
    static final ClauseReference CLAUSE = new ClauseReference("CHEM-2017", "2");

    @Autowired
    HazardOverview overview;
    @Autowired
    ComputeCampaignIndicators indicators;
    @Autowired
    MajorHazards hazards;
    @Autowired
    HazardNumbering numbering;
    @Autowired
    TransactionOperations tx;
    @Autowired
    Clock clock;

    final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase().replaceAll("[^A-Z]", "X");
    final IndustryCode first = IndustryCode.of("OVERVIEW_A_" + suffix);
    final IndustryCode second = IndustryCode.of("OVERVIEW_B_" + suffix);
    final UUID enterprise = UUID.randomUUID();
    final UUID otherEnterprise = UUID.randomUUID();

    @Test
    void the_counts_in_the_database_equal_the_rules_replayed_over_every_hazard() {
        Random random = new Random(20261208L);
        ZoneId zone = clock.getZone();
        List<MajorHazard> generated = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            generated.add(lifeOf(random, zone));
        }
        tx.executeWithoutResult(status -> generated.forEach(hazards::save));
        assertThat(generated).extracting(MajorHazard::status).contains(HazardStatus.REPORTED, HazardStatus.DETERMINED,
                HazardStatus.RECTIFYING, HazardStatus.RECTIFIED, HazardStatus.WRITTEN_OFF, HazardStatus.CANCELLED);
        assertThat(generated).anyMatch(h -> !h.escalations().isEmpty())
                .anyMatch(h -> h.approvedExtensions() > 0).anyMatch(h -> h.refusals() > 0)
                .anyMatch(h -> !h.listings().isEmpty());

        List<DataScope> scopes = List.of(DataScope.industries(Set.of(first, second)), DataScope.industries(Set.of(first)),
                DataScope.enterprise(enterprise),
                DataScope.jurisdiction(JURISDICTIONS.get(1)).union(DataScope.industries(Set.of(second))),
                DataScope.wholePrefecture(), DataScope.none());
        List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 3, 31),
                LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 1)));
        for (int i = 0; i < 8; i++) {
            days.add(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1100)));
        }
        boolean sawLadder = false;
        for (DataScope scope : scopes) {
            for (LocalDate day : days) {
                HazardOverview.Situation counted = overview.on(day, scope);
                List<MajorHazard> loaded = hazards.findAllForStock(null, null, scope);
                HazardOverview.Situation replayed = HazardOverview.Situation.of(loaded, day, zone,
                        CampaignIndicators.asOf(loaded, day, zone, counted.indicators().targets()));
                assertThat(counted).as("%s on %s", scope, day).isEqualTo(replayed);
                assertThat(indicators.execute(day, scope)).as("%s on %s", scope, day)
                        .isEqualTo(replayed.indicators());
                sawLadder |= counted.ladder().values().stream().anyMatch(n -> n > 0);
            }
        }
        HazardOverview.Situation mine = overview.on(LocalDate.of(2025, 6, 30), DataScope.industries(
                Set.of(first, second)));
        assertThat(mine.inStock()).isPositive();
        assertThat(mine.overdue()).isPositive();
        assertThat(mine.listed()).isPositive();
        assertThat(sawLadder).isTrue();
    }

    /** One hazard's life: registered, and then a random walk through what may happen to it, refused steps skipped. */
    private MajorHazard lifeOf(Random random, ZoneId zone) {
        JurisdictionCode jurisdiction = JURISDICTIONS.get(random.nextInt(JURISDICTIONS.size()));
        IndustryCode industry = random.nextBoolean() ? first : second;
        LocalDate discovered = LocalDate.of(2023, 6, 1).plusDays(random.nextInt(1000));
        Instant[] now = {at(discovered, random, zone)};
        MajorHazard hazard = MajorHazard.register(HazardId.newId(), numbering.next(jurisdiction,
                        now[0].atZone(zone).getYear()),
                new HazardFinding(random.nextBoolean() ? enterprise : otherEnterprise, jurisdiction, industry,
                        "储罐区B", "液位计未接入报警系统", discovered, "inspector.li",
                        DiscoveryChannel.values()[random.nextInt(DiscoveryChannel.values().length)], "JC-2024-017",
                        List.of(attachment())), INSPECTOR, now[0]);
        int roll = random.nextInt(20);
        if (roll == 0) {
            return hazard;
        }
        if (roll == 1) {
            attempt(() -> hazard.cancel(INSPECTOR, later(now, random, zone), zone, "不构成事故隐患"));
            return hazard;
        }
        attempt(() -> hazard.determine(roll == 2 ? HazardLevelOutcome.general("CHEM-2017")
                : HazardLevelOutcome.major(CLAUSE), INSPECTOR, later(now, random, zone), null));
        for (int step = 0; step < 12 && !hazard.status().isClosed(); step++) {
            LocalDate today = later(now, random, zone).atZone(zone).toLocalDate();
            Instant at = now[0];
            switch (random.nextInt(11)) {
                case 0, 1 -> attempt(() -> hazard.setRectificationPlan(new RectificationPlan("设备部负责人",
                        "接入DCS报警", 1_200_000L, today.plusDays(random.nextInt(60) - 5), "每两小时人工巡检"),
                        ENTERPRISE_USER, at, null));
                case 2 -> attempt(() -> hazard.requestDeadlineExtension(
                        hazard.currentDeadline().orElse(today).plusDays(30), ENTERPRISE_USER, at, "设备到货延迟"));
                case 3 -> attempt(() -> {
                    if (random.nextBoolean()) {
                        hazard.approveDeadlineExtension(INSPECTOR, at, null);
                    } else {
                        hazard.rejectDeadlineExtension(INSPECTOR, at, "理由不充分");
                    }
                });
                case 4 -> attempt(() -> hazard.list(ListingLevel.COUNTY, UnitCode.of("EMB"),
                        UnitCode.of("ARTUX_GOV"), today, today.plusDays(90), INSPECTOR, at));
                case 5 -> attempt(() -> hazard.removeListing(today.plusDays(random.nextInt(3)), "整改到位", INSPECTOR,
                        at));
                case 6, 7 -> attempt(() -> hazard.nextEscalationStep().ifPresent(next ->
                        hazard.recordEscalation(next, today, UnitCode.of("EMB"), INSPECTOR, at)));
                case 8 -> attempt(() -> hazard.submitRectification(new RectificationEvidence("已整改",
                        List.of(attachment())), ENTERPRISE_USER, at, null));
                case 9 -> attempt(() -> {
                    if (random.nextInt(3) == 0) {
                        hazard.refuseAcceptance(INSPECTOR, at, "整改不到位");
                    } else {
                        hazard.verify(INSPECTOR, at, null);
                        hazard.writeOff(INSPECTOR, at, zone, null);
                    }
                });
                default -> attempt(() -> hazard.cancel(INSPECTOR, at, zone, "经复核不构成重大事故隐患"));
            }
        }
        hazard.pullEvents();
        return hazard;
    }

    /** A moment some days after the last one, now and then just before or just after midnight. */
    private static Instant later(Instant[] now, Random random, ZoneId zone) {
        LocalDate day = now[0].atZone(zone).toLocalDate().plusDays(random.nextInt(45));
        Instant next = at(day, random, zone);
        if (next.isBefore(now[0])) {
            next = now[0];
        }
        now[0] = next;
        return next;
    }

    private static Instant at(LocalDate day, Random random, ZoneId zone) {
        LocalTime time = switch (random.nextInt(4)) {
            case 0 -> LocalTime.of(23, 59);
            case 1 -> LocalTime.of(0, 1);
            default -> LocalTime.of(8 + random.nextInt(10), random.nextInt(60));
        };
        return day.atTime(time).atZone(zone).toInstant();
    }

    private static AttachmentRef attachment() {
        return new AttachmentRef(UUID.randomUUID(), "photo.jpg", "image/jpeg", 1024, "a".repeat(64));
    }

    private static void attempt(Runnable change) {
        try {
            change.run();
        } catch (DomainException | IllegalArgumentException refused) {
            // a step the hazard's state does not allow is simply not taken
        }
    }
}
