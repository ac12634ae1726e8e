package org.zhiben.hazards.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardNotice;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.hazards.HazardNotifications;
import org.zhiben.hazards.storage.HazardInbox;
import org.zhiben.shared.DataScope;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notices to an enterprise's principal and actual controller, kept in an in-app inbox ({@code hazards.notification})
 * that the users whose data scope covers the enterprise read in the application. Nothing personal is stored here or
 * logged: the inbox addresses the recipient by role and enterprise. A notice is stored once per event and recipient
 * role (a unique index; a second delivery of the same event inserts nothing). Who has read which notice is kept per
 * user in {@code hazards.notification_read}.
 */
@Component(NotificationInboxAdapter.BEAN_NAME)
class NotificationInboxAdapter implements HazardNotifications, HazardInbox {

    /** The name of the inbox channel's bean. */
    public static final String BEAN_NAME = "hazardNotificationInbox";

    private static final TypeReference<TreeMap<String, String>> PARAMS = new TypeReference<>() { };
    private static final String COLUMNS = "n.id, n.recipient_role, n.enterprise_id, n.hazard_id, n.kind, n.params, "
            + "n.created_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    NotificationInboxAdapter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void notify(HazardNotice notice) {
        jdbc.update("insert into hazards.notification (id, recipient_role, enterprise_id, hazard_id, kind, params, "
                        + "created_at, event_id, jurisdiction, industry) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) "
                        + "on conflict (event_id, recipient_role) do nothing",
                UUID.randomUUID(), notice.recipientRole().name(), notice.enterpriseId(), notice.hazardId().value(),
                notice.kind().name(), json.writeValueAsString(new TreeMap<>(notice.params())),
                Timestamp.from(clock.instant()), notice.eventId(),
                notice.jurisdiction() == null ? null : notice.jurisdiction().value(),
                notice.industry() == null ? null : notice.industry().value());
    }

    @Override
    public List<Notice> forEnterprise(UUID enterpriseId) {
        return jdbc.query("select " + COLUMNS + ", n.read_at from hazards.notification n where n.enterprise_id = ? "
                + "order by n.created_at desc, n.id", (rs, i) -> notice(rs), enterpriseId);
    }

    @Override
    public List<Notice> forReader(DataScope scope, String username, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Scoped where = where(scope);
        List<Object> args = new ArrayList<>();
        args.add(username);
        args.addAll(where.args());
        args.add(limit);
        return jdbc.query("select " + COLUMNS + ", r.read_at from hazards.notification n "
                + "left join hazards.notification_read r on r.notification_id = n.id and r.username = ? "
                + "where " + where.sql() + " order by n.created_at desc, n.id limit ?",
                (rs, i) -> notice(rs), args.toArray());
    }

    @Override
    public long unreadCount(DataScope scope, String username) {
        if (scope.isEmpty()) {
            return 0;
        }
        Scoped where = where(scope);
        List<Object> args = new ArrayList<>(where.args());
        args.add(username);
        Long count = jdbc.queryForObject("select count(*) from hazards.notification n where " + where.sql()
                + " and not exists (select 1 from hazards.notification_read r where r.notification_id = n.id "
                + "and r.username = ?)", Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    @Override
    public boolean markRead(UUID noticeId, DataScope scope, String username, Instant at) {
        if (scope.isEmpty()) {
            return false;
        }
        Scoped where = where(scope);
        List<Object> args = new ArrayList<>(where.args());
        args.add(noticeId);
        Integer found = jdbc.queryForObject("select count(*) from hazards.notification n where " + where.sql()
                + " and n.id = ?", Integer.class, args.toArray());
        if (found == null || found == 0) {
            return false;
        }
        jdbc.update("insert into hazards.notification_read (notification_id, username, read_at) values (?, ?, ?) "
                + "on conflict do nothing", noticeId, username, Timestamp.from(at));
        return true;
    }

    @Override
    public int markAllRead(DataScope scope, String username, Instant at) {
        if (scope.isEmpty()) {
            return 0;
        }
        Scoped where = where(scope);
        List<Object> args = new ArrayList<>();
        args.add(username);
        args.add(Timestamp.from(at));
        args.addAll(where.args());
        return jdbc.update("insert into hazards.notification_read (notification_id, username, read_at) "
                + "select n.id, ?, ? from hazards.notification n where " + where.sql() + " on conflict do nothing",
                args.toArray());
    }

    /** The scope as an SQL condition on the notice {@code n}: any part of the scope covering it lets it through. */
    private static Scoped where(DataScope scope) {
        if (scope.prefectureWide()) {
            return new Scoped("true", List.of());
        }
        return new Scoped("(n.jurisdiction = any (?) or n.industry = any (?) or n.enterprise_id = any (?))", List.of(
                new SqlArray("varchar", scope.jurisdictions().stream().map(j -> j.value()).toList()),
                new SqlArray("varchar", scope.industries().stream().map(i -> i.value()).toList()),
                new SqlArray("uuid", scope.enterpriseIds())));
    }

    private Notice notice(ResultSet rs) throws SQLException {
        Timestamp readAt = rs.getTimestamp(8);
        return new Notice(rs.getObject(1, UUID.class), EnterpriseContactRole.valueOf(rs.getString(2)),
                rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), HazardNotificationKind.valueOf(rs.getString(5)),
                json.readValue(rs.getString(6), PARAMS), rs.getTimestamp(7).toInstant(),
                readAt == null ? null : readAt.toInstant());
    }

    private record Scoped(String sql, List<Object> args) {
    }

    /** A PostgreSQL array parameter, created on the statement's own connection. */
    private record SqlArray(String type, Collection<?> values) implements org.springframework.jdbc.support.SqlValue {

        @Override
        public void setValue(java.sql.PreparedStatement ps, int index) throws SQLException {
            Connection connection = ps.getConnection();
            Array array = connection.createArrayOf(type, values.toArray());
            ps.setArray(index, array);
        }

        @Override
        public void cleanup() {
        }
    }
}
