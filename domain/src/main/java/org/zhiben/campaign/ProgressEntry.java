package org.zhiben.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * <p>Entries are never changed once recorded. New entries come from {@link #record}, which applies the rules of who
 * may record what; the canonical constructor restores a stored entry and checks only what every entry must hold.
 *
 * @param milestoneCode      the milestone of the task the progress is about, or null for the task in general
 * @param recordedBy         the unit that reports the progress
 * @param author             the account name of the user who recorded it
 * @param reportedOn         the day the progress refers to
 * @param evidenceReference  a document number (e.g. 克安办〔2024〕12号) or a file reference; may be null
 * @param completesMilestone whether the entry reports the milestone as done; only with a milestone
 * @param recordedAt         when the entry was recorded
 */
public record ProgressEntry(ProgressEntryId id, int taskNumber, String milestoneCode, UnitCode recordedBy,
                            String author, LocalDate reportedOn, String text, String evidenceReference,
                            boolean completesMilestone, Instant recordedAt) {

    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_EVIDENCE_REFERENCE_LENGTH = 500;
    public static final int MAX_AUTHOR_LENGTH = 100;

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
    }

    /**
     * Records new progress on a key task. Refused when the unit is unknown, the task does not exist, the milestone
     * is not one of the task's, the completion names no milestone, the day reported is in the future or before the
     * campaign started, or the unit is not responsible for the task (see
     * {@link KeyTask#isResponsible(UnitCode, CampaignUnits)}).
     *
     * @param author the account name of the user who records it
     * @param clock  gives today (for the check on {@code reportedOn}) and the instant of recording
     */
    public static ProgressEntry record(int taskNumber, String milestoneCode, UnitCode unit, String author,
                                       LocalDate reportedOn, String text, String evidenceReference,
                                       boolean completesMilestone, CampaignPlans plans, CampaignUnits units,
                                       Clock clock) {
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
        ProgressEntry entry = new ProgressEntry(ProgressEntryId.random(), taskNumber, code, unit, author, reportedOn,
                text, evidenceReference, completesMilestone, clock.instant());
        if (!task.isResponsible(unit, units)) {
            throw new RuleViolationException("campaign.progress.unit-not-responsible",
                    "unit " + unit + " is not responsible for task " + taskNumber, unit, taskNumber);
        }
        return entry;
    }

    /** Whether this entry reports the milestone of the task as done. */
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
