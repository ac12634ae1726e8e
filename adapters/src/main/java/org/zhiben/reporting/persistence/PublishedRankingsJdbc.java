package org.zhiben.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.reporting.MonthlyRanking;
import org.zhiben.reporting.Punctuality;
import org.zhiben.reporting.RankingLine;
import org.zhiben.reporting.storage.PublishedRankings;
import org.zhiben.shared.UnitCode;

/**
 * Published rankings in {@code reporting.ranking} and {@code reporting.ranking_line}: inserted once, refused any update
 * or delete by the database. A second insert of the same month and revision (a concurrent publication) fails on the
 * primary key, which the API answers with 409.
 */
@Component
class PublishedRankingsJdbc implements PublishedRankings {

    private static final String HEAD = "SELECT month, revision, published_at, published_by, note, reason "
            + "FROM reporting.ranking ";

    private final JdbcClient jdbc;

    PublishedRankingsJdbc(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void add(MonthlyRanking r) {
        jdbc.sql("INSERT INTO reporting.ranking (month, revision, published_at, published_by, note, reason) "
                        + "VALUES (:month, :revision, :at, :by, :note, :reason)")
                .param("month", r.month().toString()).param("revision", r.revision())
                .param("at", Timestamp.from(r.publishedAt())).param("by", r.publishedBy())
                .param("note", r.note()).param("reason", r.reason()).update();
        int position = 0;
        for (RankingLine line : r.lines()) {
            jdbc.sql("INSERT INTO reporting.ranking_line (month, revision, position, rank, unit, unit_name, "
                            + "unit_name_en, punctuality, first_submitted_on, clearance_rate, overdue) VALUES (:month, "
                            + ":revision, :position, :rank, :unit, :name, :nameEn, :punctuality, :first, :rate, "
                            + ":overdue)")
                    .param("month", r.month().toString()).param("revision", r.revision())
                    .param("position", ++position).param("rank", line.rank()).param("unit", line.unit().value())
                    .param("name", line.unitName()).param("nameEn", line.unitNameEn())
                    .param("punctuality", line.punctuality().name())
                    .param("first", line.firstSubmittedOn() == null ? null
                            : java.sql.Date.valueOf(line.firstSubmittedOn()))
                    .param("rate", line.clearanceRate()).param("overdue", line.overdue()).update();
        }
    }

    @Override
    public Optional<MonthlyRanking> latest(YearMonth month) {
        return jdbc.sql(HEAD + "WHERE month = :month ORDER BY revision DESC LIMIT 1")
                .param("month", month.toString()).query(PublishedRankingsJdbc::head).optional()
                .map(this::withLines);
    }

    @Override
    public Optional<MonthlyRanking> find(YearMonth month, int revision) {
        return jdbc.sql(HEAD + "WHERE month = :month AND revision = :revision")
                .param("month", month.toString()).param("revision", revision)
                .query(PublishedRankingsJdbc::head).optional().map(this::withLines);
    }

    @Override
    public List<MonthlyRanking> months(int offset, int limit) {
        return jdbc.sql("SELECT DISTINCT ON (month) month, revision, published_at, published_by, note, reason "
                        + "FROM reporting.ranking ORDER BY month DESC, revision DESC OFFSET :offset LIMIT :limit")
                .param("offset", offset).param("limit", limit).query(PublishedRankingsJdbc::head).list();
    }

    @Override
    public long countMonths() {
        return jdbc.sql("SELECT count(DISTINCT month) FROM reporting.ranking").query(Long.class).single();
    }

    @Override
    public List<MonthlyRanking> revisions(YearMonth month) {
        return jdbc.sql(HEAD + "WHERE month = :month ORDER BY revision").param("month", month.toString())
                .query(PublishedRankingsJdbc::head).list();
    }

    private MonthlyRanking withLines(MonthlyRanking head) {
        List<RankingLine> lines = jdbc.sql("SELECT rank, unit, unit_name, unit_name_en, punctuality, "
                        + "first_submitted_on, clearance_rate, overdue FROM reporting.ranking_line "
                        + "WHERE month = :month AND revision = :revision ORDER BY position")
                .param("month", head.month().toString()).param("revision", head.revision())
                .query((rs, n) -> new RankingLine(rs.getInt("rank"), UnitCode.of(rs.getString("unit")),
                        rs.getString("unit_name"), rs.getString("unit_name_en"),
                        Punctuality.valueOf(rs.getString("punctuality")),
                        rs.getDate("first_submitted_on") == null ? null
                                : rs.getDate("first_submitted_on").toLocalDate(),
                        rs.getBigDecimal("clearance_rate"), rs.getLong("overdue")))
                .list();
        return new MonthlyRanking(head.month(), head.revision(), lines, head.publishedAt(), head.publishedBy(),
                head.note(), head.reason());
    }

    private static MonthlyRanking head(ResultSet rs, int n) throws SQLException {
        return new MonthlyRanking(YearMonth.parse(rs.getString("month")), rs.getInt("revision"), List.of(),
                rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"), rs.getString("note"),
                rs.getString("reason"));
    }
}
