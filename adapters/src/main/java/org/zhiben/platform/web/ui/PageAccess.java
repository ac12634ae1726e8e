package org.zhiben.platform.web.ui;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Checks, in a page controller, that the signed-in user holds a permission (an authority such as
 * {@code SCOPE_users:manage}). A refusal becomes Spring Security's 403, shown as the layout's access-denied page.
 */
public final class PageAccess {

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
}
