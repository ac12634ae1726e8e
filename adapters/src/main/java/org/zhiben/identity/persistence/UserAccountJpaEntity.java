package org.zhiben.identity.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code identity.user_account}. Roles are stored comma-separated. */
@Entity
@Table(schema = "identity", name = "user_account")
class UserAccountJpaEntity {

    @Id
    private UUID id;
    private String username;
    @Column(name = "display_name")
    private String displayName;
    private String roles;
    @Column(name = "unit_code")
    private String unitCode;
    @Column(name = "jurisdiction_code")
    private String jurisdictionCode;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    private boolean enabled;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    @Column(name = "consecutive_failed_logins")
    private int consecutiveFailedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected UserAccountJpaEntity() {
    }

    UserAccountJpaEntity(UUID id, String username, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.createdAt = createdAt;
    }

    void update(String displayName, String roles, String unitCode, String jurisdictionCode, UUID enterpriseId,
                boolean enabled, String passwordHash, boolean mustChangePassword, int consecutiveFailedLogins,
                Instant lockedUntil) {
        this.displayName = displayName;
        this.roles = roles;
        this.unitCode = unitCode;
        this.jurisdictionCode = jurisdictionCode;
        this.enterpriseId = enterpriseId;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.consecutiveFailedLogins = consecutiveFailedLogins;
        this.lockedUntil = lockedUntil;
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoles() {
        return roles;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getConsecutiveFailedLogins() {
        return consecutiveFailedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
