package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EnforcementFiguresTest {

    private static EnforcementFigures figures(long inspectionsWithFindings, long cases) {
        return new EnforcementFigures(Map.of(InspectionMethod.ROUTINE, 5L), 7, inspectionsWithFindings, cases,
                Money.ofYuan(1_000), 0, 0, 0, 0, 0, 0, Money.ZERO);
    }

    @Test
    @DisplayName("行政处罚率 = 立案处罚数 / 发现问题的检查数（“事故多发且行政处罚率低”），保留一位小数")
    void the_penalty_rate_is_cases_per_inspection_with_findings() {
        assertThat(figures(3, 2).penaltyRate()).contains(new BigDecimal("66.7"));
        assertThat(figures(4, 4).penaltyRate()).contains(new BigDecimal("100.0"));
        assertThat(figures(2, 3).penaltyRate()).contains(new BigDecimal("150.0"));
    }

    @Test
    @DisplayName("no inspection with findings: the penalty rate does not exist (no division by zero), even with cases")
    void without_an_inspection_with_findings_there_is_no_penalty_rate() {
        assertThat(figures(0, 0).penaltyRate()).isEmpty();
        assertThat(figures(0, 2).penaltyRate()).isEmpty();
    }

    @Test
    void figures_add_up_method_by_method() {
        EnforcementFigures sum = figures(3, 2).plus(new EnforcementFigures(Map.of(InspectionMethod.JOINT, 1L), 1, 1,
                0, Money.ofFen(50), 1, 1, 1, 2, 1, 1, Money.ofYuan(3_000)));

        assertThat(sum.inspections()).isEqualTo(6);
        assertThat(sum.inspectionsByMethod()).containsEntry(InspectionMethod.ROUTINE, 5L)
                .containsEntry(InspectionMethod.JOINT, 1L).containsEntry(InspectionMethod.CROSS_REGION, 0L);
        assertThat(sum.fines()).isEqualTo(Money.ofFen(100_050));
        assertThat(sum.penaltyRate()).contains(new BigDecimal("50.0"));
        assertThat(sum.rewardsPaid()).isEqualTo(Money.ofYuan(3_000));
    }
}
