package org.zhiben.organization.web.admin;

import jakarta.validation.Valid;
import java.util.Arrays;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhiben.organization.InvolvementRole;
import org.zhiben.organization.application.BrowseOrganization;
import org.zhiben.organization.application.ResolveResponsibility;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.NotFoundException;

/**
 * Who leads and who is responsible for a matter: the facts are entered in a form, and the page explains the result —
 * the lead with the principle that decided it, every responsible unit with its principles, the reasoning step by step,
 * and a warning when facts conflict or no principle decides. Nothing is stored.
 */
@PageController
@RequestMapping("/responsibility")
class ResponsibilityPage {

    static final String RESOLVE = "SCOPE_responsibility:resolve";

    private final ResolveResponsibility resolveResponsibility;
    private final BrowseOrganization organization;

    ResponsibilityPage(ResolveResponsibility resolveResponsibility, BrowseOrganization organization) {
        this.resolveResponsibility = resolveResponsibility;
        this.organization = organization;
    }

    @GetMapping
    String form(Model model) {
        PageAccess.require(RESOLVE);
        return page(new MatterForm(), model);
    }

    @PostMapping
    String resolve(@Valid @ModelAttribute("matter") MatterForm form, BindingResult result, Model model) {
        PageAccess.require(RESOLVE);
        form.fillRows();
        if (!result.hasErrors()) {
            try {
                model.addAttribute("resolution",
                        resolveResponsibility.resolve(form.toMatter()));
            } catch (NotFoundException unknown) {
                result.rejectValue("industry", unknown.code(), unknown.arguments().toArray(), unknown.getMessage());
            } catch (DomainException refused) {
                FormErrors.reject(refused, result);
            }
        }
        return page(form, model);
    }

    private String page(MatterForm form, Model model) {
        model.addAttribute("matter", form);
        model.addAttribute("units", organization.units(java.util.Optional.empty()));
        model.addAttribute("industries", organization.industries());
        var jurisdictions = organization.jurisdictions();
        model.addAttribute("jurisdictions", jurisdictions);
        model.addAttribute("jurisdictionNames", jurisdictions.stream()
                .collect(java.util.stream.Collectors.toMap(j -> j.code().value(), j -> j)));
        model.addAttribute("roles", Arrays.asList(InvolvementRole.values()));
        return "organization/responsibility";
    }
}
