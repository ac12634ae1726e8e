package org.zhiben.hazards.storage;

import java.time.Instant;
import java.util.Optional;

/** The first responses given to requests sent with an {@code Idempotency-Key}. */
public interface IdempotentResponses {

    /** The first response given under a key, with a hash of its request. */
    record StoredResponse(String requestHash, int status, String body) {
    }

    Optional<StoredResponse> find(String key);

    /** Stores the first response under the key; false when another request stored one first. */
    boolean store(String key, String requestHash, int status, String body, Instant at);
}
