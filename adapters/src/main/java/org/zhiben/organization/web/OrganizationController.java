package org.zhiben.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.organization.UnitKind;
import org.zhiben.organization.application.BrowseOrganization;
import org.zhiben.organization.web.OrganizationResponses.IndustryResponse;
import org.zhiben.organization.web.OrganizationResponses.JurisdictionResponse;
import org.zhiben.organization.web.OrganizationResponses.UnitResponse;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

@RestController
@RequestMapping("/api/v1/organization")
@Tag(name = "Organisation", description = "Jurisdictions (属地), member units (成员单位) and industries (行业领域)")
class OrganizationController {

    private final BrowseOrganization organization;

    OrganizationController(BrowseOrganization organization) {
        this.organization = organization;
    }

    @GetMapping("/jurisdictions")
    @Operation(summary = "The prefecture, its counties and city, and the port administrations")
    List<JurisdictionResponse> jurisdictions() {
        return organization.jurisdictions().stream().map(JurisdictionResponse::from).toList();
    }

    @GetMapping("/jurisdictions/{code}")
    JurisdictionResponse jurisdiction(@PathVariable String code) {
        return JurisdictionResponse.from(organization.jurisdiction(JurisdictionCode.of(code)));
    }

    @GetMapping("/units")
    @Operation(summary = "Member units of the safety committee and other units the plan names",
            description = "kind: COMMITTEE_OFFICE, SUPERVISION, INDUSTRY_COMPETENT or SUPPORTING")
    List<UnitResponse> units(@RequestParam Optional<String> kind) {
        return organization.units(kind.map(OrganizationController::unitKind)).stream().map(UnitResponse::from).toList();
    }

    @GetMapping("/units/{code}")
    UnitResponse unit(@PathVariable String code) {
        return UnitResponse.from(organization.unit(UnitCode.of(code)));
    }

    @GetMapping("/industries")
    @Operation(summary = "Industries with their competent and supervising departments")
    List<IndustryResponse> industries() {
        return organization.industries().stream().map(IndustryResponse::from).toList();
    }

    @GetMapping("/industries/{code}")
    IndustryResponse industry(@PathVariable String code) {
        return IndustryResponse.from(organization.industry(IndustryCode.of(code)));
    }

    private static UnitKind unitKind(String value) {
        try {
            return UnitKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("kind", "organization.unit.kind.unknown", "unknown unit kind: " + value, value);
        }
    }
}
