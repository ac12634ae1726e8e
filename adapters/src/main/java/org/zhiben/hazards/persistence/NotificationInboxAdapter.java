package org.zhiben.hazards.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardNotice;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.hazards.HazardNotifications;
import org.zhiben.hazards.Inbox;
import org.zhiben.hazards.storage.HazardInbox;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-app inbox ({@code hazards.notification}). Notices to an enterprise's principal and actual controller about its
 * hazards are given by the hazards' own listeners ({@link HazardNotifications}), once per event and recipient role;
 * other modules post notices to an enterprise or to a unit ({@link Inbox}), once per key. Both kinds are stored with a
 * key (unique), so a second delivery or post inserts nothing. A notice to an enterprise keeps the enterprise's
 * jurisdiction and industry, so that a reader's inbox is filtered by data scope in SQL; a notice to a unit is read by
 * the users of that unit. Nothing personal is stored here or logged. Who has read which notice is kept per user in
 * {@code hazards.notification_read}.
 */
@Component(NotificationInboxAdapter.BEAN_NAME)
class NotificationInboxAdapter implements HazardNotifications, HazardInbox, Inbox {

    /** The name of the inbox channel's bean. */
    public static final String BEAN_NAME = "hazardNotificationInbox";

    private static final TypeReference<TreeMap<String, String>> PARAMS = new TypeReference<>() { };
    private static final String COLUMNS = "n.id, n.recipient_role, n.enterprise_id, n.unit_code, n.hazard_id, n.kind, "
            + "n.params, n.message_code, n.arguments, n.link, n.created_at";
    private static final String INSERT = "insert into hazards.notification (id, post_key, recipient_role, "
            + "enterprise_id, unit_code, hazard_id, kind, params, message_code, arguments, link, created_at, event_id, "
            + "jurisdiction, industry) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?, ?) "
            + "on conflict do nothing";

    private final JdbcTemplate jdbc;
    private final Enterprises enterprises;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    NotificationInboxAdapter(JdbcTemplate jdbc, Enterprises enterprises, Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    @Override
    public void notify(HazardNotice notice) {
        jdbc.update(INSERT, UUID.randomUUID(), "hazards.notice:" + notice.eventId() + ":" + notice.recipientRole(),
                notice.recipientRole().name(), notice.enterpriseId(), null, notice.hazardId().value(),
                notice.kind().name(), json.writeValueAsString(new TreeMap<>(notice.params())),
                "inbox.kind." + notice.kind().name(), "[]", null, Timestamp.from(clock.instant()), notice.eventId(),
                notice.jurisdiction() == null ? null : notice.jurisdiction().value(),
                notice.industry() == null ? null : notice.industry().value());
    }

    @Override
    public boolean post(Post post) {
        UUID enterpriseId = null;
        String unit = null;
        String jurisdiction = null;
        String industry = null;
        if (post.to() instanceof ToEnterprise to) {
            Enterprise enterprise = enterprises.findById(new EnterpriseId(to.enterpriseId()))
                    .orElseThrow(() -> new NotFoundException("enterprise", to.enterpriseId()));
            enterpriseId = to.enterpriseId();
            jurisdiction = enterprise.jurisdiction() == null ? null : enterprise.jurisdiction().value();
            industry = enterprise.industry() == null ? null : enterprise.industry().value();
        } else if (post.to() instanceof ToUnit to) {
            unit = to.unit().value();
        }
        return jdbc.update(INSERT, UUID.randomUUID(), post.key(), null, enterpriseId, unit,
                post.hazard() == null ? null : post.hazard().value(), null, "{}", post.messageCode(),
                arguments(post.arguments()), post.link(), Timestamp.from(clock.instant()), null, jurisdiction,
                industry) == 1;
    }

    @Override
    public List<Notice> forEnterprise(UUID enterpriseId) {
        return jdbc.query("select " + COLUMNS + ", null from hazards.notification n where n.enterprise_id = ? "
                + "order by n.created_at desc, n.id", (rs, i) -> notice(rs), enterpriseId);
    }

    @Override
    public List<Notice> forReader(Reader reader, int limit) {
        Scoped where = where(reader);
        List<Object> args = new ArrayList<>();
        args.add(reader.username());
        args.addAll(where.args());
        args.add(limit);
        return jdbc.query("select " + COLUMNS + ", r.read_at from hazards.notification n "
                + "left join hazards.notification_read r on r.notification_id = n.id and r.username = ? "
                + "where " + where.sql() + " order by n.created_at desc, n.id limit ?",
                (rs, i) -> notice(rs), args.toArray());
    }

    @Override
    public long unreadCount(Reader reader) {
        Scoped where = where(reader);
        List<Object> args = new ArrayList<>(where.args());
        args.add(reader.username());
        Long count = jdbc.queryForObject("select count(*) from hazards.notification n where " + where.sql()
                + " and not exists (select 1 from hazards.notification_read r where r.notification_id = n.id "
                + "and r.username = ?)", Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    @Override
    public boolean markRead(UUID noticeId, Reader reader, Instant at) {
        Scoped where = where(reader);
        List<Object> args = new ArrayList<>(where.args());
        args.add(noticeId);
        Integer found = jdbc.queryForObject("select count(*) from hazards.notification n where " + where.sql()
                + " and n.id = ?", Integer.class, args.toArray());
        if (found == null || found == 0) {
            return false;
        }
        jdbc.update("insert into hazards.notification_read (notification_id, username, read_at) values (?, ?, ?) "
                + "on conflict do nothing", noticeId, reader.username(), Timestamp.from(at));
        return true;
    }

    @Override
    public int markAllRead(Reader reader, Instant at) {
        Scoped where = where(reader);
        List<Object> args = new ArrayList<>();
        args.add(reader.username());
        args.add(Timestamp.from(at));
        args.addAll(where.args());
        return jdbc.update("insert into hazards.notification_read (notification_id, username, read_at) "
                + "select n.id, ?, ? from hazards.notification n where " + where.sql() + " on conflict do nothing",
                args.toArray());
    }

    /**
     * The reader's inbox as an SQL condition on the notice {@code n}: a notice to an enterprise that any part of the
     * scope covers, or a notice to the reader's unit.
     */
    private static Scoped where(Reader reader) {
        String unit = reader.unit() == null ? null : reader.unit().value();
        DataScope scope = reader.scope();
        if (scope.prefectureWide()) {
            return new Scoped("(n.enterprise_id is not null or n.unit_code = ?)", List.of(nullable(unit)));
        }
        if (scope.isEmpty()) {
            return new Scoped("n.unit_code = ?", List.of(nullable(unit)));
        }
        return new Scoped("((n.enterprise_id is not null and (n.jurisdiction = any (?) or n.industry = any (?) "
                + "or n.enterprise_id = any (?))) or n.unit_code = ?)", List.of(
                new SqlArray("varchar", scope.jurisdictions().stream().map(j -> j.value()).toList()),
                new SqlArray("varchar", scope.industries().stream().map(i -> i.value()).toList()),
                new SqlArray("uuid", scope.enterpriseIds()), nullable(unit)));
    }

    /** A text parameter that may be null (an enterprise's user has no unit: the condition then holds for nothing). */
    private static Object nullable(String value) {
        return new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.VARCHAR, value);
    }

    /** The arguments as JSON: texts and numbers as they are, a date as {@code {"date": "2026-12-02"}}. */
    private String arguments(List<Object> arguments) {
        ArrayNode array = json.createArrayNode();
        for (Object argument : arguments) {
            if (argument instanceof LocalDate date) {
                array.addObject().put("date", date.toString());
            } else if (argument instanceof Number number) {
                array.add(number.longValue());
            } else {
                array.add(argument.toString());
            }
        }
        return json.writeValueAsString(array);
    }

    private List<Object> arguments(String stored) {
        List<Object> arguments = new ArrayList<>();
        for (JsonNode node : json.readTree(stored)) {
            if (node.isObject()) {
                arguments.add(LocalDate.parse(node.get("date").asString()));
            } else if (node.isIntegralNumber()) {
                arguments.add(node.asLong());
            } else {
                arguments.add(node.asString());
            }
        }
        return List.copyOf(arguments);
    }

    private Notice notice(ResultSet rs) throws SQLException {
        String role = rs.getString(2);
        String unit = rs.getString(4);
        String kind = rs.getString(6);
        Timestamp readAt = rs.getTimestamp(12);
        Map<String, String> params = json.readValue(rs.getString(7), PARAMS);
        return new Notice(rs.getObject(1, UUID.class), role == null ? null : EnterpriseContactRole.valueOf(role),
                rs.getObject(3, UUID.class), unit == null ? null : UnitCode.of(unit), rs.getObject(5, UUID.class),
                kind == null ? null : HazardNotificationKind.valueOf(kind), params, rs.getString(8),
                arguments(rs.getString(9)), rs.getString(10), rs.getTimestamp(11).toInstant(),
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
