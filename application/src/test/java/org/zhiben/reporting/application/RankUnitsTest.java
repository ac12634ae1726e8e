package org.zhiben.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.hazards.Inbox;
import org.zhiben.reporting.MonthlyRanking;
import org.zhiben.reporting.Punctuality;
import org.zhiben.reporting.RankingLine;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.ReportingUnit;
import org.zhiben.reporting.ReportingUnitKind;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.reporting.StockRollUp;
import org.zhiben.reporting.StockTable;
import org.zhiben.reporting.StockTables;
import org.zhiben.reporting.StockTrendPoint;
import org.zhiben.reporting.SubmissionPunctuality;
import org.zhiben.reporting.UnitPunctuality;
import org.zhiben.reporting.storage.PublishedRankings;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;
import org.zhiben.testing.FakeCurrentActors;
import org.zhiben.testing.RecordingAuditRecorder;

/**
 * "建立完善信息汇总、动态研判、晾晒通报、督导检查等机制": the monthly ranking worked out from the punctuality of each unit's
 * 附表1 and that table's rectification rate and overdue hazards (read through their declared interfaces, here in
 * memory), previewed within the caller's reach, and published by the committee office: frozen, audited, each unit told
 * once.
 */
class RankUnitsTest {

    static final YearMonth OCTOBER = YearMonth.of(2025, 10);
    static final ReportingPeriod DUE = new ReportingPeriod(ReportKind.STOCK_TABLE, "2025-10", LocalDate.of(2025, 10, 31));
    static final JurisdictionCode ARTUX = JurisdictionCode.of("653001");
    static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    static final IndustryCode MINES = IndustryCode.of("MINES");

    final List<ReportingUnit> units = List.of(
            new ReportingUnit(UnitCode.of("ARTUX_GOV"), "阿图什市人民政府", "阿图什市", "Artux", ReportingUnitKind.COUNTY_OR_CITY,
                    Set.of(ARTUX), Set.of()),
            new ReportingUnit(UnitCode.of("AKTO_GOV"), "阿克陶县人民政府", "阿克陶县", "Akto", ReportingUnitKind.COUNTY_OR_CITY,
                    Set.of(AKTO), Set.of()),
            new ReportingUnit(UnitCode.of("EMB"), "自治州应急管理局", "州应急管理局", "EMB", ReportingUnitKind.MEMBER_UNIT,
                    Set.of(), Set.of(MINES)),
            new ReportingUnit(UnitCode.of("HOUSING"), "自治州住房和城乡建设局", "州住建局", "Housing",
                    ReportingUnitKind.MEMBER_UNIT, Set.of(), Set.of(IndustryCode.of("GAS"))));
    final Map<String, UnitPunctuality> punctuality = new HashMap<>();
    final Map<String, HazardStockFigures> figures = new HashMap<>();
    final List<MonthlyRanking> stored = new ArrayList<>();
    final Set<String> notices = new LinkedHashSet<>();
    final List<Inbox.Post> posts = new ArrayList<>();
    final FakeCurrentActors actors = new FakeCurrentActors();
    final RecordingAuditRecorder audit = new RecordingAuditRecorder();
    Instant now = Instant.parse("2025-11-10T01:00:00Z");

    final RankUnits ranking = new RankUnits(new FixedUnits(), new FixedPunctuality(), new FixedTables(),
            new InMemoryRankings(), post -> {
                posts.add(post);
                return notices.add(post.key());
            }, actors, audit, new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.of("Asia/Shanghai");
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    RankUnitsTest() {
        stand("ARTUX_GOV", Punctuality.ON_TIME, LocalDate.of(2025, 10, 29));
        stand("AKTO_GOV", Punctuality.ON_TIME, LocalDate.of(2025, 10, 31));
        stand("EMB", Punctuality.LATE, LocalDate.of(2025, 11, 3));
        stand("HOUSING", Punctuality.MISSING, null);
        // Artux: 2 of 4 written off (50.0 %), 1 overdue; Akto: nothing to rectify (counts as 100 %); EMB: 3 of 3
        figures.put("ARTUX_GOV", HazardStockFigures.of(3, 1, Map.of(DiscoveryChannel.SELF_INSPECTION, 1L), 2, 0, 2, 1,
                0));
        figures.put("AKTO_GOV", HazardStockFigures.none());
        figures.put("EMB", HazardStockFigures.of(2, 0, Map.of(DiscoveryChannel.SUPERVISORY_INSPECTION, 1L), 3, 0, 0,
                0, 0));
        figures.put("HOUSING", HazardStockFigures.of(0, 0, Map.of(DiscoveryChannel.SELF_INSPECTION, 2L), 2, 0, 0, 0,
                0));
    }

    void stand(String unit, Punctuality p, LocalDate first) {
        punctuality.put(unit, new UnitPunctuality(UnitCode.of(unit), DUE, p, first, null, null));
    }

    @Test
    void every_unit_is_ranked_by_punctuality_then_clearance_rate_then_overdue_hazards_with_exact_figures() {
        List<RankingLine> lines = ranking.preview(OCTOBER).lines();

        assertThat(lines).containsExactly(
                new RankingLine(1, UnitCode.of("AKTO_GOV"), "阿克陶县人民政府", "Akto", Punctuality.ON_TIME,
                        LocalDate.of(2025, 10, 31), null, 0),
                new RankingLine(2, UnitCode.of("ARTUX_GOV"), "阿图什市人民政府", "Artux", Punctuality.ON_TIME,
                        LocalDate.of(2025, 10, 29), new BigDecimal("50.0"), 1),
                new RankingLine(3, UnitCode.of("EMB"), "自治州应急管理局", "EMB", Punctuality.LATE,
                        LocalDate.of(2025, 11, 3), new BigDecimal("100.0"), 0),
                new RankingLine(4, UnitCode.of("HOUSING"), "自治州住房和城乡建设局", "Housing", Punctuality.MISSING, null,
                        new BigDecimal("100.0"), 0));
    }

    @Test
    void a_county_previews_its_own_line_with_its_rank_among_all_units() {
        actors.actingAs(new Actor("artux", "COUNTY_OFFICER", "ARTUX_GOV"), DataScope.jurisdiction(ARTUX));

        assertThat(ranking.preview(OCTOBER).lines()).extracting(RankingLine::unit, RankingLine::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UnitCode.of("ARTUX_GOV"), 2));
        assertThatThrownBy(() -> ranking.publish(OCTOBER, null, null, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void the_office_publishes_it_frozen_audited_and_told_to_each_unit_once_and_again_only_with_a_reason() {
        MonthlyRanking first = ranking.publish(OCTOBER, 0, "请住建局补报", null);

        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.publishedBy()).isEqualTo("test-admin");
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("ranking.published");
            assertThat(entry.entityId()).isEqualTo("2025-10");
            assertThat(entry.change()).isEqualTo("month=2025-10;revision=1;units=4;note=请住建局补报");
        });
        assertThat(posts).extracting(Inbox.Post::key).containsExactly("reporting.ranking:2025-10:1:AKTO_GOV",
                "reporting.ranking:2025-10:1:ARTUX_GOV", "reporting.ranking:2025-10:1:EMB",
                "reporting.ranking:2025-10:1:HOUSING");
        assertThat(posts.get(1).arguments()).containsExactly("2025", "10", 2, 4);

        // the figures change: the published ranking does not
        figures.put("ARTUX_GOV", HazardStockFigures.none());
        assertThat(ranking.preview(OCTOBER).lines().get(0).unit()).isEqualTo(UnitCode.of("ARTUX_GOV"));
        assertThat(ranking.published(OCTOBER, null)).isEqualTo(first);

        assertThatThrownBy(() -> ranking.publish(OCTOBER, 1, null, null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("reporting.ranking.already-published"));
        assertThatThrownBy(() -> ranking.publish(OCTOBER, 0, null, "更正"))
                .isInstanceOf(StaleVersionException.class);
        MonthlyRanking second = ranking.publish(OCTOBER, 1, null, "阿图什市补充销号");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.lines().get(0).unit()).isEqualTo(UnitCode.of("ARTUX_GOV"));
        assertThat(ranking.published(OCTOBER, 1)).isEqualTo(first);
        assertThat(stored).hasSize(2);
        assertThat(notices).hasSize(8);
    }

    @Test
    void a_month_whose_table_is_not_due_yet_is_not_ranked() {
        stand("HOUSING", Punctuality.NOT_YET_DUE, null);

        assertThatThrownBy(() -> ranking.preview(OCTOBER))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("reporting.ranking.not-due-yet");
                    assertThat(e.arguments()).containsExactly("2025-10", LocalDate.of(2025, 10, 31));
                });
    }

    final class FixedUnits implements ReportingUnits {
        @Override
        public List<ReportingUnit> findAll() {
            return units;
        }

        @Override
        public Optional<ReportingUnit> findByCode(UnitCode code) {
            return units.stream().filter(u -> u.code().equals(code)).findFirst();
        }
    }

    final class FixedPunctuality implements SubmissionPunctuality {
        @Override
        public List<UnitPunctuality> forPeriod(ReportKind kind, String period, LocalDate today) {
            assertThat(kind).isEqualTo(ReportKind.STOCK_TABLE);
            assertThat(period).isEqualTo("2025-10");
            return units.stream().map(u -> punctuality.get(u.code().value())).toList();
        }

        @Override
        public UnitPunctuality of(UnitCode unit, ReportKind kind, String period, LocalDate today) {
            return punctuality.get(unit.value());
        }

        @Override
        public List<UnitPunctuality> lateAndMissing(LocalDate today) {
            return List.of();
        }
    }

    final class FixedTables implements StockTables {
        @Override
        public StockTable ofUnit(UnitCode unit, YearMonth month) {
            return new StockTable(month, units.stream().filter(u -> u.code().equals(unit)).findFirst().orElseThrow(),
                    LocalDate.of(2023, 12, 31), List.of(), figures.get(unit.value()));
        }

        @Override
        public StockTable ofScope(DataScope scope, YearMonth month) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StockRollUp rollUp(YearMonth month) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StockTrendPoint> trend(DataScope scope, YearMonth from, YearMonth to) {
            throw new UnsupportedOperationException();
        }
    }

    final class InMemoryRankings implements PublishedRankings {
        @Override
        public void add(MonthlyRanking published) {
            if (find(published.month(), published.revision()).isPresent()) {
                throw new IllegalStateException("duplicate revision");
            }
            stored.add(published);
        }

        @Override
        public Optional<MonthlyRanking> latest(YearMonth month) {
            return stored.stream().filter(r -> r.month().equals(month))
                    .max(Comparator.comparingInt(MonthlyRanking::revision));
        }

        @Override
        public Optional<MonthlyRanking> find(YearMonth month, int revision) {
            return stored.stream().filter(r -> r.month().equals(month) && r.revision() == revision).findFirst();
        }

        @Override
        public List<MonthlyRanking> months(int offset, int limit) {
            return stored.stream().skip(offset).limit(limit).toList();
        }

        @Override
        public long countMonths() {
            return stored.stream().map(MonthlyRanking::month).distinct().count();
        }

        @Override
        public List<MonthlyRanking> revisions(YearMonth month) {
            return stored.stream().filter(r -> r.month().equals(month)).toList();
        }
    }
}
