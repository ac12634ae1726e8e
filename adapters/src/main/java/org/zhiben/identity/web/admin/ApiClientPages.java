package org.zhiben.identity.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.ClientId;
import org.zhiben.identity.CurrentActors;
import org.zhiben.identity.RolePermissions;
import org.zhiben.identity.application.ApiClientCommand;
import org.zhiben.identity.application.DisableApiClient;
import org.zhiben.identity.application.EnableApiClient;
import org.zhiben.identity.application.FindAccounts;
import org.zhiben.identity.application.IssuedSecret;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.identity.application.RegisterApiClientCommand;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Permission;

/**
 * The administration of other bureaus' systems that call the API (docs/security.md), for the committee office: the
 * registered systems with their scopes and data scope, registering one (its client secret is shown once, on the page
 * that answers the registration, and never again), disabling one after a confirmation page (its tokens are refused at
 * once) and enabling it again. Every change goes through the module's use cases, as the API's does, which record it in
 * the audit trail ({@code api-client.registered}, {@code api-client.disabled}, {@code api-client.enabled}).
 */
@PageController
@RequestMapping("/admin/api-clients")
class ApiClientPages {

    private final FindAccounts accounts;
    private final RegisterApiClient registerApiClient;
    private final DisableApiClient disableApiClient;
    private final EnableApiClient enableApiClient;
    private final CurrentActors caller;
    private final RolePermissions permissions;
    private final Jurisdictions jurisdictions;
    private final Industries industries;

    ApiClientPages(FindAccounts accounts, RegisterApiClient registerApiClient, DisableApiClient disableApiClient,
                   EnableApiClient enableApiClient, CurrentActors caller, RolePermissions permissions,
                   Jurisdictions jurisdictions, Industries industries) {
        this.accounts = accounts;
        this.registerApiClient = registerApiClient;
        this.disableApiClient = disableApiClient;
        this.enableApiClient = enableApiClient;
        this.caller = caller;
        this.permissions = permissions;
        this.jurisdictions = jurisdictions;
        this.industries = industries;
    }

    @GetMapping
    String clients(Model model) {
        PageAccess.require(UserPages.MANAGE);
        model.addAttribute("clients", accounts.apiClients().stream()
                .sorted(Comparator.comparing(ApiClient::clientId)).toList());
        referenceData(model);
        return "identity/admin/api-clients";
    }

    @GetMapping("/new")
    String newClient(Model model) {
        PageAccess.require(UserPages.MANAGE);
        return form(new ApiClientForm(), model);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("client") ApiClientForm form, BindingResult result, Model model,
                    HttpServletResponse response) {
        PageAccess.require(UserPages.MANAGE);
        if (result.hasErrors()) {
            return form(form, model);
        }
        IssuedSecret issued;
        try {
            issued = registerApiClient.register(caller.actor(), new RegisterApiClientCommand(
                    ClientId.of(form.getClientId()), form.getName().strip(), form.getOwner().strip(),
                    scopes(form.getScopes()), form.dataScope()));
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return form(form, model);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("issued", issued);
        model.addAttribute("issuedClient", find(issued.clientId().value()));
        return "identity/admin/api-client-secret";
    }

    /** The confirmation page of disabling: what it does, an optional reason, and the button that does it. */
    @GetMapping("/{clientId}/disable")
    String confirmDisable(@PathVariable String clientId, Model model) {
        PageAccess.require(UserPages.MANAGE);
        model.addAttribute("apiClient", find(clientId));
        return "identity/admin/api-client-disable";
    }

    @PostMapping("/{clientId}/disable")
    String disable(@PathVariable String clientId, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        PageAccess.require(UserPages.MANAGE);
        ApiClient client = find(clientId);
        return change(redirect, "ui.api-clients.disabled", client.clientId().value(), () -> disableApiClient.disable(
                caller.actor(), new ApiClientCommand(client.clientId(), blankToNull(reason))));
    }

    @PostMapping("/{clientId}/enable")
    String enable(@PathVariable String clientId, RedirectAttributes redirect) {
        PageAccess.require(UserPages.MANAGE);
        ApiClient client = find(clientId);
        return change(redirect, "ui.api-clients.enabled", client.clientId().value(),
                () -> enableApiClient.enable(caller.actor(), new ApiClientCommand(client.clientId())));
    }

    private String change(RedirectAttributes redirect, String success, String clientId, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
            redirect.addFlashAttribute("changedClient", clientId);
        } catch (NotFoundException missing) {
            throw missing;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.code());
            redirect.addFlashAttribute("failureArguments", refused.arguments().toArray());
        }
        return "redirect:/admin/api-clients";
    }

    private Set<Permission> scopes(Set<String> chosen) {
        return chosen.stream().map(scope -> permissions.ofScope(scope).orElseThrow(() ->
                        new InvalidValueException("scopes", "identity.api-client.scope-not-grantable",
                                "unknown scope " + scope, scope)))
                .collect(Collectors.toSet());
    }

    private ApiClient find(String clientId) {
        return accounts.apiClients().stream().filter(c -> c.clientId().value().equals(clientId)).findFirst()
                .orElseThrow(() -> new NotFoundException("api-client", clientId));
    }

    private String form(ApiClientForm form, Model model) {
        model.addAttribute("client", form);
        referenceData(model);
        return "identity/admin/api-client";
    }

    private void referenceData(Model model) {
        List<Permission> grantable = permissions.grantableToApiClients().stream().sorted().toList();
        model.addAttribute("grantableScopes", grantable);
        var allJurisdictions = jurisdictions.findAll();
        var allIndustries = industries.findAll();
        model.addAttribute("jurisdictions", allJurisdictions);
        model.addAttribute("industries", allIndustries);
        model.addAttribute("jurisdictionNames", allJurisdictions.stream().collect(Collectors.toMap(
                j -> j.code().value(), j -> UiFormats.english() ? j.nameEn() : j.name())));
        model.addAttribute("industryNames", allIndustries.stream().collect(Collectors.toMap(
                i -> i.code().value(), i -> UiFormats.english() ? i.nameEn() : i.name())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
