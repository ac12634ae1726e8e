package org.zhiben.campaign;

import java.util.List;

import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * The assignment of a member unit (任务分工, section 四(二) of the plan): its focus areas and the sub-plans (子方案)
 * it must write and carry out, e.g. 11. the housing and urban-rural development bureau, "负责制定并实施城镇燃气
 * (含瓶装液化石油气)安全生产、房屋市政工程施工安全生产、自建房安全生产治本攻坚三年行动子方案".
 *
 * @param incomplete     true when the original text of the item is partly lost (item 7, the justice bureau, lost
 *                       in a page break); the focus then holds what survives
 * @param incompleteNote what is missing and why; required when {@code incomplete}, otherwise may be null
 */
public record Assignment(int number, UnitCode unit, String focus, String focusEn, List<String> subPlans,
                         boolean incomplete, String incompleteNote) {

    public Assignment {
        Checks.inRange(number, 1, 99, "assignment.number");
        Require.notNull(unit, "assignment.unit");
        focus = Require.notBlank(focus, "assignment.focus");
        focusEn = Require.notBlank(focusEn, "assignment.focusEn");
        subPlans = Checks.notEmptyCopy(subPlans, "assignment.subPlans");
        subPlans.forEach(subPlan -> Require.notBlank(subPlan, "assignment.subPlans"));
        incompleteNote = Checks.optional(incompleteNote);
        if (incomplete) {
            Require.notBlank(incompleteNote, "assignment.incompleteNote");
        }
    }
}
