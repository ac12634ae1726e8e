package org.zhiben.campaign;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * One of the key tasks (重点工作任务) of the plan, with its lead units (牵头单位), its responsible parties (责任单位)
 * and its dated milestones. Every task has at least one milestone: where the plan gives no date, the milestone is
 * due at the end of the campaign and marked {@link Milestone#derived() derived}.
 *
 * @param group    number of the {@link TaskGroup} the task belongs to
 * @param leadNote what the plan says about the lead that the unit codes cannot hold (e.g. a lead that is not a
 *                 member unit, or a misprint in the original); may be null
 */
public record KeyTask(int number, int group, String title, String titleEn, String text, List<UnitCode> leadUnits,
                      List<ResponsibleParty> responsibleParties, String leadNote, List<Milestone> milestones) {

    public static final int MAX_NUMBER = 999;

    public KeyTask {
        Checks.inRange(number, 1, MAX_NUMBER, "task.number");
        Checks.inRange(group, 1, 99, "task.group");
        title = Require.notBlank(title, "task.title");
        titleEn = Require.notBlank(titleEn, "task.titleEn");
        text = Require.notBlank(text, "task.text");
        leadUnits = Checks.notEmptyCopy(leadUnits, "task.leadUnits");
        responsibleParties = Checks.copy(responsibleParties, "task.responsibleParties");
        leadNote = Checks.optional(leadNote);
        milestones = Checks.notEmptyCopy(milestones, "task.milestones");
        Set<String> codes = new HashSet<>();
        for (Milestone milestone : milestones) {
            if (!codes.add(milestone.code())) {
                throw new InvalidValueException("task.milestones", "campaign.task.duplicate-milestone",
                        "task " + number + " has milestone " + milestone.code() + " twice", number, milestone.code());
            }
        }
    }

    /** The milestone with this code, if it belongs to this task. */
    public Optional<Milestone> milestone(String code) {
        return milestones.stream().filter(milestone -> milestone.code().equals(code)).findFirst();
    }

    /** Whether the unit leads the task. */
    public boolean isLedBy(UnitCode unit) {
        return leadUnits.contains(unit);
    }

    /** Whether the task names the unit itself: as a lead unit or as an explicitly listed responsible unit. */
    public boolean names(UnitCode unit) {
        return isLedBy(unit) || responsibleParties.contains(ResponsibleParty.unit(unit));
    }

    /**
     * Whether the unit is responsible for the task and so may record progress on it: a lead unit or a listed
     * unit; any member unit when the task names "自治州安委会有关成员单位分工负责"; any county, city or port
     * government when it names "各县(市)人民政府".
     */
    public boolean isResponsible(UnitCode unit, CampaignUnits units) {
        if (names(unit)) {
            return true;
        }
        if (responsibleParties.contains(ResponsibleParty.Collective.RELEVANT_MEMBER_UNITS) && units.isMemberUnit(unit)) {
            return true;
        }
        return responsibleParties.contains(ResponsibleParty.Collective.COUNTY_GOVERNMENTS)
                && units.isCountyGovernment(unit);
    }

    /**
     * The units that answer for the task, one line each in the per-unit breakdown (分单位进展), in this order: the lead
     * units (牵头单位); the units the task names as responsible; for "各县(市)人民政府", every county and city
     * government; for "自治州安委会有关成员单位分工负责", the member units that have reported on the task — the plan
     * leaves to the division of duties (分工) which member units are concerned, so a member unit answers for its part
     * from its first entry.
     *
     * @param reporting the units that have recorded entries on the task
     */
    public List<UnitCode> answeringUnits(CampaignUnits units, Collection<UnitCode> reporting) {
        Set<UnitCode> answering = new LinkedHashSet<>(leadUnits);
        for (ResponsibleParty party : responsibleParties) {
            if (party instanceof ResponsibleParty.Unit unit) {
                answering.add(unit.code());
            } else if (party == ResponsibleParty.Collective.COUNTY_GOVERNMENTS) {
                answering.addAll(units.countyGovernments());
            }
        }
        if (responsibleParties.contains(ResponsibleParty.Collective.RELEVANT_MEMBER_UNITS)) {
            units.memberUnits().stream().filter(reporting::contains).forEach(answering::add);
        }
        reporting.stream().filter(unit -> !answering.contains(unit) && isResponsible(unit, units))
                .sorted(java.util.Comparator.comparing(UnitCode::value)).forEach(answering::add);
        return List.copyOf(answering);
    }
}
