package org.zhiben.campaign.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.KeyTask;
import org.zhiben.campaign.OverdueMilestone;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * The units in whose name the caller may report progress (谁检查、谁签名、谁负责), from their data scope:
 * <ul>
 * <li>a caller who sees the whole prefecture (the committee office) may report for any unit;</li>
 * <li>a caller bound to jurisdictions (a county or port officer) reports for the governments of those jurisdictions
 *     (属地) — an officer of Akto reports for the Akto county government, never for Artux's;</li>
 * <li>anyone else (a department officer) reports for the unit they work for.</li>
 * </ul>
 */
public class ActingUnits {

    private final CurrentActors caller;
    private final MemberUnits units;
    private final CampaignPlans plans;
    private final CampaignUnits campaignUnits;
    private final BrowseLedger ledger;

    public ActingUnits(CurrentActors caller, MemberUnits units, CampaignPlans plans, CampaignUnits campaignUnits,
                       BrowseLedger ledger) {
        this.caller = caller;
        this.units = units;
        this.plans = plans;
        this.campaignUnits = campaignUnits;
        this.ledger = ledger;
    }

    /** The units the caller may act for, in the order of the reference data. */
    public List<MemberUnit> units() {
        DataScope scope = caller.scope();
        List<MemberUnit> all = units.findAll();
        if (scope.prefectureWide()) {
            return all;
        }
        if (!scope.jurisdictions().isEmpty()) {
            return all.stream()
                    .filter(unit -> unit.kind() == UnitKind.LOCAL_GOVERNMENT && unit.jurisdiction() != null
                            && scope.jurisdictions().contains(unit.jurisdiction()))
                    .toList();
        }
        String own = caller.actor().unitCode();
        return all.stream().filter(unit -> unit.code().value().equals(own)).toList();
    }

    /** Whether the caller sees the whole prefecture (and so every unit's work). */
    public boolean prefectureWide() {
        return caller.scope().prefectureWide();
    }

    /** Whether the caller may report in the name of the unit. */
    public boolean permits(UnitCode unit) {
        return units().stream().anyMatch(candidate -> candidate.code().equals(unit));
    }

    /** The units the caller may act for that are responsible for the task: those it may report for on it. */
    public List<MemberUnit> reportingUnits(int taskNumber) {
        KeyTask task = plans.findTask(taskNumber).orElseThrow(() -> new NotFoundException("task", taskNumber));
        return units().stream().filter(unit -> task.isResponsible(unit.code(), campaignUnits)).toList();
    }

    /**
     * The milestones overdue today of the tasks the caller's units are responsible for — every overdue milestone for
     * a caller who sees the whole prefecture — the longest overdue first.
     */
    public List<OverdueMilestone> overdueMilestones() {
        List<OverdueMilestone> all = ledger.overdueMilestones();
        if (prefectureWide()) {
            return all;
        }
        List<MemberUnit> mine = units();
        Set<Integer> responsible = plans.tasks().stream()
                .filter(task -> mine.stream().anyMatch(unit -> task.isResponsible(unit.code(), campaignUnits)))
                .map(KeyTask::number)
                .collect(Collectors.toSet());
        return all.stream().filter(overdue -> responsible.contains(overdue.taskNumber())).toList();
    }
}
