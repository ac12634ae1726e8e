package org.zhiben.hazards.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.CheckFrequency;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.PrincipalCheck;
import org.zhiben.hazards.PrincipalCheckId;
import org.zhiben.hazards.PrincipalCheckRule;
import org.zhiben.hazards.storage.PrincipalCheckStore;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The principal's checks and the versions of their rule, in {@code hazards.principal_check*}. */
@Component
class PrincipalCheckStoreAdapter implements PrincipalCheckStore {

    private static final String COLUMNS = "id, enterprise_id, jurisdiction, industry, checked_on, led_by, scope, "
            + "findings, recorded_by, recorded_at, version";

    /** How many enterprises one query asks about. */
    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;

    PrincipalCheckStoreAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(PrincipalCheck check) {
        long version = check.version() + 1;
        jdbc.update("insert into hazards.principal_check (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                check.id().value(), check.enterpriseId(), check.jurisdiction().value(), check.industry().value(),
                Date.valueOf(check.checkedOn()), check.ledBy(), check.scope(), check.findings(), check.recordedBy(),
                Timestamp.from(check.recordedAt()), version);
        for (HazardId hazard : check.hazards()) {
            jdbc.update("insert into hazards.principal_check_hazard (check_id, hazard_id) values (?, ?)",
                    check.id().value(), hazard.value());
        }
        return version;
    }

    @Override
    public Optional<PrincipalCheck> findById(PrincipalCheckId id) {
        return jdbc.query("select " + COLUMNS + " from hazards.principal_check where id = ?", this::row, id.value())
                .stream().findFirst();
    }

    @Override
    public List<PrincipalCheck> findByEnterprise(UUID enterpriseId) {
        return jdbc.query("select " + COLUMNS + " from hazards.principal_check where enterprise_id = ? "
                + "order by checked_on desc, recorded_at desc", this::row, enterpriseId);
    }

    @Override
    public Map<UUID, List<LocalDate>> checkDays(Collection<UUID> enterpriseIds, LocalDate from, LocalDate to) {
        Map<UUID, List<LocalDate>> days = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return days;
        }
        List<UUID> ids = List.copyOf(enterpriseIds);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            List<Object> args = new ArrayList<>(chunk);
            args.add(Date.valueOf(from));
            args.add(Date.valueOf(to));
            jdbc.query("select enterprise_id, checked_on from hazards.principal_check where enterprise_id in ("
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
                            + ") and checked_on between ? and ? order by checked_on",
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> days.computeIfAbsent(
                            rs.getObject("enterprise_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getDate("checked_on").toLocalDate()), args.toArray());
        }
        return days;
    }

    @Override
    public List<PrincipalCheckRule> rules() {
        return jdbc.query("select effective_from, standard_frequency, high_risk_frequency, basis "
                        + "from hazards.principal_check_rule order by effective_from",
                (rs, n) -> new PrincipalCheckRule(rs.getDate("effective_from").toLocalDate(),
                        CheckFrequency.valueOf(rs.getString("standard_frequency")),
                        CheckFrequency.valueOf(rs.getString("high_risk_frequency")), rs.getString("basis")));
    }

    private PrincipalCheck row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<HazardId> hazards = jdbc.query("select hazard_id from hazards.principal_check_hazard where check_id = ? "
                + "order by hazard_id", (h, i) -> new HazardId(h.getObject("hazard_id", UUID.class)), id);
        return PrincipalCheck.restore(new PrincipalCheckId(id), rs.getObject("enterprise_id", UUID.class),
                JurisdictionCode.of(rs.getString("jurisdiction")), IndustryCode.of(rs.getString("industry")),
                rs.getDate("checked_on").toLocalDate(), rs.getString("led_by"), rs.getString("scope"),
                rs.getString("findings"), hazards, rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getLong("version"));
    }
}
