-- The first responses to requests sent with an Idempotency-Key, for any module's POST (was hazards.idempotency_key,
-- for the hazard registration only). The hash covers the method, the path and the raw request body.
CREATE TABLE idempotent_response
(
    key              VARCHAR(200) PRIMARY KEY,
    request_hash     VARCHAR(64)  NOT NULL,
    response_status  INT          NOT NULL,
    response_headers TEXT         NOT NULL,
    response_body    TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL
);

-- Keys given before: their responses are replayed without headers, and a retry is compared with the old hash.
INSERT INTO idempotent_response (key, request_hash, response_status, response_headers, response_body, created_at)
SELECT key, request_hash, response_status, '{}', response_body, created_at FROM hazards.idempotency_key;

DROP TABLE hazards.idempotency_key;
