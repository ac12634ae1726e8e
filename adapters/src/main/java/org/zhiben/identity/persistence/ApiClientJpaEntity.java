package org.zhiben.identity.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row of {@code identity.api_client}. Scopes and the parts of the data scope are stored comma-separated. */
@Entity
@Table(schema = "identity", name = "api_client")
class ApiClientJpaEntity {

    @Id
    @Column(name = "client_id")
    private String clientId;
    private String name;
    private String owner;
    private String scopes;
    @Column(name = "scope_prefecture_wide")
    private boolean scopePrefectureWide;
    @Column(name = "scope_jurisdictions")
    private String scopeJurisdictions;
    @Column(name = "scope_industries")
    private String scopeIndustries;
    @Column(name = "scope_enterprise_ids")
    private String scopeEnterpriseIds;
    private boolean enabled;
    @Column(name = "secret_hash")
    private String secretHash;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Version
    private long version;

    protected ApiClientJpaEntity() {
    }

    ApiClientJpaEntity(String clientId, Instant registeredAt) {
        this.clientId = clientId;
        this.registeredAt = registeredAt;
    }

    void update(String name, String owner, String scopes, boolean scopePrefectureWide, String scopeJurisdictions,
                String scopeIndustries, String scopeEnterpriseIds, boolean enabled, String secretHash) {
        this.name = name;
        this.owner = owner;
        this.scopes = scopes;
        this.scopePrefectureWide = scopePrefectureWide;
        this.scopeJurisdictions = scopeJurisdictions;
        this.scopeIndustries = scopeIndustries;
        this.scopeEnterpriseIds = scopeEnterpriseIds;
        this.enabled = enabled;
        this.secretHash = secretHash;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public String getOwner() {
        return owner;
    }

    public String getScopes() {
        return scopes;
    }

    public boolean isScopePrefectureWide() {
        return scopePrefectureWide;
    }

    public String getScopeJurisdictions() {
        return scopeJurisdictions;
    }

    public String getScopeIndustries() {
        return scopeIndustries;
    }

    public String getScopeEnterpriseIds() {
        return scopeEnterpriseIds;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public long getVersion() {
        return version;
    }
}
