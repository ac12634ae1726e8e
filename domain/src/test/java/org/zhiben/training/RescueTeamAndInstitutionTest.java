package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.RuleViolationException;

/**
 * Task 9: "推动高危行业企业建立安全生产应急救援队伍,配备应急救援装备和物资,配合自治区开展矿山救护队标准化定级工作"; task 7:
 * "对安全生产培训机构进行全覆盖条件复核,2024年底前对不符合条件的机构实施清退".
 */
class RescueTeamAndInstitutionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static LocalDate today(int year, int month, int day) {
        return LocalDate.now(Clock.fixed(LocalDate.of(year, month, day).atTime(23, 59).atZone(ZONE).toInstant(),
                ZONE));
    }

    @Test
    void a_team_keeps_its_leader_masked_its_equipment_and_a_mine_team_its_grade() {
        RescueTeam.Details mine = new RescueTeam.Details("矿山救护中队", 12, "王小明", List.of("正压氧气呼吸器", " ",
                "正压氧气呼吸器", "瓦斯检测仪"), true, MineRescueGrade.LEVEL_2);
        assertThat(mine.leaderMaskedName()).isEqualTo("王**");
        assertThat(mine.equipment()).containsExactly("正压氧气呼吸器", "瓦斯检测仪");

        assertThatThrownBy(() -> new RescueTeam.Details("矿山救护中队", 12, "王小明", List.of("呼吸器"), true, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.rescue-team.grade-missing");
        assertThatThrownBy(() -> new RescueTeam.Details("化工应急队", 8, "李四", List.of("防化服"), false,
                MineRescueGrade.LEVEL_1)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.rescue-team.grade-not-mine");
        assertThatThrownBy(() -> new RescueTeam.Details("化工应急队", 8, "李四", List.of(" "), false, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.rescue-team.equipment-missing");
        assertThatThrownBy(() -> new RescueTeam.Details("化工应急队", 0, "李四", List.of("防化服"), false, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.rescue-team.members-invalid");
    }

    @Test
    void an_institution_not_rechecked_is_overdue_from_the_first_day_after_2024() {
        assertThat(TrainingInstitution.RULE).contains("全覆盖条件复核", "2024年底前", "实施清退");
        TrainingInstitution institution = TrainingInstitution.approve("安全培训学校", JurisdictionCode.of("653001"),
                "KZ-PX-001", LocalDate.of(2020, 5, 1), today(2024, 6, 1));

        assertThat(institution.recheckOverdue(today(2024, 12, 31))).isFalse();
        assertThat(institution.recheckOverdue(today(2025, 1, 1))).isTrue();

        // approved after the deadline: under the revised conditions already, it owes no re-check
        TrainingInstitution later = TrainingInstitution.approve("新培训中心", JurisdictionCode.of("653001"),
                "KZ-PX-002", LocalDate.of(2025, 1, 1), today(2025, 1, 1));
        assertThat(later.recheckRequired()).isFalse();
        assertThat(later.recheckOverdue(today(2025, 3, 1))).isFalse();
        // approved on the deadline itself it still owes one
        assertThat(TrainingInstitution.approve("末日机构", JurisdictionCode.of("653001"), "KZ-PX-003",
                LocalDate.of(2024, 12, 31), today(2024, 12, 31)).recheckOverdue(today(2025, 1, 1))).isTrue();
    }

    @Test
    void a_compliant_recheck_keeps_the_institution_and_a_failed_one_removes_it_for_good() {
        TrainingInstitution institution = TrainingInstitution.approve("安全培训学校", JurisdictionCode.of("653001"),
                "KZ-PX-001", LocalDate.of(2020, 5, 1), today(2024, 6, 1));

        TrainingInstitution kept = institution.recheck(new InstitutionRecheck(LocalDate.of(2024, 12, 31), true,
                "师资和设施符合基本条件"), today(2024, 12, 31));
        assertThat(kept.status()).isEqualTo(InstitutionStatus.APPROVED);
        assertThat(kept.recheckOverdue(today(2025, 1, 1))).isFalse();

        TrainingInstitution removed = institution.recheck(new InstitutionRecheck(LocalDate.of(2025, 1, 2), false,
                "专职教师不足"), today(2025, 1, 2));
        assertThat(removed.status()).isEqualTo(InstitutionStatus.REMOVED);
        assertThat(removed.lastRecheck().notes()).isEqualTo("专职教师不足");
        assertThat(removed.recheckOverdue(today(2025, 1, 3))).isFalse();
        assertThatThrownBy(() -> removed.recheck(new InstitutionRecheck(LocalDate.of(2025, 1, 3), true, "整改后"),
                today(2025, 1, 3))).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "training.institution.removed");
        assertThatThrownBy(() -> institution.recheck(new InstitutionRecheck(LocalDate.of(2025, 1, 3), true, "符合"),
                today(2025, 1, 2))).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.institution.recheck-in-future");
    }
}
