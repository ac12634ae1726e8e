package org.zhiben.hazards.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.hazards.EscalationPolicy;
import org.zhiben.hazards.EscalationRecord;
import org.zhiben.hazards.EscalationStep;
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.HazardStockSource;
import org.zhiben.hazards.Listing;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.application.ComputeCampaignIndicators;
import org.zhiben.hazards.application.ManageEscalationPolicies;
import org.zhiben.hazards.application.ReadHazards;
import org.zhiben.hazards.application.RunEscalation;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;

/**
 * The supervision pages of the hazard database: the listed hazards (挂牌督办), the overdue and escalation board (函告、
 * 通报、约谈、曝光) with the run on demand — the same use case as the API and the nightly run, for prefecture-wide users
 * only — and the monthly stock table (附表1) with the campaign's three targets. Only hazards inside the user's data
 * scope are counted.
 */
@PageController
@RequestMapping("/hazards")
class HazardBoardPages {

    private static final int BOARD_SIZE = HazardSearchCriteria.MAX_PAGE_SIZE;

    private final HazardPages pages;
    private final ReadHazards read;
    private final ManageEscalationPolicies policies;
    private final RunEscalation runEscalation;
    private final HazardStockSource stockSource;
    private final ComputeCampaignIndicators computeCampaignIndicators;
    private final CurrentActors caller;
    private final Clock clock;

    HazardBoardPages(HazardPages pages, ReadHazards read, ManageEscalationPolicies policies,
            RunEscalation runEscalation, HazardStockSource stockSource,
            ComputeCampaignIndicators computeCampaignIndicators, CurrentActors caller, Clock clock) {
        this.pages = pages;
        this.read = read;
        this.policies = policies;
        this.runEscalation = runEscalation;
        this.stockSource = stockSource;
        this.computeCampaignIndicators = computeCampaignIndicators;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping("/supervision")
    String supervision(Model model) {
        PageAccess.require(HazardPages.READ);
        LocalDate today = LocalDate.now(clock);
        List<ReadHazards.HazardRow> listed = read.rows(new HazardSearchCriteria(null, null, null, null, null, null,
                Boolean.TRUE, null, 0, BOARD_SIZE)).rows();
        model.addAttribute("rows", HazardPages.rows(listed, today).stream()
                .map(row -> new ListedRow(row, row.hazard().listing().orElse(null))).toList());
        pages.referenceData(model);
        return "hazards/supervision";
    }

    @GetMapping("/overdue")
    String overdue(Model model) {
        PageAccess.require(HazardPages.READ);
        LocalDate today = LocalDate.now(clock);
        List<ReadHazards.HazardRow> overdue = read.rows(new HazardSearchCriteria(null, null, null, null, null, null,
                null, today, 0, BOARD_SIZE)).rows();
        EscalationPolicy policy = EscalationPolicy.inForceOn(policies.list(), today);
        model.addAttribute("policy", policy);
        model.addAttribute("rows", HazardPages.rows(overdue, today).stream().map(row -> {
            MajorHazard h = row.hazard();
            List<EscalationRecord> steps = h.escalations();
            EscalationRecord last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            EscalationPolicy.Upcoming upcoming = policy.upcoming(h, today).orElse(null);
            return new OverdueRow(row, last, policy.dueSteps(h, today), upcoming == null ? null : upcoming.step(),
                    upcoming == null ? null : upcoming.dueOn());
        }).toList());
        pages.referenceData(model);
        model.addAttribute("canRun", PageAccess.has(HazardPages.SUPERVISE) && caller.scope().prefectureWide());
        return "hazards/overdue";
    }

    @PostMapping("/overdue/run")
    String runEscalation(RedirectAttributes redirect) {
        PageAccess.require(HazardPages.SUPERVISE);
        try {
            RunEscalation.EscalationRun run = runEscalation.onDemand();
            redirect.addFlashAttribute("success", "hz.overdue.run.done");
            redirect.addFlashAttribute("stepsTaken", run.escalated().size());
        } catch (AccessRefusedException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.code());
            redirect.addFlashAttribute("failureArguments", refused.arguments().toArray());
        }
        return "redirect:/hazards/overdue";
    }

    @GetMapping("/stock")
    String stock(@RequestParam Optional<String> month, Model model) {
        PageAccess.require(HazardPages.READ);
        LocalDate today = LocalDate.now(clock);
        YearMonth shown;
        try {
            shown = month.filter(m -> !m.isBlank()).map(m -> YearMonth.parse(m.strip()))
                    .orElse(YearMonth.from(today));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("month", "hazard.stock.month-invalid",
                    "the month must be written as yyyy-MM", month.orElse(""));
        }
        LocalDate asOf = shown.atEndOfMonth().isAfter(today) ? today : shown.atEndOfMonth();
        YearMonth chosen = shown;
        model.addAttribute("month", chosen.toString());
        model.addAttribute("stock", stockSource.stock(chosen.atDay(1), chosen.atEndOfMonth(), null,
                null, caller.scope()));
        model.addAttribute("indicators", computeCampaignIndicators.execute(asOf, caller.scope()));
        pages.referenceData(model);
        return "hazards/stock";
    }

    /** A listed hazard with its listing in force. */
    record ListedRow(HazardPages.Row row, Listing listing) {
    }

    /**
     * An overdue hazard with its last escalation step, the steps already due that the next run takes, and the next
     * step not yet due with the day it falls due (always after today; none when no step is left to fall due).
     */
    record OverdueRow(HazardPages.Row row, EscalationRecord last, List<EscalationStep> dueNow, EscalationStep next,
            LocalDate nextDue) {
    }
}
