package org.zhiben.identity;

import org.zhiben.identity.storage.UserAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

/**
 * A person's account: who they are to the system (username, display name), what they may do and see (their
 * {@link RoleAssignment}), and whether and how they may log in.
 *
 * <p>The password is held only as an opaque hash made by the adapter's encoder. A new account, and an account whose
 * password an administrator reset, carries a one-time password that must be changed at the next login.
 *
 * <p>Lockout: after {@value #MAXIMUM_CONSECUTIVE_FAILED_LOGINS} consecutive failed logins the account is locked for
 * {@link #LOCKOUT} (15 minutes); failures while locked are not counted; a successful login or a password reset
 * clears the count.
 */
public final class UserAccount {

    public static final int MAXIMUM_CONSECUTIVE_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final int DISPLAY_NAME_MAXIMUM_LENGTH = 50;

    private final UserId id;
    private final Username username;
    private final String displayName;
    private RoleAssignment assignment;
    private boolean enabled;
    private String passwordHash;
    private boolean mustChangePassword;
    private int consecutiveFailedLogins;
    private Instant lockedUntil;
    private final long version;
    private final List<DomainEvent> events = new ArrayList<>();

    private UserAccount(UserId id, Username username, String displayName, RoleAssignment assignment, boolean enabled,
                        String passwordHash, boolean mustChangePassword, int consecutiveFailedLogins,
                        Instant lockedUntil, long version) {
        this.id = Require.notNull(id, "userId");
        this.username = Require.notNull(username, "username");
        this.displayName = Require.maxLength(Require.notBlank(displayName, "displayName"),
                DISPLAY_NAME_MAXIMUM_LENGTH, "displayName");
        this.assignment = Require.notNull(assignment, "assignment");
        this.enabled = enabled;
        this.passwordHash = Require.notBlank(passwordHash, "passwordHash");
        this.mustChangePassword = mustChangePassword;
        this.consecutiveFailedLogins = consecutiveFailedLogins;
        this.lockedUntil = lockedUntil;
        this.version = version;
    }

    /**
     * Creates an enabled account whose password is a one-time password (given here as its hash) that must be
     * changed at the first login.
     */
    public static UserAccount create(UserId id, Username username, String displayName, RoleAssignment assignment,
                                     String oneTimePasswordHash, Instant at) {
        UserAccount account = new UserAccount(id, username, displayName, assignment, true, oneTimePasswordHash, true,
                0, null, 0);
        account.events.add(new UserCreated(DomainEvent.newEventId(), id, assignment.roles(), assignment.unit(), assignment.jurisdiction(),
                assignment.enterpriseId(), at));
        return account;
    }

    /** Rebuilds an account from storage, as it was saved; records no event. */
    public static UserAccount restore(UserId id, Username username, String displayName, RoleAssignment assignment,
                                      boolean enabled, String passwordHash, boolean mustChangePassword,
                                      int consecutiveFailedLogins, Instant lockedUntil, long version) {
        return new UserAccount(id, username, displayName, assignment, enabled, passwordHash, mustChangePassword,
                consecutiveFailedLogins, lockedUntil, version);
    }

    /** Gives the user new roles and/or a new unit, jurisdiction or enterprise; nothing happens when they are equal. */
    public void assign(RoleAssignment newAssignment, Instant at) {
        Require.notNull(newAssignment, "assignment");
        if (newAssignment.equals(assignment)) {
            return;
        }
        assignment = newAssignment;
        events.add(new UserRolesChanged(DomainEvent.newEventId(), id, newAssignment.roles(), newAssignment.unit(),
                newAssignment.jurisdiction(), newAssignment.enterpriseId(), at));
    }

    public void disable(Instant at) {
        if (!enabled) {
            throw new RuleViolationException("identity.user.already-disabled", "the user account is already disabled");
        }
        enabled = false;
        events.add(new UserDisabled(DomainEvent.newEventId(), id, at));
    }

    public void enable(Instant at) {
        if (enabled) {
            throw new RuleViolationException("identity.user.already-enabled", "the user account is already enabled");
        }
        enabled = true;
        events.add(new UserEnabled(DomainEvent.newEventId(), id, at));
    }

    /**
     * An administrator set a one-time password (given as its hash): it must be changed at the next login, and the
     * lockout is lifted.
     */
    public void resetPassword(String newPasswordHash, Instant at) {
        passwordHash = Require.notBlank(newPasswordHash, "passwordHash");
        mustChangePassword = true;
        consecutiveFailedLogins = 0;
        lockedUntil = null;
        events.add(new PasswordReset(DomainEvent.newEventId(), id, at));
    }

    /** The user chose a new password (given as its hash; the policy was checked on the raw password). */
    public void changePassword(String newPasswordHash, Instant at) {
        requireEnabled();
        passwordHash = Require.notBlank(newPasswordHash, "passwordHash");
        mustChangePassword = false;
        events.add(new PasswordChanged(DomainEvent.newEventId(), id, at));
    }

    /**
     * A login failed (wrong password); the fifth consecutive failure locks the account for 15 minutes. The store applies
     * this same rule atomically to the stored account when logins run in parallel
     * ({@link org.zhiben.identity.storage.UserAccounts#recordFailedLogin}).
     */
    public FailedLogin recordFailedLogin(Instant at) {
        if (isLocked(at)) {
            return FailedLogin.ALREADY_LOCKED;
        }
        consecutiveFailedLogins++;
        if (consecutiveFailedLogins >= MAXIMUM_CONSECUTIVE_FAILED_LOGINS) {
            lockedUntil = at.plus(LOCKOUT);
            consecutiveFailedLogins = 0;
            return FailedLogin.LOCKED;
        }
        return FailedLogin.COUNTED;
    }

    /** A login succeeded: the count of failures starts again. Refused for a disabled or locked account. */
    public void recordSuccessfulLogin(Instant at) {
        requireEnabled();
        if (isLocked(at)) {
            throw new RuleViolationException("identity.user.locked",
                    "the user account is locked after too many failed logins");
        }
        consecutiveFailedLogins = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    /** The events recorded since the last call, oldest first; the list is then emptied. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new RuleViolationException("identity.user.disabled", "the user account is disabled");
        }
    }

    public UserId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public RoleAssignment assignment() {
        return assignment;
    }

    public Set<Role> roles() {
        return assignment.roles();
    }

    /** The unit the user works for; null for an enterprise safety manager. */
    public UnitCode unit() {
        return assignment.unit();
    }

    /** The jurisdiction the user acts for; null when none. */
    public JurisdictionCode jurisdiction() {
        return assignment.jurisdiction();
    }

    /** The enterprise of an enterprise safety manager; null for everyone else. */
    public UUID enterpriseId() {
        return assignment.enterpriseId();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int consecutiveFailedLogins() {
        return consecutiveFailedLogins;
    }

    /** Until when the account is locked; null when it was never locked or the lock was lifted. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** The version the account was loaded with (optimistic locking; the adapter increments it on save). */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAccount that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "UserAccount[" + id + ", " + username + "]";
    }
}
