package org.zhiben.identity.security;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhiben.identity.PasswordReset;
import org.zhiben.identity.UserDisabled;
import org.zhiben.identity.UserId;
import org.zhiben.identity.UserRolesChanged;
import org.zhiben.identity.persistence.SessionGenerations;

/**
 * Ends every session of an account when an administrator disables it, resets its password or changes its roles or
 * affiliation (unit, jurisdiction, enterprise): the account's session generation is raised in the transaction of the
 * change, as the account's event is published, so the change and the end of its sessions commit together. The next
 * request on such a session is signed out by {@link RevokedSessionFilter}.
 */
@Component
class SessionRevocation {

    private final SessionGenerations generations;

    SessionRevocation(SessionGenerations generations) {
        this.generations = generations;
    }

    @EventListener
    void on(UserDisabled disabled) {
        end(disabled.userId());
    }

    @EventListener
    void on(PasswordReset reset) {
        end(reset.userId());
    }

    @EventListener
    void on(UserRolesChanged changed) {
        end(changed.userId());
    }

    private void end(UserId userId) {
        generations.advance(userId.value());
    }
}
