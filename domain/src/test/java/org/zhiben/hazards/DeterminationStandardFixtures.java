package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.UnitCode;

/** Test data: excerpts of the 2017 standards (安监总管三〔2017〕121号), verbatim, and made-up later versions. */
final class DeterminationStandardFixtures {

    static final IndustryCode HAZARDOUS_CHEMICALS = IndustryCode.of("HAZARDOUS_CHEMICALS");
    static final IndustryCode FIREWORKS = IndustryCode.of("FIREWORKS");
    static final IndustryCode SPECIAL_EQUIPMENT = IndustryCode.of("SPECIAL_EQUIPMENT");
    static final LocalDate NOTICE_DATE = LocalDate.of(2017, 11, 13);

    private DeterminationStandardFixtures() {
    }

    static DeterminationStandard chemicals2017() {
        return new DeterminationStandard("CHEM-2017", "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）",
                "安监总管三〔2017〕121号", "国家安全生产监督管理总局", NOTICE_DATE, null, null,
                Set.of(HAZARDOUS_CHEMICALS), DeterminationStandardKind.NATIONAL_STANDARD, null, List.of(
                        new StandardClause("1", null, "危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格。"),
                        new StandardClause("2", null, "特种作业人员未持证上岗。"),
                        new StandardClause("15", null, "安全阀、爆破片等安全附件未正常投用。")));
    }

    static DeterminationStandard fireworks2017() {
        return new DeterminationStandard("FIREWORKS-2017", "烟花爆竹生产经营单位重大生产安全事故隐患判定标准（试行）",
                "安监总管三〔2017〕121号", "国家安全生产监督管理总局", NOTICE_DATE, null, null, Set.of(FIREWORKS),
                DeterminationStandardKind.NATIONAL_STANDARD, null, List.of(
                        new StandardClause("4", null, "工（库）房实际作业人员数量超过核定人数。"),
                        new StandardClause("5", null, "工（库）房实际滞留、存储药量超过核定药量。")));
    }

    /** A hypothetical revision of the chemicals standard, coming into force on the given day. */
    static DeterminationStandard chemicals2026(LocalDate effectiveFrom) {
        return new DeterminationStandard("CHEM-2026", "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（修订）",
                "假设〔2026〕1号", "应急管理部", effectiveFrom, "CHEM-2017", null, Set.of(HAZARDOUS_CHEMICALS),
                DeterminationStandardKind.NATIONAL_STANDARD, null, List.of(
                        new StandardClause("1", "一、基础管理", "主要负责人和安全生产管理人员未依法经考核合格。"),
                        new StandardClause("2", "一、基础管理", "特种作业人员未依法取得相应资格上岗作业。")));
    }

    /** Key inspection items a department defined for a sector without a national standard in the catalog. */
    static DeterminationStandard specialEquipmentItems() {
        return new DeterminationStandard("SE-KEY-2024", "特种设备安全重点检查事项", null, "自治州市场监督管理局",
                LocalDate.of(2024, 4, 15), null, null, Set.of(SPECIAL_EQUIPMENT),
                DeterminationStandardKind.KEY_INSPECTION_ITEMS, UnitCode.of("AMR"), List.of(
                        new StandardClause("1", null, "使用未经定期检验或者检验不合格的电梯、锅炉、压力容器。"),
                        new StandardClause("2", null, "特种设备安全附件、安全保护装置失效仍继续使用。")));
    }
}
