package org.zhiben.platform.web.ui;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Checks, in a page controller, that the signed-in user holds a permission (an authority such as
 * {@code SCOPE_users:manage}). A refusal becomes Spring Security's 403, shown as the layout's access-denied page.
 */
public final class PageAccess {

    private static final String SCOPE_PREFIX = "SCOPE_";

    private PageAccess() {
    }

    public static void require(String authority) {
        if (!has(authority)) {
            throw new AccessDeniedException("the page needs " + authority);
        }
    }

    public static boolean has(String authority) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    /** The permissions the signed-in user holds, by their scopes (e.g. {@code hazards:read}); none when signed out. */
    public static Set<String> permissions() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(granted -> granted.getAuthority())
                .filter(authority -> authority != null && authority.startsWith(SCOPE_PREFIX))
                .map(authority -> authority.substring(SCOPE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
