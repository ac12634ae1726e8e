package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.IndustryCode;

/** Only the groups of a standard that fit the enterprise apply; the notes say which groups apply to everyone. */
class StandardApplicabilityTest {

    private static final IndustryCode MINES = IndustryCode.of("MINES");
    private static final IndustryCode INDUSTRY_TRADE = IndustryCode.of("INDUSTRY_TRADE");
    private static final IndustryCode METALLURGY = IndustryCode.of("METALLURGY");
    private static final IndustryCode COMMERCE_RETAIL = IndustryCode.of("COMMERCE_RETAIL");

    private static final StandardClause GENERAL = new StandardClause("3.1", "通用",
            "未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查的；");
    private static final StandardClause STEEL = new StandardClause("4.1", "冶金",
            "会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所……设置在铁水、钢水、液渣吊运跨的地坪区域内的；");
    private static final StandardClause DUST = new StandardClause("11.1", "专项：存在粉尘爆炸危险",
            "粉尘爆炸危险场所设置在非框架结构的多层建（构）筑物内……的；");
    private static final StandardClause MONITORING = new StandardClause("14", "通则",
            "本标准所列情形中直接关系生产安全的监控、报警、防护等设施、设备、装置，应当保证正常运行、使用，失效或者无效均判定为重大事故隐患。");

    private static final DeterminationStandard INDUSTRY_TRADE_2023 = new DeterminationStandard("INDUSTRY-TRADE-2023",
            "工贸企业重大事故隐患判定标准", "应急管理部令第10号", "应急管理部", LocalDate.of(2023, 5, 15), null, null,
            Set.of(INDUSTRY_TRADE, METALLURGY, COMMERCE_RETAIL), DeterminationStandardKind.NATIONAL_STANDARD, null,
            List.of(GENERAL, STEEL, DUST, MONITORING));

    private static final StandardApplicability GROUPS = new StandardApplicability("INDUSTRY-TRADE-2023", Map.of(
            METALLURGY, Set.of("通用", "冶金", "专项：存在粉尘爆炸危险", "通则"),
            INDUSTRY_TRADE, Set.of("通用", "专项：存在粉尘爆炸危险", "通则"),
            COMMERCE_RETAIL, Set.of("通用", "专项：存在粉尘爆炸危险", "通则")));

    @Test
    @DisplayName("通用 is 第三条 and applies to every 工贸 enterprise; 冶金 (第四条) only to metallurgy")
    void a_metallurgy_enterprise_finds_the_general_and_the_steel_clauses_another_one_not_the_steel_ones() {
        assertThat(GROUPS.clausesFor(INDUSTRY_TRADE_2023, METALLURGY)).containsExactly(GENERAL, STEEL, DUST,
                MONITORING);
        assertThat(GROUPS.clausesFor(INDUSTRY_TRADE_2023, INDUSTRY_TRADE)).containsExactly(GENERAL, DUST, MONITORING);
        assertThat(GROUPS.applies(INDUSTRY_TRADE_2023, STEEL, COMMERCE_RETAIL)).isFalse();
    }

    @Test
    @DisplayName("商贸 is in scope but has no industry article, so only the 通用, 专项 and 通则 clauses apply to it")
    void commerce_finds_only_the_general_special_and_catch_all_clauses() {
        assertThat(GROUPS.clausesFor(INDUSTRY_TRADE_2023, COMMERCE_RETAIL)).extracting(StandardClause::group)
                .containsExactly("通用", "专项：存在粉尘爆炸危险", "通则");
    }

    @Test
    void an_industry_the_mapping_does_not_name_finds_no_clause_and_a_standard_without_mapping_applies_whole() {
        assertThat(GROUPS.clausesFor(INDUSTRY_TRADE_2023, MINES)).isEmpty();
        assertThat(StandardApplicability.allClauses("INDUSTRY-TRADE-2023").clausesFor(INDUSTRY_TRADE_2023, MINES))
                .containsExactly(GENERAL, STEEL, DUST, MONITORING);
    }

    @Test
    @DisplayName("only groups that fit the enterprise apply: a 冶金 clause cannot make a commerce finding a major hazard")
    void determining_under_a_clause_of_a_group_that_does_not_fit_the_sector_is_refused() {
        StandardCatalog catalog = new StandardCatalog(List.of(INDUSTRY_TRADE_2023));
        StandardApplicabilities mapped = code -> GROUPS;
        LocalDate day = LocalDate.of(2026, 6, 1);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Determination.determine(new DeterminationRequest(
                        COMMERCE_RETAIL, day, new ClauseReference("INDUSTRY-TRADE-2023", "4.1")), catalog, mapped))
                .isInstanceOfSatisfying(org.zhiben.shared.InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.clause.other-group"));
        assertThat(Determination.determine(new DeterminationRequest(METALLURGY, day,
                new ClauseReference("INDUSTRY-TRADE-2023", "4.1")), catalog, mapped).clauseText())
                .startsWith("会议室");
    }
}
