package org.zhiben.organization.web.admin;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.UnitKind;
import org.zhiben.organization.application.BrowseOrganization;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;

/** The reference data of the organisation: units (filtered by kind), jurisdictions and industries. */
@PageController
@RequestMapping("/organization")
class ReferencePages {

    static final String READ = "SCOPE_organization:read";

    private final BrowseOrganization organization;

    ReferencePages(BrowseOrganization organization) {
        this.organization = organization;
    }

    @GetMapping("/units")
    String units(@RequestParam Optional<String> kind, Model model) {
        PageAccess.require(READ);
        Optional<UnitKind> unitKind = kind.filter(value -> !value.isBlank())
                .map(value -> RequestValues.enumValue(UnitKind.class, value, "kind"));
        model.addAttribute("units", organization.units(unitKind));
        model.addAttribute("kinds", Arrays.asList(UnitKind.values()));
        model.addAttribute("kind", unitKind.map(Enum::name).orElse(""));
        model.addAttribute("jurisdictionNames", jurisdictionsByCode());
        return "organization/units";
    }

    @GetMapping("/jurisdictions")
    String jurisdictions(Model model) {
        PageAccess.require(READ);
        model.addAttribute("jurisdictions", organization.jurisdictions());
        model.addAttribute("jurisdictionNames", jurisdictionsByCode());
        return "organization/jurisdictions";
    }

    @GetMapping("/industries")
    String industries(Model model) {
        PageAccess.require(READ);
        model.addAttribute("industries", organization.industries());
        return "organization/industries";
    }

    private Map<String, Jurisdiction> jurisdictionsByCode() {
        return organization.jurisdictions().stream()
                .collect(Collectors.toMap(j -> j.code().value(), Function.identity()));
    }
}
