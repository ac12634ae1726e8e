package org.zhiben.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhiben.shared.Actor;

/**
 * Who is acting in the current request, as the domain records it. Outside a request (scheduled jobs) it is
 * {@link Actor#SYSTEM}.
 */
@Component
public class CurrentActor {

    public Actor get() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            Principal principal = request.getUserPrincipal();
            if (principal != null) {
                return new Actor(principal.getName(), "UNKNOWN", null);
            }
        }
        return Actor.SYSTEM;
    }
}
