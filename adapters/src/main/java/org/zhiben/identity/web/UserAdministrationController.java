package org.zhiben.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.identity.CurrentActors;
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
import org.zhiben.identity.web.IdentityRequests.AssignmentRequest;
import org.zhiben.identity.web.IdentityRequests.CreateUserRequest;
import org.zhiben.identity.web.IdentityRequests.IssuedPasswordResponse;
import org.zhiben.identity.web.IdentityRequests.ReasonRequest;
import org.zhiben.identity.web.IdentityRequests.UserResponse;
import org.zhiben.platform.web.PageView;
import org.zhiben.platform.web.RequestValues;

@RestController
@RequestMapping("/api/v1/identity/users")
@Tag(name = "Users", description = "User accounts, roles and affiliation (committee office administrators only)")
class UserAdministrationController {

    private final FindAccounts accounts;
    private final CreateUser createUser;
    private final ChangeUserRoles changeUserRoles;
    private final DisableUser disableUser;
    private final EnableUser enableUser;
    private final ResetPassword resetPassword;
    private final CurrentActors caller;

    UserAdministrationController(FindAccounts accounts, CreateUser createUser, ChangeUserRoles changeUserRoles,
                                 DisableUser disableUser, EnableUser enableUser, ResetPassword resetPassword,
                                 CurrentActors caller) {
        this.accounts = accounts;
        this.createUser = createUser;
        this.changeUserRoles = changeUserRoles;
        this.disableUser = disableUser;
        this.enableUser = enableUser;
        this.resetPassword = resetPassword;
        this.caller = caller;
    }

    @GetMapping
    @Operation(summary = "Accounts ordered by username, one page at a time")
    PageView<UserResponse> users(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageView.of(accounts.users(page, size), UserResponse::from, page, size, accounts.userCount());
    }

    @GetMapping("/{id}")
    UserResponse user(@PathVariable String id) {
        return UserResponse.from(accounts.user(userId(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account", description = "Returns the one-time password ONCE; it must be changed "
            + "at the first login and cannot be read again")
    IssuedPasswordResponse create(@Valid @RequestBody CreateUserRequest request) {
        var command = new CreateUserCommand(RequestValues.convert(request.username(), "username", Username::of),
                request.displayName(), request.assignment().toAssignment());
        return issued(createUser.create(caller.actor(), command));
    }

    @PutMapping("/{id}/assignment")
    @Operation(summary = "Change the roles and the unit, jurisdiction or enterprise (and so the data scope)")
    UserResponse changeAssignment(@PathVariable String id, @Valid @RequestBody AssignmentRequest request) {
        return UserResponse.from(changeUserRoles.change(new ChangeUserRolesCommand(caller.actor(), userId(id),
                request.toAssignment())));
    }

    @PostMapping("/{id}/disable")
    UserResponse disable(@PathVariable String id, @Valid @RequestBody(required = false) ReasonRequest request) {
        return UserResponse.from(disableUser.disable(new DisableUserCommand(caller.actor(), userId(id),
                ReasonRequest.of(request))));
    }

    @PostMapping("/{id}/enable")
    UserResponse enable(@PathVariable String id, @Valid @RequestBody(required = false) ReasonRequest request) {
        return UserResponse.from(enableUser.enable(caller.actor(), new EnableUserCommand(userId(id),
                ReasonRequest.of(request))));
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Reset the password to a new one-time password (returned ONCE) and lift a lockout")
    IssuedPasswordResponse resetPassword(@PathVariable String id) {
        return issued(resetPassword.reset(caller.actor(), new ResetPasswordCommand(userId(id))));
    }

    private static IssuedPasswordResponse issued(IssuedPassword issued) {
        return new IssuedPasswordResponse(issued.userId().toString(), issued.oneTimePassword());
    }

    private static UserId userId(String id) {
        return new UserId(IdentityRequests.uuid(id, "id"));
    }
}
