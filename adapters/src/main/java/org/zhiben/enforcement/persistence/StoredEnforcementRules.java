package org.zhiben.enforcement.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.enforcement.CalendarDay;
import org.zhiben.enforcement.DishonestyListPeriods;
import org.zhiben.enforcement.EnforcementRules;
import org.zhiben.enforcement.LegalCatalogue;
import org.zhiben.enforcement.MajorDecisionRule;
import org.zhiben.enforcement.PenaltyRuleVersion;
import org.zhiben.enforcement.ResponsibilityTracing;
import org.zhiben.enforcement.RewardRules;
import org.zhiben.enforcement.RuleKind;
import org.zhiben.enforcement.RuleVersion;
import org.zhiben.enforcement.TipOffDeadlines;
import org.zhiben.enforcement.storage.EnforcementRuleBook;
import org.zhiben.organization.Prefectures;
import org.zhiben.shared.Actor;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.RuleViolationException;

/**
 * The versioned data enforcement decides by, in {@code enforcement.rule_version} (one row per version, its values as a
 * JSONB document; the migration seeds the shipped versions) and the working-day calendar's declared days in
 * {@code enforcement.calendar_day}. Rows are only ever inserted. The catalogue of articles is the shipped one; the
 * prefecture is the loaded plan's.
 */
@Component
class StoredEnforcementRules implements EnforcementRules, EnforcementRuleBook {

    private final JdbcClient jdbc;
    private final Prefectures prefectures;

    StoredEnforcementRules(DataSource dataSource, Prefectures prefectures) {
        this.jdbc = JdbcClient.create(dataSource);
        this.prefectures = prefectures;
    }

    @Override
    public List<PenaltyRuleVersion> penaltyRules() {
        return read(RuleKind.PENALTY_RULE, PenaltyRuleVersion.class);
    }

    @Override
    public List<RewardRules> rewardRules() {
        return read(RuleKind.REWARD, RewardRules.class);
    }

    @Override
    public List<LegalCatalogue> catalogues() {
        return List.of(LegalCatalogue.SHIPPED);
    }

    @Override
    public List<MajorDecisionRule> majorDecisionRules() {
        return read(RuleKind.MAJOR_DECISION, MajorDecisionRule.class);
    }

    @Override
    public List<ResponsibilityTracing> tracingWindows() {
        return read(RuleKind.TRACING, ResponsibilityTracing.class);
    }

    @Override
    public List<TipOffDeadlines> tipOffDeadlines() {
        return read(RuleKind.TIP_OFF_DEADLINES, TipOffDeadlines.class);
    }

    @Override
    public List<DishonestyListPeriods> dishonestyPeriods() {
        return read(RuleKind.DISHONESTY_PERIODS, DishonestyListPeriods.class);
    }

    @Override
    public List<CalendarDay> calendarDays() {
        return jdbc.sql("SELECT day, kind, name FROM enforcement.calendar_day ORDER BY day")
                .query((rs, n) -> new CalendarDay(rs.getDate("day").toLocalDate(),
                        CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    @Override
    public JurisdictionCode prefecture() {
        return prefectures.current().jurisdiction();
    }

    @Override
    public void add(RuleVersion version, Actor by, Instant at) {
        try {
            jdbc.sql("INSERT INTO enforcement.rule_version (kind, scope, effective_from, document, recorded_by, "
                    + "recorded_at) VALUES (:kind, :scope, :from, CAST(:document AS jsonb), :by, :at)")
                    .param("kind", version.kind().name())
                    .param("scope", version.scope() == null ? "" : version.scope().value())
                    .param("from", version.effectiveFrom())
                    .param("document", DocumentRows.JSON.writeValueAsString(version))
                    .param("by", by.username())
                    .param("at", Timestamp.from(at))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new RuleViolationException("enforcement.rules.version-exists",
                    "a version of " + version.kind() + " already starts on " + version.effectiveFrom(),
                    version.kind().label(), version.effectiveFrom());
        }
    }

    @Override
    public void declare(CalendarDay day, Actor by, Instant at) {
        try {
            jdbc.sql("INSERT INTO enforcement.calendar_day (day, kind, name, recorded_by, recorded_at) "
                    + "VALUES (:day, :kind, :name, :by, :at)")
                    .param("day", day.day())
                    .param("kind", day.kind().name())
                    .param("name", day.name())
                    .param("by", by.username())
                    .param("at", Timestamp.from(at))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new RuleViolationException("enforcement.calendar.day-exists",
                    "the day " + day.day() + " is already declared", day.day());
        }
    }

    private <T extends RuleVersion> List<T> read(RuleKind kind, Class<T> type) {
        return jdbc.sql("SELECT document::text FROM enforcement.rule_version WHERE kind = :kind "
                + "ORDER BY scope, effective_from")
                .param("kind", kind.name())
                .query(String.class).list().stream()
                .map(document -> DocumentRows.JSON.readValue(document, type))
                .toList();
    }
}
