package org.zhiben.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

/**
 * A reporting unit's submission of one report to the committee office ("报送自治州安委会办公室"): draft → submitted →
 * accepted, or returned with reasons → resubmitted. The unit prepares the content (附表1 is generated, never typed in),
 * reviews it and adds remarks; once submitted the content is frozen as a {@link SubmissionRevision}. A correction, or a
 * resubmission after a return, is a new revision with a reason; every revision stays as it was submitted.
 */
public final class Submission {

    public static final String ENTITY = "submission";
    static final int MAX_REMARKS = 2000;
    static final int MAX_REASON = 1000;

    private final SubmissionId id;
    private final UnitCode unit;
    private final ReportingPeriod period;
    private final Instant preparedAt;
    private final String preparedBy;
    private final List<SubmissionRevision> revisions;
    private final List<SubmissionReview> reviews;
    private SubmissionStatus status;
    private String content;
    private String remarks;
    private final long version;

    private Submission(SubmissionId id, UnitCode unit, ReportingPeriod period, SubmissionStatus status, String content,
            String remarks, Instant preparedAt, String preparedBy, List<SubmissionRevision> revisions,
            List<SubmissionReview> reviews, long version) {
        this.id = Require.notNull(id, "id");
        this.unit = Require.notNull(unit, "unit");
        this.period = Require.notNull(period, "period");
        this.status = Require.notNull(status, "status");
        this.content = Require.notNull(content, "content");
        this.remarks = remarks;
        this.preparedAt = Require.notNull(preparedAt, "preparedAt");
        this.preparedBy = Require.notBlank(preparedBy, "preparedBy");
        this.revisions = new ArrayList<>(revisions);
        this.reviews = new ArrayList<>(reviews);
        this.version = version;
    }

    /** A draft the unit reviews before it submits it. */
    public static Submission prepare(SubmissionId id, UnitCode unit, ReportingPeriod period, String content,
            String remarks, Instant at, String by) {
        return new Submission(id, unit, period, SubmissionStatus.DRAFT, content, remarks(remarks), at, by, List.of(),
                List.of(), 0);
    }

    /** A submission as stored. */
    public static Submission restore(SubmissionId id, UnitCode unit, ReportingPeriod period, SubmissionStatus status,
            String content, String remarks, Instant preparedAt, String preparedBy, List<SubmissionRevision> revisions,
            List<SubmissionReview> reviews, long version) {
        return new Submission(id, unit, period, status, content, remarks, preparedAt, preparedBy, revisions, reviews,
                version);
    }

    /** The same submission at the version the store gave it. */
    public Submission asStored(long storedVersion) {
        return new Submission(id, unit, period, status, content, remarks, preparedAt, preparedBy, revisions, reviews,
                storedVersion);
    }

    /** Replaces the working content and remarks: only while a draft or after a return, never once submitted. */
    public void editDraft(String newContent, String newRemarks) {
        if (status != SubmissionStatus.DRAFT && status != SubmissionStatus.RETURNED) {
            throw new RuleViolationException("reporting.submission.frozen",
                    "a submitted report is frozen; a correction is a new revision with a reason", status.name());
        }
        content = Require.notNull(newContent, "content");
        remarks = remarks(newRemarks);
    }

    /**
     * Submits the working content: a draft becomes revision 1; after a return the unit resubmits it as the next
     * revision, with the reason of the revision.
     */
    public SubmissionRevision submit(String reason, Instant at, String by) {
        return switch (status) {
            case DRAFT -> freeze(null, at, by);
            case RETURNED -> freeze(requiredReason(reason), at, by);
            case SUBMITTED, ACCEPTED -> throw new RuleViolationException("reporting.submission.already-submitted",
                    "the report is submitted already; a correction is a new revision with a reason", status.name());
        };
    }

    /**
     * Corrects a submitted (or accepted) report: the corrected content becomes the next revision, with its reason, and
     * waits for the committee office again. The earlier revisions stay as they were.
     */
    public SubmissionRevision correct(String newContent, String newRemarks, String reason, Instant at, String by) {
        if (status != SubmissionStatus.SUBMITTED && status != SubmissionStatus.ACCEPTED) {
            throw new RuleViolationException("reporting.submission.not-submitted",
                    "only a submitted report is corrected; a draft or a returned report is submitted", status.name());
        }
        String why = requiredReason(reason);
        content = Require.notNull(newContent, "content");
        remarks = remarks(newRemarks);
        return freeze(why, at, by);
    }

    /** The committee office accepts the latest revision. */
    public void accept(Instant at, String by) {
        awaitingReview();
        reviews.add(new SubmissionReview(latestNumber(), true, null, at, by));
        status = SubmissionStatus.ACCEPTED;
    }

    /** The committee office returns the latest revision with its reasons; the unit revises and resubmits it. */
    public void returnWith(String reason, Instant at, String by) {
        awaitingReview();
        reviews.add(new SubmissionReview(latestNumber(), false, requiredReason(reason), at, by));
        status = SubmissionStatus.RETURNED;
    }

    private void awaitingReview() {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new RuleViolationException("reporting.submission.not-awaiting-review",
                    "only a submitted report waiting for review is accepted or returned", status.name());
        }
    }

    private SubmissionRevision freeze(String reason, Instant at, String by) {
        if (content.isBlank()) {
            throw new InvalidValueException("content", "validation.required", "a report is submitted with content",
                    "content");
        }
        SubmissionRevision revision = SubmissionRevision.freeze(latestNumber() + 1, content, remarks, reason, at, by);
        revisions.add(revision);
        status = SubmissionStatus.SUBMITTED;
        return revision;
    }

    private static String requiredReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "reporting.submission.reason-required",
                    "a revision after the first, and a return, state their reason");
        }
        return Require.maxLength(reason.strip(), MAX_REASON, "reason");
    }

    private static String remarks(String remarks) {
        return remarks == null || remarks.isBlank() ? null : Require.maxLength(remarks.strip(), MAX_REMARKS,
                "remarks");
    }

    private int latestNumber() {
        return revisions.isEmpty() ? 0 : revisions.get(revisions.size() - 1).number();
    }

    public SubmissionId id() {
        return id;
    }

    public UnitCode unit() {
        return unit;
    }

    public ReportingPeriod period() {
        return period;
    }

    public ReportKind kind() {
        return period.kind();
    }

    public SubmissionStatus status() {
        return status;
    }

    /** The working content: the draft's, or the latest revision's once submitted. */
    public String content() {
        return content;
    }

    public String remarks() {
        return remarks;
    }

    public Instant preparedAt() {
        return preparedAt;
    }

    public String preparedBy() {
        return preparedBy;
    }

    /** Every revision, the first first. */
    public List<SubmissionRevision> revisions() {
        return List.copyOf(revisions);
    }

    /** Every decision of the committee office, the first first. */
    public List<SubmissionReview> reviews() {
        return List.copyOf(reviews);
    }

    /** The revision with this number, exactly as it was submitted. */
    public Optional<SubmissionRevision> revision(int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst();
    }

    /** The latest revision, if submitted at all. */
    public Optional<SubmissionRevision> latest() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    /** When it was first submitted (which decides whether it was on time), if at all. */
    public Optional<Instant> firstSubmittedAt() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(0).submittedAt());
    }

    /** The latest return's reasons, while returned. */
    public Optional<String> returnReason() {
        if (status != SubmissionStatus.RETURNED || reviews.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(reviews.get(reviews.size() - 1).reason());
    }

    public long version() {
        return version;
    }
}
