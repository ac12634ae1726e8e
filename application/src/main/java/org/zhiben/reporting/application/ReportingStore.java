package org.zhiben.reporting.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.CurrentActors;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingCalendar;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.SubmissionContents;
import org.zhiben.reporting.SubmissionId;
import org.zhiben.reporting.storage.Submissions;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;

/**
 * What the reporting use cases share: the calendar, the reporting units, the caller (a unit acts on its own
 * submissions; a prefecture-wide caller — the committee office — reads and reviews every unit's), loading a submission
 * within that reach (else 404) at the version the caller read (else 412), storing it, the audit entry and the clock.
 */
public final class ReportingStore {

    private final Submissions submissions;
    private final Supplier<ReportingCalendar> calendar;
    private final Supplier<List<UnitCode>> units;
    private final Map<ReportKind, SubmissionContents> contents;
    private final CurrentActors actors;
    private final AuditRecorder audit;
    private final Clock clock;

    /**
     * @param calendar the reporting calendar (the plan's reporting obligations over the campaign's days)
     * @param units    the reporting units, in their order
     * @param contents what generates the content of the kinds of report that are never typed in (附表1)
     */
    public ReportingStore(Submissions submissions, Supplier<ReportingCalendar> calendar,
            Supplier<List<UnitCode>> units, List<SubmissionContents> contents, CurrentActors actors,
            AuditRecorder audit, Clock clock) {
        this.submissions = submissions;
        this.calendar = calendar;
        this.units = units;
        this.contents = contents.stream().collect(Collectors.toUnmodifiableMap(SubmissionContents::kind, c -> c));
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    ReportingCalendar calendar() {
        return calendar.get();
    }

    List<UnitCode> units() {
        return units.get();
    }

    /** The report the calendar requires for this kind and period (else 400). */
    ReportingPeriod period(ReportKind kind, String period) {
        ReportingPeriod.checkPeriod(kind, period);
        return calendar().find(kind, period).orElseThrow(() -> new InvalidValueException("period",
                "reporting.period.not-in-calendar", "the plan requires no such report", kind.name(), period));
    }

    /** What generates this kind's content, if it is generated (never typed in). */
    Optional<SubmissionContents> generator(ReportKind kind) {
        return Optional.ofNullable(contents.get(kind));
    }

    /** Whether the caller reads and reviews every unit's submissions (the committee office: prefecture-wide). */
    boolean seesAllUnits() {
        return actors.scope().prefectureWide();
    }

    /** The caller's own unit, if any. */
    Optional<UnitCode> ownUnit() {
        String unit = actors.actor().unitCode();
        return unit == null || unit.isBlank() ? Optional.empty() : Optional.of(UnitCode.of(unit));
    }

    /** Whether the caller may read this unit's submissions: its own, or every unit's for the committee office. */
    boolean reads(UnitCode unit) {
        return seesAllUnits() || ownUnit().filter(unit::equals).isPresent();
    }

    /** The unit the caller reports for: its own (else 403). */
    UnitCode unitToReportFor(UnitCode unit) {
        UnitCode own = ownUnit().orElseThrow(() -> new AccessRefusedException("the caller belongs to no unit"));
        if (unit != null && !unit.equals(own)) {
            throw new AccessRefusedException("a unit submits its own reports only");
        }
        if (!units().contains(own)) {
            throw new AccessRefusedException("the caller's unit is not a reporting unit");
        }
        return own;
    }

    /** A submission the caller may read (else 404). */
    Submission readable(SubmissionId id) {
        return submissions.findById(id).filter(s -> reads(s.unit()))
                .orElseThrow(() -> new NotFoundException(Submission.ENTITY, id));
    }

    /** One of the caller's own unit's submissions, at the version the caller read (else 404, 403, 412). */
    Submission own(SubmissionId id, long expectedVersion) {
        Submission found = readable(id);
        unitToReportFor(found.unit());
        return atVersion(found, expectedVersion);
    }

    /** A submission the committee office reviews, at the version it read (else 404, 412). */
    Submission toReview(SubmissionId id, long expectedVersion) {
        Submission found = submissions.findById(id).filter(s -> seesAllUnits())
                .orElseThrow(() -> new NotFoundException(Submission.ENTITY, id));
        return atVersion(found, expectedVersion);
    }

    private static Submission atVersion(Submission found, long expectedVersion) {
        if (found.version() != expectedVersion) {
            throw new StaleVersionException(Submission.ENTITY, found.id(), expectedVersion, found.version());
        }
        return found;
    }

    Submission store(Submission submission) {
        return submission.asStored(submissions.save(submission));
    }

    void audit(Submission submission, String action, String reason, String change) {
        audit.record(caller(), Submission.ENTITY, submission.id().toString(), action, reason,
                "unit=" + submission.unit() + ";kind=" + submission.kind() + ";period="
                        + submission.period().period() + (change == null ? "" : ";" + change));
    }

    Submissions submissions() {
        return submissions;
    }

    Actor caller() {
        return actors.actor();
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate dayOf(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }
}
