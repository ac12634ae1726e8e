package org.zhiben.platform.web.idempotency;

import java.time.Instant;
import java.util.Optional;

/** The first responses given to requests sent with an {@code Idempotency-Key}. */
interface IdempotentResponses {

    /** The first response given under a key, with a hash of its request, its headers (JSON) and its body. */
    record StoredResponse(String requestHash, int status, String headers, String body) {
    }

    Optional<StoredResponse> find(String key);

    /** Stores the first response under the key; false when another request stored one first. */
    boolean store(String key, String requestHash, int status, String headers, String body, Instant at);
}
