package org.zhiben.identity.application;

import java.time.Clock;
import java.util.Optional;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.PasswordGenerator;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.identity.PasswordPolicy;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.identity.UserId;
import org.zhiben.identity.Username;
import org.zhiben.organization.Prefectures;
import org.zhiben.shared.Actor;
import org.zhiben.shared.UnitCode;

/**
 * Makes a fresh installation usable: when there is no account at all, creates {@code admin}, an administrator of the
 * committee office named by the plan ({@code prefecture.committeeOffice}, Kizilsu's {@code ACO}), with a one-time
 * password that must be changed at the first login. Does nothing when any account exists, so it is safe to run at
 * every start. The creation is recorded as {@code user.created}, by the system.
 */
public class BootstrapAdministrator {

    public static final Username ADMINISTRATOR = Username.of("admin");
    public static final String DISPLAY_NAME = "安委会办公室管理员";

    private final UserAccounts accounts;
    private final PasswordGenerator generator;
    private final PasswordHasher hasher;
    private final Prefectures prefectures;
    private final Clock clock;
    private final AuditRecorder audit;

    public BootstrapAdministrator(UserAccounts accounts, PasswordGenerator generator, PasswordHasher hasher,
                                  Prefectures prefectures, Clock clock, AuditRecorder audit) {
        this.accounts = accounts;
        this.generator = generator;
        this.hasher = hasher;
        this.prefectures = prefectures;
        this.clock = clock;
        this.audit = audit;
    }

    /** The unit of the first administrator: the committee office of the loaded plan. */
    public UnitCode committeeOffice() {
        return prefectures.current().committeeOffice();
    }

    /** The administrator's one-time password when it was created; empty when accounts already existed. */
    public Optional<IssuedPassword> bootstrap(BootstrapAdministratorCommand command) {
        if (accounts.count() > 0) {
            return Optional.empty();
        }
        String oneTimePassword;
        if (command.initialPassword() == null) {
            oneTimePassword = OneTimePasswords.generateFor(generator, ADMINISTRATOR);
        } else {
            PasswordPolicy.check(command.initialPassword(), ADMINISTRATOR);
            oneTimePassword = command.initialPassword();
        }
        UserAccount admin = UserAccount.create(UserId.newId(), ADMINISTRATOR, DISPLAY_NAME,
                RoleAssignment.ofUnit(committeeOffice(), Role.COMMITTEE_ADMIN), hasher.hash(oneTimePassword),
                clock.instant());
        accounts.save(admin);
        audit.record(Actor.SYSTEM, IdentityAudit.USER, admin.id().toString(), "user.created",
                "新安装时创建首个管理员",
                "username=" + ADMINISTRATOR + ";" + IdentityAudit.assignment(admin.assignment()));
        return Optional.of(new IssuedPassword(admin.id(), oneTimePassword));
    }
}
