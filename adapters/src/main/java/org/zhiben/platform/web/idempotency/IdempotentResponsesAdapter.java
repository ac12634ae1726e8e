package org.zhiben.platform.web.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The first responses to requests with an {@code Idempotency-Key}, in {@code idempotent_response}. */
@Component
class IdempotentResponsesAdapter implements IdempotentResponses {

    private final JdbcTemplate jdbc;

    IdempotentResponsesAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredResponse> find(String key) {
        List<StoredResponse> found = jdbc.query("select request_hash, response_status, response_headers, "
                        + "response_body from idempotent_response where key = ?",
                (rs, i) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)), key);
        return found.stream().findFirst();
    }

    @Override
    public boolean store(String key, String requestHash, int status, String headers, String body, Instant at) {
        return jdbc.update("insert into idempotent_response (key, request_hash, response_status, response_headers, "
                + "response_body, created_at) values (?, ?, ?, ?, ?, ?) on conflict (key) do nothing", key,
                requestHash, status, headers, body, Timestamp.from(at)) == 1;
    }
}
