package org.zhiben.identity.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.RolePermissions;
import org.zhiben.identity.application.AuthenticateUser;
import org.zhiben.identity.application.AuthenticateUserCommand;
import org.zhiben.identity.persistence.SessionGenerations;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.Actor;

/**
 * Form login through the domain's {@link AuthenticateUser}: it counts failures (atomically, so parallel attempts all
 * count) and locks an account for 15 minutes after the fifth in a row; the count is committed even though the login
 * fails. Unknown usernames and wrong passwords get the same answer.
 *
 * <p>Every attempt at an existing account is recorded in the audit trail in the same transaction, on the account
 * (entity {@code user}, its id): {@code user.signed-in} by the user, {@code user.sign-in-failed} (with the outcome:
 * {@code BAD_CREDENTIALS}, {@code LOCKED} or {@code DISABLED}) and, for the failure that locks the account,
 * {@code user.locked}, both by {@link #ANONYMOUS} — the caller is not signed in. An attempt with an unknown username is
 * not recorded: there is no account to name, and the typed name may be anything, even a password.
 */
@Component
class DomainAuthenticationProvider implements AuthenticationProvider {

    static final String USER = "user";
    /** Who makes a login attempt that does not succeed: nobody the application knows. */
    static final Actor ANONYMOUS = new Actor("anonymous", "ANONYMOUS", null);

    private final AuthenticateUser authenticateUser;
    private final Transactions transactions;
    private final SessionGenerations generations;
    private final AuditRecorder audit;
    private final RolePermissions rolePermissions;

    DomainAuthenticationProvider(AuthenticateUser authenticateUser, Transactions transactions,
                                 SessionGenerations generations, AuditRecorder audit,
                                 RolePermissions rolePermissions) {
        this.rolePermissions = rolePermissions;
        this.authenticateUser = authenticateUser;
        this.transactions = transactions;
        this.generations = generations;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        SignedInAttempt attempt = transactions.write(() -> {
            // read before the account is checked: a change committed in between ends the new session at once
            long generation = generations.ofUsername(username).orElse(0);
            var outcome = authenticateUser.authenticate(new AuthenticateUserCommand(username, password));
            if (outcome.userId() != null) {
                String id = outcome.userId().toString();
                if (outcome.succeeded()) {
                    audit.record(SignedInUser.of(outcome.account(), generation, rolePermissions).actor(), USER, id,
                            "user.signed-in", null, null);
                } else {
                    audit.record(ANONYMOUS, USER, id, "user.sign-in-failed", null, "outcome=" + outcome.outcome());
                    if (outcome.lockedNow()) {
                        audit.record(ANONYMOUS, USER, id, "user.locked", null, "locked=true");
                    }
                }
            }
            return new SignedInAttempt(outcome, generation);
        });
        return switch (attempt.outcome().outcome()) {
            case AUTHENTICATED -> {
                SignedInUser user =
                        SignedInUser.of(attempt.outcome().account(), attempt.generation(), rolePermissions);
                yield UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
            }
            case LOCKED -> throw new LockedException("the account is locked after too many failed logins");
            case DISABLED -> throw new DisabledException("the account is disabled");
            case BAD_CREDENTIALS -> throw new BadCredentialsException("bad credentials");
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private record SignedInAttempt(org.zhiben.identity.application.Authentication outcome, long generation) {
    }
}
