package org.zhiben.training.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.platform.persistence.ScopeFilter;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.training.MineRescueGrade;
import org.zhiben.training.RescueTeam;
import org.zhiben.training.storage.RescueTeams;

/**
 * Rescue teams in {@code training.rescue_team}, one per enterprise, with optimistic locking: a change is written at
 * the version it was loaded at, and a row changed meanwhile is refused.
 */
@Component
class RescueTeamsAdapter implements RescueTeams {

    private static final String COLUMNS = "id, enterprise_id, jurisdiction, industry, name, member_count, "
            + "leader_masked_name, equipment, mine_rescue, grade, recorded_by, recorded_at, version";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RescueTeamsAdapter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
    }

    @Override
    public long add(RescueTeam team) {
        RescueTeam.Details d = team.details();
        template.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO training.rescue_team (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
            insert.setObject(1, team.id());
            insert.setObject(2, team.enterpriseId());
            insert.setString(3, team.jurisdiction().value());
            insert.setString(4, team.industry().value());
            insert.setString(5, d.name());
            insert.setInt(6, d.memberCount());
            insert.setString(7, d.leaderMaskedName());
            insert.setArray(8, connection.createArrayOf("text", d.equipment().toArray()));
            insert.setBoolean(9, d.mineRescue());
            insert.setString(10, d.grade() == null ? null : d.grade().name());
            insert.setString(11, team.recordedBy());
            insert.setTimestamp(12, Timestamp.from(team.recordedAt()));
            return insert;
        });
        return 0;
    }

    @Override
    public long update(RescueTeam team, long expectedVersion) {
        RescueTeam.Details d = team.details();
        int updated = template.update(connection -> {
            var update = connection.prepareStatement("UPDATE training.rescue_team SET name = ?, member_count = ?, "
                    + "leader_masked_name = ?, equipment = ?, mine_rescue = ?, grade = ?, recorded_by = ?, "
                    + "recorded_at = ?, version = version + 1 WHERE id = ? AND version = ?");
            update.setString(1, d.name());
            update.setInt(2, d.memberCount());
            update.setString(3, d.leaderMaskedName());
            update.setArray(4, connection.createArrayOf("text", d.equipment().toArray()));
            update.setBoolean(5, d.mineRescue());
            update.setString(6, d.grade() == null ? null : d.grade().name());
            update.setString(7, team.recordedBy());
            update.setTimestamp(8, Timestamp.from(team.recordedAt()));
            update.setObject(9, team.id());
            update.setLong(10, expectedVersion);
            return update;
        });
        if (updated != 1) {
            long actual = jdbc.sql("SELECT version FROM training.rescue_team WHERE id = :id").param("id", team.id())
                    .query(Long.class).optional().orElse(-1L);
            throw new StaleVersionException(RescueTeam.ENTITY, team.id(), expectedVersion, actual);
        }
        return expectedVersion + 1;
    }

    @Override
    public Optional<RescueTeam> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.rescue_team WHERE id = :id").param("id", id)
                .query(RescueTeamsAdapter::team).optional();
    }

    @Override
    public Optional<RescueTeam> findByEnterprise(UUID enterpriseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.rescue_team WHERE enterprise_id = :id")
                .param("id", enterpriseId).query(RescueTeamsAdapter::team).optional();
    }

    @Override
    public List<RescueTeam> search(DataScope scope) {
        ScopeFilter filter = ScopeFilter.of(scope);
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.rescue_team WHERE " + filter.condition()
                + " ORDER BY recorded_at DESC, id").params(filter.params()).query(RescueTeamsAdapter::team).list();
    }

    @Override
    public Set<UUID> withTeam(Collection<UUID> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT enterprise_id FROM training.rescue_team WHERE enterprise_id IN (:ids)")
                .param("ids", List.copyOf(enterpriseIds)).query(UUID.class).list());
    }

    private static RescueTeam team(ResultSet rs, int row) throws SQLException {
        Array equipment = rs.getArray("equipment");
        String grade = rs.getString("grade");
        return RescueTeam.restore(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                JurisdictionCode.of(rs.getString("jurisdiction")), IndustryCode.of(rs.getString("industry")),
                new RescueTeam.Details(rs.getString("name"), rs.getInt("member_count"),
                        rs.getString("leader_masked_name"),
                        Arrays.stream((Object[]) equipment.getArray()).map(String::valueOf).toList(),
                        rs.getBoolean("mine_rescue"), grade == null ? null : MineRescueGrade.valueOf(grade)),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), rs.getLong("version"));
    }
}
