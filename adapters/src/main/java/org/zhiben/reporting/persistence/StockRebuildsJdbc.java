package org.zhiben.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.reporting.StockRebuild;
import org.zhiben.reporting.storage.StockRebuilds;

/** The rebuilds of the stock read model, one row each, their progress written as they go. */
@Component
class StockRebuildsJdbc implements StockRebuilds {

    private static final String COLUMNS = "id, requested_by, started_at, finished_at, status, hazards_total, "
            + "hazards_done, failure";

    private final JdbcTemplate jdbc;

    StockRebuildsJdbc(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(StockRebuild r) {
        jdbc.update("insert into reporting.stock_rebuild (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
                r.requestedBy(), Timestamp.from(r.startedAt()),
                r.finishedAt() == null ? null : Timestamp.from(r.finishedAt()), r.status().name(), r.hazardsTotal(),
                r.hazardsDone(), r.failure());
    }

    @Override
    public Optional<StockRebuild> find(UUID id) {
        return jdbc.query("select " + COLUMNS + ", progressed_at from reporting.stock_rebuild where id = ?", StockRebuildsJdbc::row,
                id).stream().findFirst();
    }

    @Override
    public Optional<StockRebuild> latest() {
        return jdbc.query("select " + COLUMNS + ", progressed_at from reporting.stock_rebuild order by started_at desc limit 1",
                StockRebuildsJdbc::row).stream().findFirst();
    }

    @Override
    public void progress(UUID id, long hazardsDone, Instant at) {
        jdbc.update("update reporting.stock_rebuild set hazards_done = ?, progressed_at = ? where id = ?", hazardsDone,
                Timestamp.from(at), id);
    }

    @Override
    public void finish(UUID id, StockRebuild.Status status, Instant at, String failure) {
        jdbc.update("update reporting.stock_rebuild set status = ?, finished_at = ?, failure = ? where id = ?",
                status.name(), Timestamp.from(at), failure, id);
    }

    private static StockRebuild row(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        Timestamp progressed = rs.getTimestamp("progressed_at");
        return new StockRebuild(rs.getObject("id", UUID.class), rs.getString("requested_by"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                StockRebuild.Status.valueOf(rs.getString("status")), rs.getLong("hazards_total"),
                rs.getLong("hazards_done"), rs.getString("failure"), progressed == null ? null : progressed.toInstant());
    }
}
