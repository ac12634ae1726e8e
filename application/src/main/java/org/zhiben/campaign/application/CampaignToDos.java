package org.zhiben.campaign.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhiben.campaign.MilestoneLine;
import org.zhiben.campaign.MilestoneStatus;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ReviewStatus;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.campaign.UnitProgress;
import org.zhiben.campaign.storage.ProgressEntries;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.ToDoItem;
import org.zhiben.shared.ToDoItems;
import org.zhiben.shared.UnitCode;

/**
 * What the ledger waits for from the caller's unit, for a caller who records progress:
 * <ul>
 * <li>each milestone of a task the unit answers for that is overdue or due within
 *     {@value org.zhiben.campaign.Ledger#DUE_SOON_DAYS} days and that the unit has not completed, unless an entry of the
 *     unit completing it waits for the lead unit's review — linking to the task's progress form;</li>
 * <li>as lead unit (牵头单位), each entry another unit recorded on the task that waits for its review — linking to
 *     the entry's review form.</li>
 * </ul>
 * The caller's unit is the unit it works for, or, for a county or port officer, the government of its jurisdiction
 * (属地); the committee office sees every unit's overdue milestones on the home page already, and is given only the
 * work of its own unit here. Each item leaves the list once the progress is reported or the entry reviewed.
 */
public class CampaignToDos implements ToDoItems {

    private final BrowseLedger ledger;
    private final MemberUnits units;
    private final ProgressEntries entries;

    public CampaignToDos(BrowseLedger ledger, MemberUnits units, ProgressEntries entries) {
        this.ledger = ledger;
        this.units = units;
        this.entries = entries;
    }

    @Override
    public List<ToDoItem> waitingFor(Caller caller) {
        if (!caller.holds(org.zhiben.campaign.CampaignPermissions.PROGRESS_WRITE)) {
            return List.of();
        }
        Set<UnitCode> mine = unitsOf(caller).stream().map(MemberUnit::code).collect(Collectors.toSet());
        if (mine.isEmpty()) {
            return List.of();
        }
        List<ProgressEntry> all = entries.findAll();
        List<ToDoItem> items = new ArrayList<>();
        for (TaskLedgerLine line : ledger.tasks(LedgerFilter.none())) {
            int number = line.task().number();
            String subject = number + ". " + line.task().title();
            for (UnitProgress unit : line.units()) {
                if (!mine.contains(unit.unit())) {
                    continue;
                }
                for (MilestoneLine milestone : line.milestones()) {
                    String code = milestone.milestone().code();
                    boolean due = milestone.status() == MilestoneStatus.OVERDUE
                            || milestone.status() == MilestoneStatus.DUE_SOON;
                    if (due && !unit.completedMilestones().contains(code)
                            && !awaitingReview(all, number, code, unit.unit())) {
                        items.add(new ToDoItem("todo.milestone", subject, milestone.milestone().text(),
                                milestone.milestone().due(), milestone.status() == MilestoneStatus.OVERDUE,
                                "/campaign/tasks/" + number + "#record-progress"));
                    }
                }
            }
            if (line.task().leadUnits().stream().anyMatch(mine::contains)) {
                for (ProgressEntry entry : all) {
                    if (entry.taskNumber() == number && entry.review() == ReviewStatus.SUBMITTED) {
                        items.add(new ToDoItem("todo.progress.review", subject,
                                unitName(entry.recordedBy()) + "：" + entry.text(), null, false,
                                "/campaign/tasks/" + number + "#review-" + entry.id().value()));
                    }
                }
            }
        }
        return items;
    }

    /** Whether an entry of the unit reporting the milestone done waits for the lead unit's review. */
    private static boolean awaitingReview(List<ProgressEntry> all, int task, String milestone, UnitCode unit) {
        return all.stream().anyMatch(entry -> entry.completes(task, milestone) && unit.equals(entry.recordedBy())
                && entry.review() == ReviewStatus.SUBMITTED);
    }

    private String unitName(UnitCode unit) {
        return units.findByCode(unit).map(MemberUnit::shortName).orElse(unit.value());
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
