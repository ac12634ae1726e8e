package org.zhiben.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
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
import org.zhiben.identity.application.RotateApiClientSecret;
import org.zhiben.identity.web.IdentityRequests.ApiClientResponse;
import org.zhiben.identity.web.IdentityRequests.IssuedSecretResponse;
import org.zhiben.identity.web.IdentityRequests.ReasonRequest;
import org.zhiben.identity.web.IdentityRequests.RegisterApiClientRequest;
import org.zhiben.platform.web.RequestValues;

@RestController
@RequestMapping("/api/v1/identity/api-clients")
@Tag(name = "API clients", description = "Other bureaus' systems that obtain access tokens at /oauth2/token with the "
        + "client-credentials grant")
class ApiClientAdministrationController {

    private final FindAccounts accounts;
    private final RegisterApiClient registerApiClient;
    private final DisableApiClient disableApiClient;
    private final EnableApiClient enableApiClient;
    private final RotateApiClientSecret rotateApiClientSecret;
    private final CurrentActors caller;
    private final RolePermissions permissions;

    ApiClientAdministrationController(FindAccounts accounts, RegisterApiClient registerApiClient,
                                      DisableApiClient disableApiClient, EnableApiClient enableApiClient,
                                      RotateApiClientSecret rotateApiClientSecret, CurrentActors caller,
                                      RolePermissions permissions) {
        this.permissions = permissions;
        this.accounts = accounts;
        this.registerApiClient = registerApiClient;
        this.disableApiClient = disableApiClient;
        this.enableApiClient = enableApiClient;
        this.rotateApiClientSecret = rotateApiClientSecret;
        this.caller = caller;
    }

    @GetMapping
    List<ApiClientResponse> clients() {
        return accounts.apiClients().stream().map(ApiClientResponse::from).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a system with explicit scopes and data scope",
            description = "Returns the client secret ONCE; it is not stored and cannot be read again")
    IssuedSecretResponse register(@Valid @RequestBody RegisterApiClientRequest request) {
        var command = new RegisterApiClientCommand(clientId(request.clientId(), "clientId"), request.name(),
                request.owner(), request.permissions(permissions), request.dataScope().toDataScope());
        return issued(registerApiClient.register(caller.actor(), command));
    }

    @PostMapping("/{clientId}/disable")
    @Operation(summary = "Disable a client: no more tokens, and its current tokens are refused")
    void disable(@PathVariable String clientId, @Valid @RequestBody(required = false) ReasonRequest request) {
        disableApiClient.disable(caller.actor(), new ApiClientCommand(clientId(clientId, "clientId"),
                ReasonRequest.of(request)));
    }

    @PostMapping("/{clientId}/enable")
    void enable(@PathVariable String clientId, @Valid @RequestBody(required = false) ReasonRequest request) {
        enableApiClient.enable(caller.actor(), new ApiClientCommand(clientId(clientId, "clientId"),
                ReasonRequest.of(request)));
    }

    @PostMapping("/{clientId}/secret-rotation")
    @Operation(summary = "Issue a new secret (returned ONCE); the old one stops working")
    IssuedSecretResponse rotate(@PathVariable String clientId) {
        return issued(rotateApiClientSecret.rotate(caller.actor(),
                new ApiClientCommand(clientId(clientId, "clientId"))));
    }

    private static IssuedSecretResponse issued(IssuedSecret issued) {
        return new IssuedSecretResponse(issued.clientId().value(), issued.secret());
    }

    private static ClientId clientId(String value, String field) {
        return RequestValues.convert(value, field, ClientId::of);
    }
}
