package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.hazards.DiscoveryChannel;

/**
 * The request bodies of the hazard API. Codes are plain strings, converted with the domain's rules so that an error
 * names the request field. {@code actingUnit}: the unit a supervising-side signer acts for (验收、销号、挂牌、审批延期).
 * A signed-in user always signs for their own unit: they may leave it out, and naming another unit is refused (400
 * {@code hazard.acting-unit.not-own}). Only an API client, which has no unit, names the unit it acts for here.
 */
final class HazardRequests {

    static final String ACTING_UNIT = "Only for API clients (which have no unit): the unit code the decision is "
            + "signed for. A signed-in user signs for their own unit; another unit here is refused with 400 "
            + "hazard.acting-unit.not-own.";

    private HazardRequests() {
    }

    record Clause(@NotBlank @Size(max = 40) String standardCode, @NotBlank @Size(max = 20) String clauseNumber) {
    }

    /**
     * @param levelPending true to keep the hazard REPORTED, its level to be determined later through
     *                     {@code /determination} (e.g. a tip-off not yet checked on site); otherwise the level is
     *                     determined at once: MAJOR with a clause, GENERAL without
     */
    record RegisterHazardRequest(@NotNull UUID enterpriseId, @NotBlank @Size(max = 200) String location,
            @NotBlank @Size(max = 2000) String description, @NotNull LocalDate discoveredOn,
            @Schema(implementation = DiscoveryChannel.class) @NotBlank String channel,
            @NotBlank @Size(max = 100) String sourceReference,
            @Schema(nullable = true, description = "the clause of the standard in force on the discovery date for the "
                    + "enterprise's industry: the hazard is MAJOR and DETERMINED at once; none: REPORTED")
            @Valid Clause clause,
            @Schema(nullable = true) Boolean levelPending) {
    }

    record DeterminationRequest(@Valid Clause clause, @Size(max = 2000) String reason, @Schema(description = ACTING_UNIT) String actingUnit) {
    }

    record RectificationPlanRequest(@NotBlank @Size(max = 100) String responsiblePerson,
            @NotBlank @Size(max = 2000) String measures, @NotNull Long fundsFen, @NotNull LocalDate deadline,
            @NotBlank @Size(max = 2000) String contingencyPlan, @Size(max = 2000) String reason) {
    }

    record RectificationRequest(@NotBlank @Size(max = 2000) String evidence, @NotNull @Size(min = 1) List<UUID> attachmentIds,
            @Size(max = 2000) String reason) {
    }

    /** Verification, acceptance refusal, write-off and cancellation: the signer's opinion or reason. */
    record DecisionRequest(@Size(max = 2000) String reason, @Schema(description = ACTING_UNIT) String actingUnit) {
    }

    record ExtensionRequest(@NotNull LocalDate newDeadline, @NotBlank @Size(max = 2000) String reason) {
    }

    record ExtensionDecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String reason, @Schema(description = ACTING_UNIT) String actingUnit) {
    }

    record ListingRequest(@NotBlank String level, @NotBlank String supervisingUnit, @NotBlank String responsibleUnit,
            @NotNull LocalDate listedOn, @NotNull LocalDate deadline, @Schema(description = ACTING_UNIT) String actingUnit) {
    }

    record ListingRemovalRequest(@NotNull LocalDate removedOn, @NotBlank @Size(max = 2000) String reason,
            @Schema(description = ACTING_UNIT) String actingUnit) {
    }

    record EscalationPolicyRequest(@NotNull LocalDate effectiveFrom, @NotNull Integer warningLetterDays,
            @NotNull Integer circularDays, @NotNull Integer interviewDays, @NotNull Integer publicExposureDays) {
    }
}
