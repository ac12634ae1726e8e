package org.zhiben.campaign.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.campaign.DatedTarget;
import org.zhiben.campaign.Phase;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.campaign.TaskStatus;
import org.zhiben.campaign.application.ActingUnits;
import org.zhiben.campaign.application.BrowseLedger;
import org.zhiben.campaign.application.LedgerFilter;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.ToDoItem;

/**
 * The start page: the first items of the user's to-do list, and where the campaign stands today — the phase in force
 * and how many days it has left, the dated targets of the phases and of the whole campaign, the overdue milestones (of the tasks the user's units are
 * responsible for, or all of them for the whole prefecture) and how many tasks are in each status. An enterprise's own
 * safety manager is sent to the enterprise's home instead.
 */
@PageController
class HomePage {

    /** The home of an enterprise's own safety manager, shown instead of the campaign's (the hazards module's page). */
    static final String ENTERPRISE_HOME = "/my-enterprise";

    /** How many to-do items the home page shows; the to-do page shows them all. */
    static final int TO_DOS_SHOWN = 10;

    private final BrowseLedger ledger;
    private final ActingUnits actingUnits;
    private final CampaignTargets campaignTargets;
    private final ToDoLists toDos;
    private final Clock clock;

    HomePage(BrowseLedger ledger, ActingUnits actingUnits, CampaignTargets campaignTargets, ToDoLists toDos,
             Clock clock) {
        this.ledger = ledger;
        this.toDos = toDos;
        this.campaignTargets = campaignTargets;
        this.actingUnits = actingUnits;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        if (!PageAccess.has(LedgerPages.READ)) {
            return "home";
        }
        if (toDos.enterpriseOnly()) {
            return "redirect:" + ENTERPRISE_HOME;
        }
        List<ToDoItem> items = toDos.items();
        model.addAttribute("toDos", items.stream().limit(TO_DOS_SHOWN).toList());
        model.addAttribute("toDoCount", items.size());
        Optional<Phase> phase = ledger.phaseOn(today);
        model.addAttribute("phase", phase.orElse(null));
        model.addAttribute("daysLeft", phase.map(p -> ChronoUnit.DAYS.between(today, p.endsOn())).orElse(null));
        model.addAttribute("phases", ledger.phases());
        model.addAttribute("targets", Stream.concat(ledger.phases().stream()
                        .flatMap(p -> p.targets().stream().map(target -> new PhaseTarget(p, target, today))),
                        campaignTargets.findAll().stream().map(t -> new PhaseTarget(null,
                                new DatedTarget(t.code(), t.due(), t.text()), today)))
                .sorted(Comparator.comparing(t -> t.target().due()))
                .toList());
        List<TaskLedgerLine> lines = ledger.tasks(LedgerFilter.none());
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            counts.put(status, lines.stream().filter(line -> line.status() == status).count());
        }
        model.addAttribute("counts", counts);
        model.addAttribute("taskCount", lines.size());
        model.addAttribute("overdue", actingUnits.overdueMilestones());
        model.addAttribute("prefectureWide", actingUnits.prefectureWide());
        return "home";
    }

    /** A dated target with its phase (null for a target of the whole campaign), and whether its date has passed. */
    record PhaseTarget(Phase phase, DatedTarget target, boolean past) {
        PhaseTarget(Phase phase, DatedTarget target, LocalDate today) {
            this(phase, target, target.due().isBefore(today));
        }
    }
}
