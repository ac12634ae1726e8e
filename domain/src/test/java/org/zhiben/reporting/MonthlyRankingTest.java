package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

/**
 * "建立完善信息汇总、动态研判、晾晒通报、督导检查等机制": the committee office publishes a month's ranking once; what it
 * published is frozen, and publishing the month again is a new revision that states its reason.
 */
class MonthlyRankingTest {

    static final YearMonth OCTOBER = YearMonth.of(2025, 10);
    static final Instant AT = Instant.parse("2025-11-10T02:00:00Z");

    static MonthlyRanking preview() {
        return MonthlyRanking.preview(OCTOBER, List.of(new RankingLine(1, UnitCode.of("PORT_TORUGART"),
                "吐尔尕特口岸管委会", null, Punctuality.ON_TIME, LocalDate.of(2025, 10, 30), new BigDecimal("50.0"), 1)));
    }

    @Test
    void the_first_publication_of_a_month_is_revision_one_with_who_when_and_the_note() {
        MonthlyRanking published = preview().publish(Optional.empty(), "  请各单位对照整改 ", "ignored", AT, "aco");

        assertThat(published.published()).isTrue();
        assertThat(published.revision()).isEqualTo(1);
        assertThat(published.publishedAt()).isEqualTo(AT);
        assertThat(published.publishedBy()).isEqualTo("aco");
        assertThat(published.note()).isEqualTo("请各单位对照整改");
        assertThat(published.reason()).isNull();
        assertThat(published.lines()).isEqualTo(preview().lines());
        assertThat(published.lines().get(0).unitNameEn()).isEqualTo("吐尔尕特口岸管委会");
    }

    @Test
    void a_month_published_already_is_refused_without_a_reason_and_published_again_as_revision_two_with_one() {
        MonthlyRanking first = preview().publish(Optional.empty(), null, null, AT, "aco");

        assertThatThrownBy(() -> preview().publish(Optional.of(first), "再次发布", " ", AT, "aco"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("reporting.ranking.already-published");
                    assertThat(e.arguments()).containsExactly("2025-10", 1, "aco");
                });
        MonthlyRanking second = preview().publish(Optional.of(first), null, "阿图什市补报后更正", AT.plusSeconds(60),
                "aco2");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("阿图什市补报后更正");
        assertThatThrownBy(() -> second.publish(Optional.of(second), null, "x", AT, "aco"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_note_or_reason_too_long_is_refused() {
        assertThatThrownBy(() -> preview().publish(Optional.empty(), "长".repeat(501), null, AT, "aco"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("reporting.ranking.note-too-long"));
        MonthlyRanking first = preview().publish(Optional.empty(), "长".repeat(500), null, AT, "aco");
        assertThatThrownBy(() -> preview().publish(Optional.of(first), null, "因".repeat(1001), AT, "aco"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("reporting.ranking.reason-too-long"));
    }
}
