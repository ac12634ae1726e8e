package org.zhiben.hazards.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.storage.IdempotentResponses;

/** The first responses to requests with an {@code Idempotency-Key}, in {@code hazards.idempotency_key}. */
@Component
class IdempotentResponsesAdapter implements IdempotentResponses {

    private final JdbcTemplate jdbc;

    IdempotentResponsesAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredResponse> find(String key) {
        List<StoredResponse> found = jdbc.query(
                "select request_hash, response_status, response_body from hazards.idempotency_key where key = ?",
                (rs, i) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3)), key);
        return found.stream().findFirst();
    }

    @Override
    public boolean store(String key, String requestHash, int status, String body, Instant at) {
        return jdbc.update("insert into hazards.idempotency_key (key, request_hash, response_status, response_body, "
                + "created_at) values (?, ?, ?, ?, ?) on conflict (key) do nothing", key, requestHash, status, body,
                Timestamp.from(at)) == 1;
    }
}
