package org.zhiben.hazards.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.application.ReadHazards;
import org.zhiben.hazards.application.ReadPrincipalChecks;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.ToDoItem;
import org.zhiben.shared.ToDoItems;

/**
 * The home of an enterprise's own safety manager (本企业), shown instead of the campaign's: the enterprise's name, its
 * to-do items, the next check its principal must lead (task 24), and its hazards not yet closed with their
 * rectification deadlines, the overdue ones marked and first.
 * Everything is read within the caller's data scope, which for an enterprise's manager is that enterprise.
 */
@PageController
class EnterpriseHomePage {

    /** How many of an enterprise's hazards are looked at, at most. */
    private static final int SHOWN = HazardSearchCriteria.MAX_PAGE_SIZE;

    private final ReadHazards read;
    private final ReadPrincipalChecks checks;
    private final List<ToDoItems> toDoSources;
    private final CurrentActors actors;
    private final Clock clock;

    EnterpriseHomePage(ReadHazards read, ReadPrincipalChecks checks, List<ToDoItems> toDoSources,
            CurrentActors actors, Clock clock) {
        this.read = read;
        this.checks = checks;
        this.toDoSources = List.copyOf(toDoSources);
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/my-enterprise")
    String home(Model model) {
        PageAccess.require(HazardPages.READ);
        LocalDate today = LocalDate.now(clock);
        List<Home> homes = new ArrayList<>();
        for (Enterprise enterprise : read.ownEnterprises()) {
            List<OpenHazard> open = read.search(new HazardSearchCriteria(null, null, enterprise.id().value(), null,
                            null, null, null, null, 0, SHOWN)).items().stream()
                    .filter(hazard -> !hazard.status().isClosed())
                    .map(hazard -> new OpenHazard(hazard, hazard.isOverdue(today), hazard.daysOverdue(today)))
                    .sorted(Comparator.comparing((OpenHazard h) -> !h.overdue())
                            .thenComparing(h -> h.hazard().currentDeadline().orElse(LocalDate.MAX)))
                    .toList();
            homes.add(new Home(enterprise, open, checks.ofEnterprise(enterprise.id().value())));
        }
        List<ToDoItem> toDos = ToDoItems.combined(toDoSources, new ToDoItems.Caller(actors.actor(), actors.scope(),
                PageAccess.permissions(), today));
        model.addAttribute("homes", homes);
        model.addAttribute("toDos", toDos);
        model.addAttribute("canReport", PageAccess.has(HazardPages.REPORT));
        return "hazards/enterprise-home";
    }

    /** An enterprise, its hazards not yet closed and its principal's checks with the next one due. */
    record Home(Enterprise enterprise, List<OpenHazard> open, ReadPrincipalChecks.EnterpriseChecks checks) {
    }

    /** A hazard not yet closed, and whether (and by how many days) it is overdue today. */
    record OpenHazard(MajorHazard hazard, boolean overdue, long daysOverdue) {
    }
}
