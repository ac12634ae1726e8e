package org.zhiben.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Permission;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * Another bureau's system that calls the API (“推动重大事故隐患信息共享集中”). It is granted explicit scopes — read
 * scopes and reporting hazards only ({@link Permission#isGrantableToApiClients()}); never managing users, reading
 * the audit trail or a whistleblower's identity — and an explicit, non-empty {@link DataScope}. Its secret is held
 * only as an opaque hash.
 */
public final class ApiClient {

    public static final int NAME_MAXIMUM_LENGTH = 100;

    private final ClientId clientId;
    private final String name;
    private final String owner;
    private final Set<Permission> scopes;
    private final DataScope dataScope;
    private boolean enabled;
    private String secretHash;
    private final long version;
    private final List<DomainEvent> events = new ArrayList<>();

    private ApiClient(ClientId clientId, String name, String owner, Set<Permission> scopes, DataScope dataScope,
                      boolean enabled, String secretHash, long version) {
        this.clientId = Require.notNull(clientId, "clientId");
        this.name = Require.maxLength(Require.notBlank(name, "name"), NAME_MAXIMUM_LENGTH, "name");
        this.owner = Require.maxLength(Require.notBlank(owner, "owner"), NAME_MAXIMUM_LENGTH, "owner");
        this.scopes = Collections.unmodifiableSortedSet(new TreeSet<>(Require.notEmpty(scopes, "scopes")));
        this.dataScope = Require.notNull(dataScope, "dataScope");
        this.enabled = enabled;
        this.secretHash = Require.notBlank(secretHash, "secretHash");
        this.version = version;
    }

    /**
     * Registers an enabled client.
     *
     * @param owner the unit or bureau that owns the system, e.g. 自治州公安局
     */
    public static ApiClient register(ClientId clientId, String name, String owner, Set<Permission> scopes,
                                     DataScope dataScope, String secretHash, Instant at) {
        Require.notEmpty(scopes, "scopes");
        for (Permission scope : scopes) {
            if (!scope.isGrantableToApiClients()) {
                throw new InvalidValueException("scopes", "identity.api-client.scope-not-grantable",
                        "an API client cannot be granted the scope " + scope.scope(), scope.scope());
            }
        }
        if (Require.notNull(dataScope, "dataScope").isEmpty()) {
            throw new InvalidValueException("dataScope", "identity.api-client.data-scope-required",
                    "an API client must be granted a data scope that sees something");
        }
        ApiClient client = new ApiClient(clientId, name, owner, scopes, dataScope, true, secretHash, 0);
        client.events.add(new ApiClientRegistered(DomainEvent.newEventId(), clientId, client.scopes, dataScope, at));
        return client;
    }

    /** Rebuilds a client from storage, as it was saved; records no event. */
    public static ApiClient restore(ClientId clientId, String name, String owner, Set<Permission> scopes,
                                    DataScope dataScope, boolean enabled, String secretHash, long version) {
        return new ApiClient(clientId, name, owner, scopes, dataScope, enabled, secretHash, version);
    }

    public void disable(Instant at) {
        if (!enabled) {
            throw new RuleViolationException("identity.api-client.already-disabled",
                    "the API client is already disabled");
        }
        enabled = false;
        events.add(new ApiClientDisabled(DomainEvent.newEventId(), clientId, at));
    }

    public void enable(Instant at) {
        if (enabled) {
            throw new RuleViolationException("identity.api-client.already-enabled",
                    "the API client is already enabled");
        }
        enabled = true;
        events.add(new ApiClientEnabled(DomainEvent.newEventId(), clientId, at));
    }

    /** Replaces the secret (given as its hash). */
    public void rotateSecret(String newSecretHash, Instant at) {
        secretHash = Require.notBlank(newSecretHash, "secretHash");
        events.add(new ApiClientSecretRotated(DomainEvent.newEventId(), clientId, at));
    }

    /** Whether the client was granted the permission (and is enabled). */
    public boolean permits(Permission permission) {
        return enabled && scopes.contains(permission);
    }

    /** The events recorded since the last call, oldest first; the list is then emptied. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public ClientId clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public String owner() {
        return owner;
    }

    public Set<Permission> scopes() {
        return scopes;
    }

    public DataScope dataScope() {
        return dataScope;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String secretHash() {
        return secretHash;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiClient that && clientId.equals(that.clientId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId);
    }

    @Override
    public String toString() {
        return "ApiClient[" + clientId + "]";
    }
}
