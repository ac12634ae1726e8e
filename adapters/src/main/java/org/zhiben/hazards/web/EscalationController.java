package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.hazards.EscalationPolicy;
import org.zhiben.hazards.application.ManageEscalationPolicies;
import org.zhiben.hazards.application.RunEscalation;
import org.zhiben.hazards.web.HazardRequests.EscalationPolicyRequest;
import org.zhiben.hazards.web.HazardResponses.EscalatedView;
import org.zhiben.hazards.web.HazardResponses.EscalationPolicyView;
import org.zhiben.hazards.web.HazardResponses.EscalationRunView;

/**
 * The escalation ladder for slow rectification (函告、通报、约谈、曝光): its policy versions (administration) and runs.
 * Only a prefecture-wide caller adds a version or runs the escalation (anyone else: 403).
 */
@Tag(name = "Major hazard escalation", description = "整改进展缓慢的函告、通报、约谈、曝光")
@RestController
@RequestMapping("/api/v1/hazards")
class EscalationController {

    private final ManageEscalationPolicies policies;
    private final RunEscalation runEscalation;

    EscalationController(ManageEscalationPolicies policies, RunEscalation runEscalation) {
        this.policies = policies;
        this.runEscalation = runEscalation;
    }

    @Operation(summary = "Every version of the escalation policy, oldest first")
    @GetMapping("/escalation-policies")
    List<EscalationPolicyView> policies() {
        return policies.list().stream().map(EscalationPolicyView::of).toList();
    }

    @Operation(summary = "Add a version of the escalation policy, applying from its date (today or later)",
            description = "Only for a prefecture-wide caller (else 403).")
    @PostMapping("/escalation-policies")
    @ResponseStatus(HttpStatus.CREATED)
    EscalationPolicyView addPolicy(@Valid @RequestBody EscalationPolicyRequest request) {
        return EscalationPolicyView.of(policies.add(new EscalationPolicy(request.effectiveFrom(),
                request.warningLetterDays(), request.circularDays(), request.interviewDays(),
                request.publicExposureDays())));
    }

    @Operation(summary = "Run the escalation of overdue hazards now; returns the steps taken",
            description = "Only for a prefecture-wide caller (else 403); 409 while another run is in progress.")
    @PostMapping("/escalations/runs")
    EscalationRunView runNow() {
        RunEscalation.EscalationRun run = runEscalation.onDemand();
        return new EscalationRunView(run.runOn(), run.escalated().stream().map(EscalatedView::of).toList());
    }
}
