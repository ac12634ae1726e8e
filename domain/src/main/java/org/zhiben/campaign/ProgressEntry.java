package org.zhiben.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

/**
 * An entry of the campaign ledger (台账): what a responsible unit reports it has done on a key task, optionally
 * about one of its milestones, and whether that completes the milestone. The plan asks that tasks be "逐年分解实行
 * 台账化、清单式管理" (broken down year by year and managed by ledger and checklist).
 *
 * <p>What an entry reports is never changed once recorded; only the lead unit's review (牵头单位审核) is added to it,
 * once: it {@link #accept accepts} the entry or {@link #returnToUnit returns} it with a reason. An entry the lead unit
 * records itself is accepted as it is recorded. New entries come from {@link #record}, which applies the rules of who
 * may record what; the canonical constructor restores a stored entry and checks only what every entry must hold.
 *
 * @param milestoneCode      the milestone of the task the progress is about, or null for the task in general
 * @param recordedBy         the unit that reports the progress
 * @param author             the account name of the user who recorded it
 * @param reportedOn         the day the progress refers to
 * @param evidenceReference  a document number (e.g. 克安办〔2024〕12号) or a file reference; may be null
 * @param completesMilestone whether the entry reports the milestone as done; only with a milestone
 * @param recordedAt         when the entry was recorded
 * @param evidenceFiles      the files uploaded as evidence (佐证材料) with the entry
 * @param review             where the lead unit's review stands
 * @param reviewedBy         the lead unit that reviewed it; null while SUBMITTED
 * @param reviewer           the account name of the user who reviewed it; null while SUBMITTED
 * @param reviewedAt         when it was reviewed; null while SUBMITTED
 * @param returnReason       why the lead unit returned it; only when RETURNED
 * @param version            the stored version, for optimistic locking of the review
 */
public record ProgressEntry(ProgressEntryId id, int taskNumber, String milestoneCode, UnitCode recordedBy,
                            String author, LocalDate reportedOn, String text, String evidenceReference,
                            boolean completesMilestone, Instant recordedAt, List<EvidenceFile> evidenceFiles,
                            ReviewStatus review, UnitCode reviewedBy, String reviewer, Instant reviewedAt,
                            String returnReason, long version) {

    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_EVIDENCE_REFERENCE_LENGTH = 500;
    public static final int MAX_AUTHOR_LENGTH = 100;
    public static final int MAX_RETURN_REASON_LENGTH = 500;
    public static final int MAX_EVIDENCE_FILES = 10;

    public ProgressEntry {
        Require.notNull(id, "id");
        Checks.inRange(taskNumber, 1, KeyTask.MAX_NUMBER, "taskNumber");
        milestoneCode = Checks.optional(milestoneCode);
        Require.notNull(recordedBy, "unit");
        author = Require.notBlank(author, "author");
        Require.maxLength(author, MAX_AUTHOR_LENGTH, "author");
        Require.notNull(reportedOn, "reportedOn");
        text = Require.notBlank(text, "text");
        Require.maxLength(text, MAX_TEXT_LENGTH, "text");
        evidenceReference = Checks.optional(evidenceReference);
        Require.maxLength(evidenceReference, MAX_EVIDENCE_REFERENCE_LENGTH, "evidenceReference");
        if (completesMilestone && milestoneCode == null) {
            throw new InvalidValueException("completesMilestone", "campaign.progress.completion-without-milestone",
                    "only progress on a milestone can complete it");
        }
        Require.notNull(recordedAt, "recordedAt");
        evidenceFiles = Checks.copy(evidenceFiles, "evidenceFiles");
        if (evidenceFiles.size() > MAX_EVIDENCE_FILES) {
            throw new InvalidValueException("evidenceFiles", "campaign.progress.too-many-files",
                    "at most " + MAX_EVIDENCE_FILES + " evidence files", MAX_EVIDENCE_FILES);
        }
        for (EvidenceFile file : evidenceFiles) {
            if (file.taskNumber() != taskNumber) {
                throw new InvalidValueException("evidenceFiles", "campaign.progress.evidence-of-other-task",
                        "evidence file " + file.id() + " was uploaded for task " + file.taskNumber(), file.fileName(),
                        file.taskNumber());
            }
        }
        Require.notNull(review, "review");
        returnReason = Checks.optional(returnReason);
        if (review == ReviewStatus.SUBMITTED) {
            if (reviewedBy != null || reviewer != null || reviewedAt != null || returnReason != null) {
                throw new InvalidValueException("review", "campaign.review.inconsistent",
                        "an entry waiting for review has no reviewer");
            }
        } else {
            Require.notNull(reviewedBy, "reviewedBy");
            reviewer = Require.notBlank(reviewer, "reviewer");
            Require.notNull(reviewedAt, "reviewedAt");
            if ((review == ReviewStatus.RETURNED) != (returnReason != null)) {
                throw new InvalidValueException("returnReason", "campaign.review.reason-required",
                        "a returned entry, and only a returned entry, has a reason");
            }
            Require.maxLength(returnReason, MAX_RETURN_REASON_LENGTH, "returnReason");
        }
    }

    /** An entry as first recorded, waiting for the lead unit's review, without evidence files, at version 0. */
    public ProgressEntry(ProgressEntryId id, int taskNumber, String milestoneCode, UnitCode recordedBy, String author,
                         LocalDate reportedOn, String text, String evidenceReference, boolean completesMilestone,
                         Instant recordedAt) {
        this(id, taskNumber, milestoneCode, recordedBy, author, reportedOn, text, evidenceReference,
                completesMilestone, recordedAt, List.of(), ReviewStatus.SUBMITTED, null, null, null, null, 0);
    }

    /**
     * Records new progress on a key task. Refused when the unit is unknown, the task does not exist, the milestone
     * is not one of the task's, the completion names no milestone, the day reported is in the future or before the
     * campaign started, or the unit is not responsible for the task (see
     * {@link KeyTask#isResponsible(UnitCode, CampaignUnits)}).
     *
     * An entry of a lead unit of the task is accepted as it is recorded; any other unit's waits for the lead unit's
     * review.
     *
     * @param author        the account name of the user who records it
     * @param evidenceFiles files uploaded for the task as evidence; each must have been uploaded for this task
     * @param clock         gives today (for the check on {@code reportedOn}) and the instant of recording
     */
    public static ProgressEntry record(int taskNumber, String milestoneCode, UnitCode unit, String author,
                                       LocalDate reportedOn, String text, String evidenceReference,
                                       boolean completesMilestone, List<EvidenceFile> evidenceFiles,
                                       CampaignPlans plans, CampaignUnits units, Clock clock) {
        Require.notNull(unit, "unit");
        if (!units.exists(unit)) {
            throw new InvalidValueException("unit", "campaign.progress.unknown-unit", "unknown unit " + unit, unit);
        }
        KeyTask task = plans.findTask(taskNumber).orElseThrow(() -> new NotFoundException("task", taskNumber));
        String code = Checks.optional(milestoneCode);
        if (code != null && task.milestone(code).isEmpty()) {
            throw new InvalidValueException("milestoneCode", "campaign.progress.milestone-not-of-task",
                    "milestone " + code + " is not a milestone of task " + taskNumber, code, taskNumber);
        }
        Require.notNull(reportedOn, "reportedOn");
        LocalDate today = LocalDate.now(clock);
        if (reportedOn.isAfter(today)) {
            throw new InvalidValueException("reportedOn", "campaign.progress.reported-in-future",
                    "progress cannot be reported for a day after today: " + reportedOn, reportedOn);
        }
        LocalDate campaignStart = plans.schedule().startsOn();
        if (reportedOn.isBefore(campaignStart)) {
            throw new InvalidValueException("reportedOn", "campaign.progress.reported-before-campaign",
                    "progress cannot be reported for a day before the campaign starts on " + campaignStart,
                    reportedOn, campaignStart);
        }
        Instant now = clock.instant();
        boolean byLead = task.isLedBy(unit);
        ProgressEntry entry = new ProgressEntry(ProgressEntryId.random(), taskNumber, code, unit, author, reportedOn,
                text, evidenceReference, completesMilestone, now, evidenceFiles,
                byLead ? ReviewStatus.ACCEPTED : ReviewStatus.SUBMITTED, byLead ? unit : null, byLead ? author : null,
                byLead ? now : null, null, 0);
        if (!task.isResponsible(unit, units)) {
            throw new RuleViolationException("campaign.progress.unit-not-responsible",
                    "unit " + unit + " is not responsible for task " + taskNumber, unit, taskNumber);
        }
        return entry;
    }

    /**
     * The lead unit accepts the entry: what it reports now counts in the ledger. Refused when the reviewing unit does
     * not lead the task or the entry was reviewed already.
     */
    public ProgressEntry accept(KeyTask task, UnitCode reviewingUnit, String reviewerName, Instant at) {
        checkReviewable(task, reviewingUnit);
        return new ProgressEntry(id, taskNumber, milestoneCode, recordedBy, author, reportedOn, text,
                evidenceReference, completesMilestone, recordedAt, evidenceFiles, ReviewStatus.ACCEPTED,
                reviewingUnit, reviewerName, at, null, version);
    }

    /**
     * The lead unit returns the entry to the unit with a reason, which the unit sees; the entry does not count.
     * Refused without a reason, when the reviewing unit does not lead the task or the entry was reviewed already.
     */
    public ProgressEntry returnToUnit(KeyTask task, UnitCode reviewingUnit, String reviewerName, String reason,
                                      Instant at) {
        String why = Checks.optional(reason);
        if (why == null) {
            throw new InvalidValueException("reason", "campaign.review.reason-required",
                    "a returned entry needs the reason it is returned");
        }
        Require.maxLength(why, MAX_RETURN_REASON_LENGTH, "reason");
        checkReviewable(task, reviewingUnit);
        return new ProgressEntry(id, taskNumber, milestoneCode, recordedBy, author, reportedOn, text,
                evidenceReference, completesMilestone, recordedAt, evidenceFiles, ReviewStatus.RETURNED,
                reviewingUnit, reviewerName, at, why, version);
    }

    private void checkReviewable(KeyTask task, UnitCode reviewingUnit) {
        Require.notNull(task, "task");
        Require.notNull(reviewingUnit, "reviewingUnit");
        if (task.number() != taskNumber) {
            throw new IllegalArgumentException("entry " + id + " is on task " + taskNumber + ", not " + task.number());
        }
        if (!task.isLedBy(reviewingUnit)) {
            throw new RuleViolationException("campaign.review.not-lead",
                    "only a lead unit of task " + taskNumber + " reviews its progress", reviewingUnit, taskNumber);
        }
        if (review != ReviewStatus.SUBMITTED) {
            throw new RuleViolationException("campaign.review.already-reviewed",
                    "entry " + id + " was reviewed already", id.toString());
        }
    }

    /** The same entry at another stored version. */
    public ProgressEntry withVersion(long storedVersion) {
        return new ProgressEntry(id, taskNumber, milestoneCode, recordedBy, author, reportedOn, text,
                evidenceReference, completesMilestone, recordedAt, evidenceFiles, review, reviewedBy, reviewer,
                reviewedAt, returnReason, storedVersion);
    }

    /** Whether the lead unit accepted this entry (or the lead unit recorded it). */
    public boolean accepted() {
        return review == ReviewStatus.ACCEPTED;
    }

    /** The event that says the lead unit reviewed this entry; asking twice gives the same event. */
    public ProgressReviewed reviewed() {
        if (review == ReviewStatus.SUBMITTED) {
            throw new IllegalStateException("entry " + id + " has not been reviewed");
        }
        UUID eventId = UUID.nameUUIDFromBytes(("ProgressReviewed:" + id.value()).getBytes(StandardCharsets.UTF_8));
        return new ProgressReviewed(eventId, id, taskNumber, recordedBy, reviewedBy, review, reviewedAt);
    }

    /** Whether this entry reports the milestone of the task as done (whether or not the lead unit accepted it). */
    public boolean completes(int taskNumber, String milestoneCode) {
        return completesMilestone && this.taskNumber == taskNumber && milestoneCode.equals(this.milestoneCode);
    }

    /**
     * The event that says this entry was recorded. An entry is recorded once, so the event's id is derived from the
     * entry's id: asking twice gives the same event.
     */
    public ProgressRecorded recorded() {
        UUID eventId = UUID.nameUUIDFromBytes(("ProgressRecorded:" + id.value()).getBytes(StandardCharsets.UTF_8));
        return new ProgressRecorded(eventId, id, taskNumber, milestoneCode, recordedBy, reportedOn, completesMilestone,
                recordedAt);
    }
}
