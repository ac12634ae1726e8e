package org.zhiben.identity.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.identity.FailedLogin;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.identity.UserId;
import org.zhiben.identity.Username;
import org.zhiben.shared.DomainEvents;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;

/** User accounts in {@code identity.user_account}; saving publishes the account's events in the transaction. */
@Component
@Transactional
class UserAccountsAdapter implements UserAccounts {

    private final UserAccountRepository repository;
    private final EntityManager entityManager;
    private final DomainEvents events;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    UserAccountsAdapter(UserAccountRepository repository, EntityManager entityManager,
                        DomainEvents events, Clock clock, JdbcTemplate jdbc) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    public void save(UserAccount account) {
        UserAccountJpaEntity entity = repository.findById(account.id().value()).orElse(null);
        if (entity == null) {
            entity = new UserAccountJpaEntity(account.id().value(), account.username().value(), clock.instant());
            copy(account, entity);
            entityManager.persist(entity);
        } else {
            if (entity.getVersion() != account.version()) {
                throw new StaleVersionException("user", account.id(), account.version(), entity.getVersion());
            }
            copy(account, entity);
        }
        account.pullEvents().forEach(events::publish);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserAccount> findById(UserId id) {
        return repository.findById(id.value()).map(UserAccountsAdapter::toDomain);
    }

    /**
     * {@link UserAccount#recordFailedLogin}'s rule as one statement: the row is locked while it is read, so logins that
     * fail in parallel queue on it and each sees the count the previous one left.
     */
    @Override
    public FailedLogin recordFailedLogin(UserId id, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        OffsetDateTime until = at.plus(UserAccount.LOCKOUT).atOffset(ZoneOffset.UTC);
        int limit = UserAccount.MAXIMUM_CONSECUTIVE_FAILED_LOGINS;
        List<String> outcome = jdbc.query("""
                WITH before AS (SELECT id, consecutive_failed_logins AS failures, locked_until
                                FROM identity.user_account WHERE id = ? FOR UPDATE)
                UPDATE identity.user_account a
                SET consecutive_failed_logins = CASE WHEN b.locked_until > ? THEN b.failures
                                                     WHEN b.failures + 1 >= ? THEN 0
                                                     ELSE b.failures + 1 END,
                    locked_until = CASE WHEN b.locked_until > ? THEN b.locked_until
                                        WHEN b.failures + 1 >= ? THEN ?
                                        ELSE b.locked_until END
                FROM before b
                WHERE a.id = b.id
                RETURNING CASE WHEN b.locked_until > ? THEN 'ALREADY_LOCKED'
                               WHEN b.failures + 1 >= ? THEN 'LOCKED'
                               ELSE 'COUNTED' END
                """, (rs, row) -> rs.getString(1), id.value(), now, limit, now, limit, until, now, limit);
        if (outcome.isEmpty()) {
            throw new NotFoundException("user", id);
        }
        return FailedLogin.valueOf(outcome.get(0));
    }

    @Override
    public boolean recordSuccessfulLogin(UserId id, Instant at) {
        return jdbc.update("""
                UPDATE identity.user_account SET consecutive_failed_logins = 0, locked_until = NULL
                WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)
                """, id.value(), at.atOffset(ZoneOffset.UTC)) == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(Username username) {
        return repository.findByUsername(username.value()).map(UserAccountsAdapter::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserAccount> findAll(int page, int size) {
        return repository.findAll(PageRequest.of(page, size, Sort.by("username"))).stream()
                .map(UserAccountsAdapter::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean existsByUsername(Username username) {
        return repository.existsByUsername(username.value());
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    private static void copy(UserAccount account, UserAccountJpaEntity entity) {
        RoleAssignment assignment = account.assignment();
        entity.update(account.displayName(), Codes.join(assignment.roles()),
                assignment.unit() == null ? null : assignment.unit().value(),
                assignment.jurisdiction() == null ? null : assignment.jurisdiction().value(),
                assignment.enterpriseId(), account.isEnabled(), account.passwordHash(), account.mustChangePassword(),
                account.consecutiveFailedLogins(), account.lockedUntil());
    }

    static UserAccount toDomain(UserAccountJpaEntity e) {
        RoleAssignment assignment = new RoleAssignment(Codes.split(e.getRoles(), Role::valueOf),
                e.getUnitCode() == null ? null : UnitCode.of(e.getUnitCode()),
                e.getJurisdictionCode() == null ? null : JurisdictionCode.of(e.getJurisdictionCode()),
                e.getEnterpriseId());
        return UserAccount.restore(new UserId(e.getId()), Username.of(e.getUsername()), e.getDisplayName(), assignment,
                e.isEnabled(), e.getPasswordHash(), e.isMustChangePassword(), e.getConsecutiveFailedLogins(),
                e.getLockedUntil(), e.getVersion());
    }
}
