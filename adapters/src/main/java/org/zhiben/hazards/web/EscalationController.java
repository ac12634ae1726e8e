package org.zhiben.hazards.web;

import org.zhiben.shared.Actor;
import org.zhiben.audit.AuditRecorder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.hazards.EscalationPolicy;
import org.zhiben.hazards.storage.EscalationPolicies;
import org.zhiben.hazards.web.HazardRequests.EscalationPolicyRequest;
import org.zhiben.hazards.web.HazardResponses.EscalatedView;
import org.zhiben.hazards.web.HazardResponses.EscalationPolicyView;
import org.zhiben.hazards.web.HazardResponses.EscalationRunView;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.identity.CurrentActors;

/**
 * The escalation ladder for slow rectification (函告、通报、约谈、曝光): its policy versions (administration) and runs.
 */
@Tag(name = "Major hazard escalation", description = "整改进展缓慢的函告、通报、约谈、曝光")
@RestController
@RequestMapping("/api/v1/hazards")
class EscalationController {

    private final EscalationPolicies policies;
    private final EscalationRunner runner;
    private final Transactions transactions;
    private final CurrentActors currentActors;
    private final Clock clock;
    private final AuditRecorder audit;

    EscalationController(EscalationPolicies policies, EscalationRunner runner, Transactions transactions,
            CurrentActors currentActors, Clock clock, AuditRecorder audit) {
        this.audit = audit;
        this.policies = policies;
        this.runner = runner;
        this.transactions = transactions;
        this.currentActors = currentActors;
        this.clock = clock;
    }

    @Operation(summary = "Every version of the escalation policy, oldest first")
    @GetMapping("/escalation-policies")
    List<EscalationPolicyView> policies() {
        return transactions.read(() -> policies.findAll().stream().map(EscalationPolicyView::of).toList());
    }

    @Operation(summary = "Add a version of the escalation policy, applying from its date (today or later)")
    @PostMapping("/escalation-policies")
    @ResponseStatus(HttpStatus.CREATED)
    EscalationPolicyView addPolicy(@Valid @RequestBody EscalationPolicyRequest request) {
        EscalationPolicy policy = new EscalationPolicy(request.effectiveFrom(), request.warningLetterDays(),
                request.circularDays(), request.interviewDays(), request.publicExposureDays());
        Actor actor = currentActors.actor();
        return EscalationPolicyView.of(transactions.write(() -> {
            EscalationPolicy added = policies.add(policy, actor);
            audit.record(actor, "EscalationPolicy", added.effectiveFrom().toString(), "POLICY_ADDED", null,
                    "effectiveFrom=" + added.effectiveFrom() + ";warningLetterDays=" + added.warningLetterAfterDays()
                            + ";circularDays=" + added.circularAfterDays() + ";interviewDays=" + added.interviewAfterDays()
                            + ";publicExposureDays=" + added.publicExposureAfterDays());
            return added;
        }));
    }

    @Operation(summary = "Run the escalation of overdue hazards now; returns the steps taken")
    @PostMapping("/escalations/runs")
    EscalationRunView runNow() {
        LocalDate today = LocalDate.now(clock);
        return new EscalationRunView(today, runner.runNow(currentActors.actor()).stream().map(EscalatedView::of)
                .toList());
    }
}
