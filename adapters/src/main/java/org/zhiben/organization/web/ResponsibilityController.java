package org.zhiben.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.organization.DecidedLead;
import org.zhiben.organization.Involvement;
import org.zhiben.organization.InvolvementRole;
import org.zhiben.organization.Principle;
import org.zhiben.organization.ResponsibilityMatter;
import org.zhiben.organization.ResponsibilityResolution;
import org.zhiben.organization.ResponsibleUnit;
import org.zhiben.organization.TraceStep;
import org.zhiben.organization.application.ResolveResponsibility;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.UnitCode;

@RestController
@RequestMapping("/api/v1/responsibility")
@Tag(name = "Responsibility", description = "Who leads and who is responsible for a matter, by the plan's principles")
class ResponsibilityController {

    private final ResolveResponsibility resolveResponsibility;

    ResponsibilityController(ResolveResponsibility resolveResponsibility) {
        this.resolveResponsibility = resolveResponsibility;
    }

    @PostMapping("/resolutions")
    @Operation(summary = "Resolve the lead unit and co-responsible units of a matter",
            description = "Applies 三管三必须, 谁主管谁负责/谁审批谁负责/谁举办谁负责 and 谁主管谁牵头/谁为主谁牵头/谁靠近谁牵头 "
                    + "and returns every decision with the principle that made it, in order. Nothing is stored.")
    ResolutionResponse resolve(@Valid @RequestBody MatterRequest request) {
        return ResolutionResponse.from(resolveResponsibility.resolve(request.toMatter()));
    }

    record MatterRequest(
            @NotBlank @Size(max = ResponsibilityMatter.DESCRIPTION_MAX_LENGTH) String description,
            String industry,
            String competentUnit,
            List<String> businessUnits,
            String productionOperationUnit,
            String approvingUnit,
            String organizingUnit,
            String jurisdiction,
            @Valid List<InvolvementRequest> involvements,
            boolean newBusinessForm) {

        ResponsibilityMatter toMatter() {
            List<UnitCode> business = new ArrayList<>();
            List<String> businessValues = businessUnits == null ? List.of() : businessUnits;
            for (int i = 0; i < businessValues.size(); i++) {
                business.add(RequestValues.unit(businessValues.get(i), "businessUnits[" + i + "]"));
            }
            List<Involvement> involved = new ArrayList<>();
            List<InvolvementRequest> involvementValues = involvements == null ? List.of() : involvements;
            for (int i = 0; i < involvementValues.size(); i++) {
                involved.add(involvementValues.get(i).toInvolvement("involvements[" + i + "]"));
            }
            return new ResponsibilityMatter(description,
                    RequestValues.industry(industry, "industry"),
                    RequestValues.unit(competentUnit, "competentUnit"),
                    business,
                    RequestValues.unit(productionOperationUnit, "productionOperationUnit"),
                    RequestValues.unit(approvingUnit, "approvingUnit"),
                    RequestValues.unit(organizingUnit, "organizingUnit"),
                    RequestValues.jurisdiction(jurisdiction, "jurisdiction"),
                    involved,
                    newBusinessForm);
        }
    }

    /** A unit involved in the matter: MAIN or CONTRIBUTING, and how close it is (1 = closest). */
    record InvolvementRequest(@NotBlank String unit, @NotBlank String role, Integer proximity) {
        Involvement toInvolvement(String path) {
            return RequestValues.convert(unit, path + ".unit", value -> new Involvement(
                    RequestValues.unit(value, path + ".unit"),
                    RequestValues.enumValue(InvolvementRole.class, role, path + ".role"),
                    proximity));
        }
    }

    record PrincipleResponse(String code, String label, String family) {
        static PrincipleResponse from(Principle principle) {
            if (principle == null) {
                return null;
            }
            return new PrincipleResponse(principle.name(), english() ? principle.labelEn() : principle.labelZh(),
                    principle.family().name());
        }
    }

    record LeadResponse(String unit, @Schema(nullable = true) PrincipleResponse principle) {
        static LeadResponse from(DecidedLead lead) {
            return new LeadResponse(lead.unit().value(), PrincipleResponse.from(lead.principle()));
        }
    }

    record ResponsibleUnitResponse(String unit, List<PrincipleResponse> principles) {
        static ResponsibleUnitResponse from(ResponsibleUnit unit) {
            return new ResponsibleUnitResponse(unit.unit().value(),
                    unit.principles().stream().map(PrincipleResponse::from).toList());
        }
    }

    record TraceStepResponse(int order, @Schema(nullable = true) PrincipleResponse principle, String outcome,
                             String explanation,
                             List<String> units) {
        static TraceStepResponse from(TraceStep step) {
            return new TraceStepResponse(step.order(), PrincipleResponse.from(step.principle()), step.outcome().name(),
                    english() ? step.explanationEn() : step.explanationZh(),
                    step.units().stream().map(UnitCode::value).toList());
        }
    }

    record ResolutionResponse(@Schema(nullable = true, description = "null when undecided") LeadResponse lead,
                              List<ResponsibleUnitResponse> responsibleUnits,
                              List<ResponsibleUnitResponse> coResponsibleUnits,
                              @Schema(nullable = true) String territorialJurisdiction,
                              boolean conflict, boolean undecided, List<TraceStepResponse> trace) {
        static ResolutionResponse from(ResponsibilityResolution r) {
            return new ResolutionResponse(
                    r.lead().map(LeadResponse::from).orElse(null),
                    r.responsibleUnits().stream().map(ResponsibleUnitResponse::from).toList(),
                    r.coResponsibleUnits().stream().map(ResponsibleUnitResponse::from).toList(),
                    r.territorial().map(code -> code.value()).orElse(null),
                    r.conflict(), r.undecided(),
                    r.trace().stream().map(TraceStepResponse::from).toList());
        }
    }

    private static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
