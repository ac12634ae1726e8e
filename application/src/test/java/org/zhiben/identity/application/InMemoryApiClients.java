package org.zhiben.identity.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.identity.ClientId;
import org.zhiben.shared.DomainEvent;

class InMemoryApiClients implements ApiClients {

    final Map<ClientId, ApiClient> clients = new TreeMap<>();
    final List<DomainEvent> published = new ArrayList<>();

    @Override
    public void save(ApiClient client) {
        clients.put(client.clientId(), client);
        published.addAll(client.pullEvents());
    }

    @Override
    public Optional<ApiClient> findByClientId(ClientId clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    @Override
    public boolean existsByClientId(ClientId clientId) {
        return clients.containsKey(clientId);
    }

    @Override
    public List<ApiClient> findAll() {
        return List.copyOf(clients.values());
    }
}
