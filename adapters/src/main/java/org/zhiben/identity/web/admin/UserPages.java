package org.zhiben.identity.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
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
import org.zhiben.identity.CurrentActors;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.UserId;
import org.zhiben.identity.Username;
import org.zhiben.identity.application.ChangeUserRoles;
import org.zhiben.identity.application.ChangeUserRolesCommand;
import org.zhiben.identity.application.CreateUser;
import org.zhiben.identity.application.CreateUserCommand;
import org.zhiben.identity.application.DisableUser;
import org.zhiben.identity.application.DisableUserCommand;
import org.zhiben.identity.application.EnableUser;
import org.zhiben.identity.application.EnableUserCommand;
import org.zhiben.identity.application.FindAccounts;
import org.zhiben.identity.application.IssuedPassword;
import org.zhiben.identity.application.ResetPassword;
import org.zhiben.identity.application.ResetPasswordCommand;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.NotFoundException;

/**
 * User administration for the committee office: the accounts, creating one (its one-time password is shown once, on
 * the page that answers the creation, and never again), changing roles and affiliation (and so the data scope),
 * disabling and enabling, resetting the password. Every change goes through the module's use cases, as the API does,
 * which record it in the audit trail.
 */
@PageController
@RequestMapping("/admin/users")
class UserPages {

    static final String MANAGE = "SCOPE_users:manage";
    private static final int PAGE_SIZE = 50;

    private final FindAccounts accounts;
    private final CreateUser createUser;
    private final ChangeUserRoles changeUserRoles;
    private final DisableUser disableUser;
    private final EnableUser enableUser;
    private final ResetPassword resetPassword;
    private final CurrentActors caller;
    private final MemberUnits units;
    private final Jurisdictions jurisdictions;

    UserPages(FindAccounts accounts, CreateUser createUser, ChangeUserRoles changeUserRoles, DisableUser disableUser,
              EnableUser enableUser, ResetPassword resetPassword, CurrentActors caller, MemberUnits units,
              Jurisdictions jurisdictions) {
        this.accounts = accounts;
        this.createUser = createUser;
        this.changeUserRoles = changeUserRoles;
        this.disableUser = disableUser;
        this.enableUser = enableUser;
        this.resetPassword = resetPassword;
        this.caller = caller;
        this.units = units;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping
    String users(@RequestParam(defaultValue = "0") int page, Model model) {
        PageAccess.require(MANAGE);
        int current = Math.max(page, 0);
        long total = accounts.userCount();
        model.addAttribute("users", accounts.users(current, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("lastPage", Math.max(0, (total - 1) / PAGE_SIZE));
        return "identity/admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        PageAccess.require(MANAGE);
        return form(new UserForm(), null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("account") UserForm form, BindingResult result, Model model,
                  HttpServletResponse response) {
        PageAccess.require(MANAGE);
        if (form.getDisplayName() == null || form.getDisplayName().isBlank()) {
            result.rejectValue("displayName", "NotBlank");
        }
        if (form.getUsername() == null || form.getUsername().isBlank()) {
            result.rejectValue("username", "NotBlank");
        }
        requirePickedEnterprise(form, result);
        if (result.hasErrors()) {
            return form(form, null, model);
        }
        IssuedPassword issued;
        try {
            issued = createUser.create(caller.actor(), new CreateUserCommand(
                    RequestValues.convert(form.getUsername(), "username", Username::of), form.getDisplayName(),
                    form.toAssignment()));
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return form(form, null, model);
        }
        return issued(issued, "ui.users.created", model, response);
    }

    @GetMapping("/{id}")
    String user(@PathVariable String id, Model model) {
        PageAccess.require(MANAGE);
        UserAccount account = accounts.user(userId(id));
        return form(UserForm.of(account), account, model);
    }

    @PostMapping("/{id}/assignment")
    String changeAssignment(@PathVariable String id, @Valid @ModelAttribute("account") UserForm form,
                            BindingResult result, Model model, RedirectAttributes redirect) {
        PageAccess.require(MANAGE);
        UserId userId = userId(id);
        UserAccount account = accounts.user(userId);
        form.setUsername(account.username().value());
        form.setDisplayName(account.displayName());
        requirePickedEnterprise(form, result);
        if (result.hasErrors()) {
            return form(form, account, model);
        }
        try {
            changeUserRoles.change(new ChangeUserRolesCommand(caller.actor(), userId, form.toAssignment()));
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return form(form, account, model);
        }
        redirect.addFlashAttribute("success", "ui.users.assignment-changed");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable String id, RedirectAttributes redirect) {
        PageAccess.require(MANAGE);
        return change(id, redirect, "ui.users.disable-done",
                userId -> disableUser.disable(new DisableUserCommand(caller.actor(), userId)));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable String id, RedirectAttributes redirect) {
        PageAccess.require(MANAGE);
        return change(id, redirect, "ui.users.enable-done",
                userId -> enableUser.enable(caller.actor(), new EnableUserCommand(userId)));
    }

    @PostMapping("/{id}/password-reset")
    String resetPassword(@PathVariable String id, Model model, HttpServletResponse response) {
        PageAccess.require(MANAGE);
        return issued(resetPassword.reset(caller.actor(), new ResetPasswordCommand(userId(id))),
                "ui.users.password-reset", model, response);
    }

    private String change(String id, RedirectAttributes redirect, String success,
                          java.util.function.Consumer<UserId> change) {
        try {
            change.accept(userId(id));
            redirect.addFlashAttribute("success", success);
        } catch (NotFoundException missing) {
            throw missing;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.code());
            redirect.addFlashAttribute("failureArguments", refused.arguments().toArray());
        }
        return "redirect:/admin/users/" + id;
    }

    /** An enterprise's safety manager needs the enterprise picked from the picker's list: say so on that field. */
    private static void requirePickedEnterprise(UserForm form, BindingResult result) {
        if (form.getRoles().contains(Role.ENTERPRISE_MANAGER.name())
                && (form.getEnterpriseId() == null || form.getEnterpriseId().isBlank())) {
            result.rejectValue("enterpriseId", "picker.enterprise.none-picked");
        }
    }

    /** The page that shows a one-time password: once, never cached. */
    private String issued(IssuedPassword issued, String message, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("issued", issued);
        model.addAttribute("issuedAccount", accounts.user(issued.userId()));
        model.addAttribute("message", message);
        return "identity/admin/password-issued";
    }

    private String form(UserForm form, UserAccount account, Model model) {
        model.addAttribute("account", form);
        model.addAttribute("existing", account);
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(role -> role != Role.API_CLIENT).toList());
        model.addAttribute("units", units.findAll());
        model.addAttribute("jurisdictions", jurisdictions.findAll());
        return "identity/admin/user";
    }

    private static UserId userId(String id) {
        try {
            return new UserId(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("user", id);
        }
    }
}
