package org.zhiben.enforcement.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhiben.platform.persistence.ScopeFilter;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.StaleVersionException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One table of aggregates stored as a JSONB document with plain filter columns, and optimistic locking: a save
 * updates the row at the version the aggregate was loaded at and increments it; a row changed meanwhile is refused
 * ({@link StaleVersionException}); a new aggregate is inserted at version 0.
 */
final class DocumentRows {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;
    private final String entity;

    DocumentRows(JdbcClient jdbc, Clock clock, String table, String entity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
        this.entity = entity;
    }

    /**
     * Saves the row {@code id}: the document and the filter {@code columns} (name → value); {@code insertOnly} columns
     * are written only when the row is new.
     *
     * @return the version stored
     */
    long save(UUID id, long version, Object document, Map<String, Object> columns, Map<String, Object> insertOnly) {
        Map<String, Object> values = new LinkedHashMap<>(columns);
        values.put("document", JSON.writeValueAsString(document));
        values.put("updated_at", Timestamp.from(clock.instant()));
        String assignments = values.keySet().stream()
                .map(column -> column + " = " + (column.equals("document") ? "CAST(:document AS jsonb)" : ":" + column))
                .collect(Collectors.joining(", "));
        var update = jdbc.sql("UPDATE " + table + " SET " + assignments
                + ", version = version + 1 WHERE id = :id AND version = :version");
        for (Map.Entry<String, Object> value : values.entrySet()) {
            update = update.param(value.getKey(), value.getValue());
        }
        int updated = update.param("id", id).param("version", version).update();
        if (updated == 1) {
            return version + 1;
        }
        Optional<Long> stored = jdbc.sql("SELECT version FROM " + table + " WHERE id = :id").param("id", id)
                .query(Long.class).optional();
        if (stored.isPresent() || version != 0) {
            throw new StaleVersionException(entity, id, version, stored.orElse(-1L));
        }
        values.putAll(insertOnly);
        String names = String.join(", ", values.keySet());
        String params = values.keySet().stream()
                .map(column -> column.equals("document") ? "CAST(:document AS jsonb)" : ":" + column)
                .collect(Collectors.joining(", "));
        var insert = jdbc.sql("INSERT INTO " + table + " (id, " + names + ", version) VALUES (:id, " + params
                + ", 0)");
        for (Map.Entry<String, Object> value : values.entrySet()) {
            insert = insert.param(value.getKey(), value.getValue());
        }
        insert.param("id", id).update();
        return 0;
    }

    /** The row's document and version, and the extra columns named. */
    record Row(String document, long version, Map<String, Object> columns) {
    }

    Optional<Row> find(UUID id, String... extra) {
        List<Row> rows = select("WHERE id = :id", Map.of("id", id), extra);
        return rows.stream().findFirst();
    }

    List<Row> select(String where, Map<String, Object> params, String... extra) {
        String extraColumns = extra.length == 0 ? "" : ", " + String.join(", ", extra);
        return jdbc.sql("SELECT document::text AS document, version" + extraColumns + " FROM " + table + " " + where)
                .params(params).query((rs, n) -> {
                    Map<String, Object> columns = new LinkedHashMap<>();
                    for (String column : extra) {
                        columns.put(column, rs.getObject(column));
                    }
                    return new Row(rs.getString("document"), rs.getLong("version"), columns);
                }).list();
    }

    /**
     * The rows inside {@code scope}: all when it is prefecture-wide; else those whose jurisdiction, industry or
     * enterprise it names; none when it is empty.
     */
    List<Row> selectInScope(DataScope scope, String orderBy, String... extra) {
        ScopeFilter filter = ScopeFilter.of(scope);
        return select("WHERE " + filter.condition() + " " + orderBy, filter.params(), extra);
    }
}
