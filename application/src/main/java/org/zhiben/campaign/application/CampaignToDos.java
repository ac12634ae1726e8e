package org.zhiben.campaign.application;

import java.util.ArrayList;
import java.util.List;
import org.zhiben.campaign.CampaignPermissions;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.MilestoneLine;
import org.zhiben.campaign.MilestoneStatus;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.ToDoItem;
import org.zhiben.shared.ToDoItems;

/**
 * The milestones due of the tasks the caller's unit is responsible for, for a caller who records progress: those
 * overdue and those due within {@value org.zhiben.campaign.Ledger#DUE_SOON_DAYS} days, each linking to the task's
 * progress form. The caller's unit is the unit it works for, or, for a county or port officer, the government of its
 * jurisdiction (属地); the committee office sees every unit's milestones on the home page already, and is given only
 * those of its own unit here. A milestone leaves the list once an entry reports it done.
 */
public class CampaignToDos implements ToDoItems {

    private final BrowseLedger ledger;
    private final MemberUnits units;
    private final CampaignUnits campaignUnits;

    public CampaignToDos(BrowseLedger ledger, MemberUnits units, CampaignUnits campaignUnits) {
        this.ledger = ledger;
        this.units = units;
        this.campaignUnits = campaignUnits;
    }

    @Override
    public List<ToDoItem> waitingFor(Caller caller) {
        if (!caller.holds(CampaignPermissions.PROGRESS_WRITE)) {
            return List.of();
        }
        List<MemberUnit> mine = unitsOf(caller);
        if (mine.isEmpty()) {
            return List.of();
        }
        List<ToDoItem> items = new ArrayList<>();
        for (TaskLedgerLine line : ledger.tasks(LedgerFilter.none())) {
            if (mine.stream().noneMatch(unit -> line.task().isResponsible(unit.code(), campaignUnits))) {
                continue;
            }
            for (MilestoneLine milestone : line.milestones()) {
                if (milestone.status() == MilestoneStatus.OVERDUE || milestone.status() == MilestoneStatus.DUE_SOON) {
                    items.add(new ToDoItem("todo.milestone", line.task().number() + ". " + line.task().title(),
                            milestone.milestone().text(), milestone.milestone().due(),
                            milestone.status() == MilestoneStatus.OVERDUE,
                            "/campaign/tasks/" + line.task().number() + "#record-progress"));
                }
            }
        }
        return items;
    }

    private List<MemberUnit> unitsOf(Caller caller) {
        List<MemberUnit> all = units.findAll();
        if (!caller.scope().prefectureWide() && !caller.scope().jurisdictions().isEmpty()) {
            return all.stream()
                    .filter(unit -> unit.kind() == UnitKind.LOCAL_GOVERNMENT && unit.jurisdiction() != null
                            && caller.scope().jurisdictions().contains(unit.jurisdiction()))
                    .toList();
        }
        String own = caller.actor().unitCode();
        return all.stream().filter(unit -> unit.code().value().equals(own)).toList();
    }
}
