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
import org.zhiben.identity.application.CreateUserCommand;
import org.zhiben.identity.application.IssuedPassword;
import org.zhiben.identity.web.IdentityRequests.AssignmentRequest;
import org.zhiben.identity.web.IdentityRequests.CreateUserRequest;
import org.zhiben.identity.web.IdentityRequests.IssuedPasswordResponse;
import org.zhiben.identity.web.IdentityRequests.ReasonRequest;
import org.zhiben.identity.web.IdentityRequests.UserResponse;
import org.zhiben.identity.web.IdentityRequests.UsersResponse;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.InvalidValueException;

@RestController
@RequestMapping("/api/v1/identity/users")
@Tag(name = "Users", description = "User accounts, roles and affiliation (committee office administrators only)")
class UserAdministrationController {

    private static final int MAXIMUM_PAGE_SIZE = 200;

    private final IdentityAdministration administration;
    private final CurrentActors caller;

    UserAdministrationController(IdentityAdministration administration, CurrentActors caller) {
        this.administration = administration;
        this.caller = caller;
    }

    @GetMapping
    @Operation(summary = "Accounts ordered by username, one page at a time")
    UsersResponse users(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new InvalidValueException("page", "identity.page-invalid", "the page number starts at 0");
        }
        if (size < 1 || size > MAXIMUM_PAGE_SIZE) {
            throw new InvalidValueException("size", "identity.size-invalid", "a page holds 1 to 200 accounts",
                    MAXIMUM_PAGE_SIZE);
        }
        return new UsersResponse(administration.users(page, size).stream().map(UserResponse::from).toList(),
                administration.userCount(), page, size);
    }

    @GetMapping("/{id}")
    UserResponse user(@PathVariable String id) {
        return UserResponse.from(administration.user(userId(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account", description = "Returns the one-time password ONCE; it must be changed "
            + "at the first login and cannot be read again")
    IssuedPasswordResponse create(@Valid @RequestBody CreateUserRequest request) {
        var command = new CreateUserCommand(RequestValues.convert(request.username(), "username", Username::of),
                request.displayName(), request.assignment().toAssignment());
        return issued(administration.createUser(caller.actor(), command));
    }

    @PutMapping("/{id}/assignment")
    @Operation(summary = "Change the roles and the unit, jurisdiction or enterprise (and so the data scope)")
    UserResponse changeAssignment(@PathVariable String id, @Valid @RequestBody AssignmentRequest request) {
        UserId userId = userId(id);
        administration.changeRoles(caller.actor(), userId, request.toAssignment());
        return UserResponse.from(administration.user(userId));
    }

    @PostMapping("/{id}/disable")
    UserResponse disable(@PathVariable String id, @Valid @RequestBody(required = false) ReasonRequest request) {
        UserId userId = userId(id);
        administration.disableUser(caller.actor(), userId, ReasonRequest.of(request));
        return UserResponse.from(administration.user(userId));
    }

    @PostMapping("/{id}/enable")
    UserResponse enable(@PathVariable String id, @Valid @RequestBody(required = false) ReasonRequest request) {
        UserId userId = userId(id);
        administration.enableUser(caller.actor(), userId, ReasonRequest.of(request));
        return UserResponse.from(administration.user(userId));
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Reset the password to a new one-time password (returned ONCE) and lift a lockout")
    IssuedPasswordResponse resetPassword(@PathVariable String id) {
        return issued(administration.resetPassword(caller.actor(), userId(id)));
    }

    private static IssuedPasswordResponse issued(IssuedPassword issued) {
        return new IssuedPasswordResponse(issued.userId().toString(), issued.oneTimePassword());
    }

    private static UserId userId(String id) {
        return new UserId(IdentityRequests.uuid(id, "id"));
    }
}
