package org.zhiben.enforcement.persistence;

import java.sql.Date;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.enforcement.TypicalCase;
import org.zhiben.enforcement.storage.TypicalCases;
import tools.jackson.databind.node.ObjectNode;

/** Typical cases in PostgreSQL ({@code enforcement.typical_case}): the redacted snapshot as a JSONB document. */
@Component
class TypicalCasesAdapter implements TypicalCases {

    private final JdbcClient jdbc;
    private final DocumentRows rows;

    TypicalCasesAdapter(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.rows = new DocumentRows(jdbc, clock, "enforcement.typical_case", TypicalCase.ENTITY);
    }

    @Override
    public void add(TypicalCase typicalCase) {
        rows.save(typicalCase.id(), 0, typicalCase.snapshot(), Map.of(), Map.of(
                "source_id", typicalCase.sourceId(),
                "jurisdiction", typicalCase.jurisdiction().value(),
                "published_on", Date.valueOf(typicalCase.publishedOn())));
    }

    @Override
    public Optional<TypicalCase> findBySource(UUID sourceId) {
        return rows.select("WHERE source_id = :source", Map.of("source", sourceId)).stream().findFirst()
                .map(TypicalCasesAdapter::typicalCase);
    }

    @Override
    public List<TypicalCase> published(int offset, int size) {
        return rows.select("ORDER BY published_on DESC, updated_at DESC, id LIMIT :size OFFSET :offset",
                Map.of("size", size, "offset", offset)).stream().map(TypicalCasesAdapter::typicalCase).toList();
    }

    @Override
    public int count() {
        return jdbc.sql("SELECT count(*) FROM enforcement.typical_case").query(Integer.class).single();
    }

    private static TypicalCase typicalCase(DocumentRows.Row row) {
        ObjectNode node = (ObjectNode) DocumentRows.JSON.readTree(row.document());
        node.put("version", row.version());
        return TypicalCase.restore(DocumentRows.JSON.treeToValue(node, TypicalCase.Snapshot.class));
    }
}
