package org.zhiben.identity.security;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.zhiben.platform.security.AccessRule;
import org.zhiben.shared.Permission;

/**
 * Security in the OpenAPI document, read from the same rules the API enforces ({@link CombinedAccessRules}): the OAuth2
 * client-credentials scheme with the token endpoint {@code /oauth2/token} and every scope, and on each operation the
 * one scope its rule requires. A bureau's client thus learns from the document alone which scopes to ask for.
 */
@Component
class ApiSecurityDocumentation implements GlobalOpenApiCustomizer {

    static final String SCHEME = "oauth2";
    static final String TOKEN_URL = "/oauth2/token";

    private final CombinedAccessRules accessRules;

    ApiSecurityDocumentation(CombinedAccessRules accessRules) {
        this.accessRules = accessRules;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Scopes scopes = new Scopes();
        for (Permission permission : accessRules.rolePermissions().all()) {
            scopes.addString(permission.scope(), description(permission));
        }
        openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("""
                        Client credentials of a registered API client (HTTP Basic with the client id and secret at \
                        the token endpoint); send the access token as `Authorization: Bearer …`. A client obtains only \
                        the scopes it was granted. With an external issuer configured (ZHIBEN_JWT_ISSUER_URI), tokens \
                        come from that issuer instead, with the same scope names.""")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(TOKEN_URL).scopes(scopes))));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                HttpMethod method = HttpMethod.valueOf(entry.getKey().name());
                Operation operation = entry.getValue();
                Optional<Permission> permission = requiredPermission(method, path);
                if (permission.isPresent()) {
                    operation.setSecurity(List.of(new SecurityRequirement().addList(SCHEME, permission.get().scope())));
                } else {
                    // denied by default; the authorisation matrix test and the document test fail for such a path
                    operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription()
                            + " ") + "No access rule covers this operation: every call is refused (403).");
                }
            }
        });
    }

    /** The permission the rule deciding this operation requires (a path template matches like a concrete path). */
    Optional<Permission> requiredPermission(HttpMethod method, String pathTemplate) {
        return accessRules.ruleFor(method, pathTemplate).map(AccessRule::permission);
    }

    private static String description(Permission permission) {
        return permission.isReadOnly() ? "reads data (changes nothing)" : "changes data";
    }
}
