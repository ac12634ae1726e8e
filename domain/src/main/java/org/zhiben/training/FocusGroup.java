package org.zhiben.training;

import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * One of the plan's yearly focus groups of training (task 4): "2024年，重点开展矿山、燃气企业主要负责人和二级三级医院
 * 消防安全责任人集中培训；2025年，重点开展金属冶炼企业主要负责人、重点文物保护等单位消防安全责任人集中培训；2026年，
 * 重点开展大型商业综合体消防安全责任人集中培训". A group is data — kept in revisions, the newest one of a code in force —
 * not code: its year, its name in the plan's words, whom of the enterprise it is about (the principal or the
 * fire-safety responsible person) and which enterprises ({@link EnterpriseRule}).
 * <p>
 * The year is a calendar year: a training counts for the group's year when it ended between 1 January and 31 December
 * of that year (29 February included in a leap year).
 */
public record FocusGroup(String code, int revision, int year, String name, String nameEn, TraineeRole role,
        EnterpriseRule rule) {

    public FocusGroup {
        Require.notBlank(code, "code");
        Require.notBlank(name, "name");
        Require.notBlank(nameEn, "nameEn");
        Require.notNull(role, "role");
        Require.notNull(rule, "rule");
        if (role != TraineeRole.PRINCIPAL && role != TraineeRole.FIRE_SAFETY_RESPONSIBLE) {
            throw new InvalidValueException("role", "training.focus.role-invalid",
                    "a focus group is about enterprises' principals or fire-safety responsible persons", role);
        }
        if (revision < 1) {
            throw new InvalidValueException("revision", "training.focus.revision-invalid", "revisions start at 1");
        }
    }

    /** Whether the enterprise must have its principal (or fire-safety head) trained: an operating one the rule covers. */
    public boolean requires(Enterprise enterprise) {
        return enterprise.status() == EnterpriseStatus.OPERATING && rule.covers(enterprise);
    }

    /** Whether the record trains this group's person of an enterprise in the given year: passed, ended that year. */
    public boolean trainedBy(TrainingRecord record, int inYear) {
        return record.role() == role && record.passed() && record.endedIn(inYear)
                && record.enterpriseId().isPresent();
    }

    /** Whether the group is a focus of the given day's year. */
    public boolean isFocusIn(int calendarYear) {
        return year == calendarYear;
    }
}
