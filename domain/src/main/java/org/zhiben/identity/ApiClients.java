package org.zhiben.identity;

import java.util.List;
import java.util.Optional;

/** All registered API clients. */
public interface ApiClients {

    /** Stores a new or changed client and publishes the events it recorded ({@link ApiClient#pullEvents()}). */
    void save(ApiClient client);

    Optional<ApiClient> findByClientId(ClientId clientId);

    boolean existsByClientId(ClientId clientId);

    /** Every client, ordered by client id. */
    List<ApiClient> findAll();
}
