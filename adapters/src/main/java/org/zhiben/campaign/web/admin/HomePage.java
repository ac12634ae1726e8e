package org.zhiben.campaign.web.admin;

import org.zhiben.campaign.web.ActingUnits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.DatedTarget;
import org.zhiben.campaign.KeyTask;
import org.zhiben.campaign.OverdueMilestone;
import org.zhiben.campaign.Phase;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.campaign.TaskStatus;
import org.zhiben.campaign.application.BrowseLedger;
import org.zhiben.campaign.application.LedgerFilter;
import org.zhiben.organization.MemberUnit;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;

/**
 * The start page: where the campaign stands today — the phase in force and how many days it has left, the dated
 * targets, the overdue milestones (of the tasks the user's units are responsible for, or all of them for the whole
 * prefecture) and how many tasks are in each status.
 */
@PageController
class HomePage {

    private final BrowseLedger ledger;
    private final ActingUnits actingUnits;
    private final CampaignUnits campaignUnits;
    private final Transactions transactions;
    private final Clock clock;

    HomePage(BrowseLedger ledger, ActingUnits actingUnits, CampaignUnits campaignUnits, Transactions transactions,
             Clock clock) {
        this.ledger = ledger;
        this.actingUnits = actingUnits;
        this.campaignUnits = campaignUnits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        if (!PageAccess.has(LedgerPages.READ)) {
            return "home";
        }
        Optional<Phase> phase = ledger.phaseOn(today);
        model.addAttribute("phase", phase.orElse(null));
        model.addAttribute("daysLeft", phase.map(p -> ChronoUnit.DAYS.between(today, p.endsOn())).orElse(null));
        model.addAttribute("phases", ledger.phases());
        model.addAttribute("targets", ledger.phases().stream()
                .flatMap(p -> p.targets().stream().map(target -> new PhaseTarget(p, target, today)))
                .sorted(Comparator.comparing(t -> t.target().due()))
                .toList());
        List<TaskLedgerLine> lines = transactions.read(() -> ledger.tasks(LedgerFilter.none()));
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            counts.put(status, lines.stream().filter(line -> line.status() == status).count());
        }
        model.addAttribute("counts", counts);
        model.addAttribute("taskCount", lines.size());
        model.addAttribute("overdue", transactions.read(() -> overdueInScope(lines)));
        model.addAttribute("prefectureWide", actingUnits.prefectureWide());
        return "home";
    }

    private List<OverdueMilestone> overdueInScope(List<TaskLedgerLine> lines) {
        List<OverdueMilestone> all = ledger.overdueMilestones();
        if (actingUnits.prefectureWide()) {
            return all;
        }
        List<MemberUnit> mine = actingUnits.units();
        Set<Integer> responsible = lines.stream().map(TaskLedgerLine::task)
                .filter(task -> mine.stream().anyMatch(unit -> task.isResponsible(unit.code(), campaignUnits)))
                .map(KeyTask::number)
                .collect(Collectors.toSet());
        return all.stream().filter(overdue -> responsible.contains(overdue.taskNumber())).toList();
    }

    /** A dated target with its phase, and whether its date has passed. */
    record PhaseTarget(Phase phase, DatedTarget target, boolean past) {
        PhaseTarget(Phase phase, DatedTarget target, LocalDate today) {
            this(phase, target, target.due().isBefore(today));
        }
    }
}
