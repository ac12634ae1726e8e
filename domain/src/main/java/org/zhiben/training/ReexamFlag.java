package org.zhiben.training;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;

/**
 * A principal who failed the exam at an inspection, flagged for re-examination (task 5: "把企业主要负责人安全培训情况
 * 纳入安全生产执法检查的必查内容，积极推动“逢查必考”"). The flag is due a number of days after the failed exam (kept as
 * data, {@link ReexamRules}); a re-examination passed on or before that day clears it in time, one passed later clears
 * it late, a failed one leaves it open. An open flag is overdue from the day after its due day.
 */
public final class ReexamFlag {

    public static final String ENTITY = "ReexamFlag";

    /** Everything a stored flag holds. */
    public record Snapshot(ReexamFlagId id, UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
            UUID inspectionId, LocalDate failedOn, int score, LocalDate dueBy, ReexamStatus status,
            LocalDate lastAttemptOn, LocalDate reexaminedOn, long version) {
    }

    private Snapshot state;

    private ReexamFlag(Snapshot state) {
        Require.notNull(state.id(), "id");
        Require.notNull(state.enterpriseId(), "enterpriseId");
        Require.notNull(state.jurisdiction(), "jurisdiction");
        Require.notNull(state.failedOn(), "failedOn");
        Require.notNull(state.dueBy(), "dueBy");
        Require.notNull(state.status(), "status");
        this.state = state;
    }

    /** Flags the principal whose exam at the inspection on {@code failedOn} failed, due {@code daysAllowed} later. */
    public static ReexamFlag raise(ReexamFlagId id, UUID enterpriseId, JurisdictionCode jurisdiction,
            IndustryCode industry, UUID inspectionId, LocalDate failedOn, int score, int daysAllowed) {
        if (daysAllowed < 1) {
            throw new InvalidValueException("daysAllowed", "training.reexam.days-invalid",
                    "a re-examination deadline is at least one day", daysAllowed);
        }
        return new ReexamFlag(new Snapshot(id, enterpriseId, jurisdiction, industry,
                Require.notNull(inspectionId, "inspectionId"), failedOn, score, failedOn.plusDays(daysAllowed),
                ReexamStatus.OPEN, null, null, 0));
    }

    public static ReexamFlag restore(Snapshot snapshot) {
        return new ReexamFlag(snapshot);
    }

    /**
     * Records a re-examination on {@code on}: passed on or before the due day, the flag is cleared in time; passed
     * later, it is cleared late; failed, it stays open.
     *
     * @return whether the flag was cleared
     */
    public boolean reexamined(LocalDate on, boolean passed) {
        Require.notNull(on, "on");
        if (state.status() != ReexamStatus.OPEN) {
            throw new RuleViolationException("training.reexam.already-cleared",
                    "the principal has already passed a re-examination", state.reexaminedOn());
        }
        if (!on.isAfter(state.failedOn())) {
            throw new InvalidValueException("on", "training.reexam.before-failure",
                    "a re-examination comes after the failed exam", on, state.failedOn());
        }
        Snapshot s = state;
        ReexamStatus status = !passed ? ReexamStatus.OPEN
                : on.isAfter(s.dueBy()) ? ReexamStatus.CLEARED_LATE : ReexamStatus.CLEARED;
        state = new Snapshot(s.id(), s.enterpriseId(), s.jurisdiction(), s.industry(), s.inspectionId(), s.failedOn(),
                s.score(), s.dueBy(), status, on, passed ? on : null, s.version());
        return passed;
    }

    /** Whether the flag is open after its due day. */
    public boolean overdueOn(LocalDate today) {
        return state.status() == ReexamStatus.OPEN && today.isAfter(state.dueBy());
    }

    /**
     * Whether the principal stands not assessed as qualified on {@code today} — "主要负责人…未依法经考核合格", clause 1
     * of the chemicals and fireworks standards: the flag is open and either a re-examination was failed or the
     * deadline has passed without one passed. A principal still within the deadline who has not yet sat the
     * re-examination, or one who passed it, is not.
     */
    public boolean unqualifiedOn(LocalDate today) {
        return state.status() == ReexamStatus.OPEN && (state.lastAttemptOn() != null || overdueOn(today));
    }

    /** Whether a re-examination was held and failed (the flag is still open after an attempt). */
    public boolean reexamFailed() {
        return state.status() == ReexamStatus.OPEN && state.lastAttemptOn() != null;
    }

    public void requireVersion(long expected) {
        if (state.version() != expected) {
            throw new StaleVersionException(ENTITY, state.id(), expected, state.version());
        }
    }

    public ReexamFlag asStored(long version) {
        Snapshot s = state;
        return new ReexamFlag(new Snapshot(s.id(), s.enterpriseId(), s.jurisdiction(), s.industry(), s.inspectionId(),
                s.failedOn(), s.score(), s.dueBy(), s.status(), s.lastAttemptOn(), s.reexaminedOn(), version));
    }

    public Snapshot snapshot() {
        return state;
    }

    public ReexamFlagId id() {
        return state.id();
    }

    public UUID enterpriseId() {
        return state.enterpriseId();
    }

    public JurisdictionCode jurisdiction() {
        return state.jurisdiction();
    }

    public IndustryCode industry() {
        return state.industry();
    }

    public LocalDate failedOn() {
        return state.failedOn();
    }

    public LocalDate dueBy() {
        return state.dueBy();
    }

    public ReexamStatus status() {
        return state.status();
    }

    public long version() {
        return state.version();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReexamFlag that && state.id().equals(that.state.id());
    }

    @Override
    public int hashCode() {
        return Objects.hash(state.id());
    }

    @Override
    public String toString() {
        return "ReexamFlag[id=" + state.id() + ", status=" + state.status() + ", dueBy=" + state.dueBy() + "]";
    }
}
