package org.zhiben.identity.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.identity.ClientId;
import org.zhiben.identity.RolePermissions;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.DomainEvents;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Permission;
import org.zhiben.shared.StaleVersionException;

/** Registered API clients in {@code identity.api_client}; saving publishes the client's events in the transaction. */
@Component
@Transactional
class ApiClientsAdapter implements ApiClients {

    private final ApiClientRepository repository;
    private final EntityManager entityManager;
    private final DomainEvents events;
    private final Clock clock;
    private final RolePermissions permissions;

    ApiClientsAdapter(ApiClientRepository repository, EntityManager entityManager, DomainEvents events,
                      Clock clock, RolePermissions permissions) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
        this.permissions = permissions;
    }

    @Override
    public void save(ApiClient client) {
        ApiClientJpaEntity entity = repository.findById(client.clientId().value()).orElse(null);
        if (entity == null) {
            entity = new ApiClientJpaEntity(client.clientId().value(), clock.instant());
            copy(client, entity);
            entityManager.persist(entity);
        } else {
            if (entity.getVersion() != client.version()) {
                throw new StaleVersionException("apiClient", client.clientId(), client.version(), entity.getVersion());
            }
            copy(client, entity);
        }
        client.pullEvents().forEach(events::publish);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApiClient> findByClientId(ClientId clientId) {
        return repository.findById(clientId.value()).map(this::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean existsByClientId(ClientId clientId) {
        return repository.existsById(clientId.value());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiClient> findAll() {
        return repository.findAll(Sort.by("clientId")).stream().map(this::toDomain).toList();
    }

    private static void copy(ApiClient client, ApiClientJpaEntity entity) {
        DataScope scope = client.dataScope();
        entity.update(client.name(), client.owner(), Codes.join(client.scopes().stream().map(Permission::scope).toList()),
                scope.prefectureWide(), Codes.join(scope.jurisdictions()), Codes.join(scope.industries()),
                Codes.join(scope.enterpriseIds()), client.isEnabled(), client.secretHash());
    }

    /**
     * A stored scope as a permission. A scope that no module declares (any more) is kept as it was stored, so the
     * client can still be listed and changed: it grants nothing, since no access rule asks for it.
     */
    private Permission storedScope(String scope) {
        return permissions.ofScope(scope).orElseGet(() -> Permission.changing(scope));
    }

    private ApiClient toDomain(ApiClientJpaEntity e) {
        DataScope scope = new DataScope(e.isScopePrefectureWide(),
                Codes.split(e.getScopeJurisdictions(), JurisdictionCode::of),
                Codes.split(e.getScopeIndustries(), IndustryCode::of),
                Codes.split(e.getScopeEnterpriseIds(), UUID::fromString));
        return ApiClient.restore(ClientId.of(e.getClientId()), e.getName(), e.getOwner(),
                Codes.split(e.getScopes(), this::storedScope),
                scope, e.isEnabled(), e.getSecretHash(), e.getVersion());
    }
}
