package org.zhiben.reporting.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.SubmissionId;
import org.zhiben.reporting.SubmissionRevision;
import org.zhiben.reporting.SubmissionStatus;
import org.zhiben.reporting.WrittenContents;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

/**
 * A reporting unit's submissions, whatever the kind of report: the unit prepares a draft of a report the calendar
 * requires (a generated kind, 附表1, from the figures for its scope, never typed in; another kind with the content the
 * unit writes), edits it and its remarks, submits it (frozen as revision 1), corrects it or resubmits it after a return
 * as a new revision with a reason; the committee office accepts it or returns it with reasons. Every change checks the
 * version the caller read and is audited.
 */
public class SubmitReports {

    public static final String PREPARED = "submission.prepared";
    public static final String EDITED = "submission.edited";
    public static final String SUBMITTED = "submission.submitted";
    public static final String RESUBMITTED = "submission.resubmitted";
    public static final String CORRECTED = "submission.corrected";
    public static final String ACCEPTED = "submission.accepted";
    public static final String RETURNED = "submission.returned";

    /**
     * A report to prepare.
     *
     * @param unit    the unit, or null for the caller's own
     * @param content the content, for a kind of report the unit writes; null for a generated kind
     */
    public record Prepare(UnitCode unit, ReportKind kind, String period, String content, String remarks) {

        public Prepare {
            Require.notNull(kind, "kind");
            Require.notNull(period, "period");
        }
    }

    private final ReportingStore store;
    private final List<WrittenContents> written;

    public SubmitReports(ReportingStore store) {
        this(store, List.of());
    }

    /**
     * @param written what checks the content of the kinds the unit writes and attaches what they carry when submitted
     *                (the quarterly progress and yearly summary: the task ledger's standing per key task)
     */
    public SubmitReports(ReportingStore store, List<WrittenContents> written) {
        this.store = store;
        this.written = List.copyOf(written);
    }

    /** A draft of a report the calendar requires, for the caller's own unit (a unit has one per report). */
    public Submission prepare(Prepare command) {
        UnitCode unit = store.unitToReportFor(command.unit());
        ReportingPeriod period = store.period(command.kind(), command.period());
        if (store.submissions().find(unit, period.kind(), period.period()).isPresent()) {
            throw new RuleViolationException("reporting.submission.exists",
                    "the unit has prepared this report already", period.kind().name(), period.period());
        }
        Submission draft = Submission.prepare(SubmissionId.newId(), unit, period,
                content(unit, period, command.content()), command.remarks(), store.now(),
                store.caller().username());
        Submission stored = store.store(draft);
        store.audit(stored, PREPARED, null, "due=" + period.due());
        return stored;
    }

    /** Replaces a draft's (or a returned report's) content and remarks; a generated content is generated anew. */
    public Submission edit(SubmissionId id, long expectedVersion, String content, String remarks) {
        Submission submission = store.own(id, expectedVersion);
        submission.editDraft(content(submission.unit(), submission.period(), content), remarks);
        Submission stored = store.store(submission);
        store.audit(stored, EDITED, null, null);
        return stored;
    }

    /**
     * Submits a draft (revision 1), or resubmits a returned report with the reason of its new revision; a kind that
     * carries what it is submitted with (the quarterly progress and yearly summary: the ledger's standing per key task
     * on the reporting date) has it attached now and frozen with the revision.
     */
    public Submission submit(SubmissionId id, long expectedVersion, String reason) {
        Submission submission = store.own(id, expectedVersion);
        boolean resubmission = submission.status() == SubmissionStatus.RETURNED;
        if (submission.status() == SubmissionStatus.DRAFT || resubmission) {
            Optional<WrittenContents> checks = written(submission.kind());
            if (checks.isPresent()) {
                submission.editDraft(checks.get().submitted(submission.unit(), submission.period(),
                        submission.content(), store.today()), submission.remarks());
            }
        }
        SubmissionRevision revision = submission.submit(reason, store.now(), store.caller().username());
        Submission stored = store.store(submission);
        store.audit(stored, resubmission ? RESUBMITTED : SUBMITTED, revision.reason(),
                "revision=" + revision.number() + ";digest=" + revision.digest());
        return stored;
    }

    /**
     * Corrects a submitted report: the corrected content (generated anew for a generated kind; for a kind that carries
     * what it is submitted with, such as the ledger's standing per key task, the typed content or else the latest, with
     * that attached anew) becomes the next revision, with its reason, and waits for the committee office again.
     */
    public Submission correct(SubmissionId id, long expectedVersion, String content, String remarks, String reason) {
        Submission submission = store.own(id, expectedVersion);
        Optional<WrittenContents> checks = written(submission.kind());
        String corrected;
        if (checks.isPresent()) {
            String draft = checks.get().draft(submission.unit(), submission.period(),
                    content == null ? submission.content() : content, store.today());
            corrected = checks.get().submitted(submission.unit(), submission.period(), draft, store.today());
        } else {
            corrected = content(submission.unit(), submission.period(), content);
        }
        SubmissionRevision revision = submission.correct(corrected, remarks, reason, store.now(),
                store.caller().username());
        Submission stored = store.store(submission);
        store.audit(stored, CORRECTED, revision.reason(),
                "revision=" + revision.number() + ";digest=" + revision.digest());
        return stored;
    }

    /** The committee office accepts the latest revision. */
    public Submission accept(SubmissionId id, long expectedVersion) {
        Submission submission = store.toReview(id, expectedVersion);
        submission.accept(store.now(), store.caller().username());
        Submission stored = store.store(submission);
        store.audit(stored, ACCEPTED, null, "revision=" + stored.latest().orElseThrow().number());
        return stored;
    }

    /** The committee office returns the latest revision with its reasons. */
    public Submission returnWith(SubmissionId id, long expectedVersion, String reason) {
        Submission submission = store.toReview(id, expectedVersion);
        submission.returnWith(reason, store.now(), store.caller().username());
        Submission stored = store.store(submission);
        store.audit(stored, RETURNED, submission.returnReason().orElse(null),
                "revision=" + stored.latest().orElseThrow().number());
        return stored;
    }

    /** A submission the caller may read (its own unit's; every unit's for the committee office), else 404. */
    public Submission find(SubmissionId id) {
        return store.readable(id);
    }

    /** One revision exactly as it was submitted, else 404. */
    public SubmissionRevision revision(SubmissionId id, int number) {
        return find(id).revision(number)
                .orElseThrow(() -> new NotFoundException("submission-revision", id + "/" + number));
    }

    /**
     * The submissions the caller may read, the latest due first: its own unit's, or (committee office) every unit's
     * or the named unit's; optionally of one kind and status.
     */
    public List<Submission> list(UnitCode unit, ReportKind kind, SubmissionStatus status) {
        UnitCode shown;
        if (store.seesAllUnits()) {
            shown = unit;
        } else {
            shown = store.ownUnit().orElse(null);
            if (shown == null || unit != null && !unit.equals(shown)) {
                return List.of();
            }
        }
        return store.submissions().search(shown, kind, status).stream()
                .sorted(Comparator.comparing((Submission s) -> s.period().due()).reversed()
                        .thenComparing(s -> s.unit().value()))
                .toList();
    }

    /** The committee office's review inbox: every submitted report waiting for its decision, the earliest due first. */
    public List<Submission> awaitingReview() {
        if (!store.seesAllUnits()) {
            return List.of();
        }
        return store.submissions().search(null, null, SubmissionStatus.SUBMITTED).stream()
                .sorted(Comparator.comparing((Submission s) -> s.period().due()).thenComparing(s -> s.unit().value()))
                .toList();
    }

    /** Whether this kind of report is generated (never typed in). */
    public boolean generated(ReportKind kind) {
        return store.generator(kind).isPresent();
    }

    private String content(UnitCode unit, ReportingPeriod period, String typed) {
        var generator = store.generator(period.kind());
        if (generator.isPresent()) {
            if (typed != null) {
                throw new InvalidValueException("content", "reporting.submission.generated",
                        "this report is generated from the figures, never typed in", period.kind().name());
            }
            return generator.get().generate(unit, period);
        }
        if (period.kind().generated()) {
            throw new RuleViolationException("reporting.submission.no-figures",
                    "the figures this report is generated from are not available", period.kind().name());
        }
        Optional<WrittenContents> checks = written(period.kind());
        if (checks.isPresent()) {
            return checks.get().draft(unit, period, typed, store.today());
        }
        return typed == null ? "" : typed;
    }

    private Optional<WrittenContents> written(ReportKind kind) {
        return written.stream().filter(w -> w.writes(kind)).findFirst();
    }
}
