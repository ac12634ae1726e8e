package org.zhiben.identity.storage;

import java.util.List;
import java.util.Optional;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.ClientId;

/** All registered API clients. */
public interface ApiClients {

    /** Stores a new or changed client and publishes the events it recorded ({@link ApiClient#pullEvents()}). */
    void save(ApiClient client);

    Optional<ApiClient> findByClientId(ClientId clientId);

    boolean existsByClientId(ClientId clientId);

    /** Every client, ordered by client id. */
    List<ApiClient> findAll();
}
