package org.zhiben.campaign.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * A unit reports progress on a key task for the ledger (台账).
 *
 * @param milestoneCode      the milestone of the task the progress is about; null or blank for the task in general
 * @param unit               the responsible unit that reports
 * @param reportedOn         the day the progress refers to
 * @param evidenceReference  a document number or file reference; may be null
 * @param completesMilestone whether the milestone is done
 * @param evidenceFileIds    files uploaded for the task beforehand, cited as evidence; may be empty
 */
public record RecordProgressCommand(int taskNumber, String milestoneCode, UnitCode unit, String text,
                                    LocalDate reportedOn, String evidenceReference, boolean completesMilestone,
                                    List<UUID> evidenceFileIds) {

    /** Progress without evidence files. */
    public RecordProgressCommand(int taskNumber, String milestoneCode, UnitCode unit, String text,
                                 LocalDate reportedOn, String evidenceReference, boolean completesMilestone) {
        this(taskNumber, milestoneCode, unit, text, reportedOn, evidenceReference, completesMilestone, List.of());
    }

    public RecordProgressCommand {
        Require.notNull(unit, "unit");
        text = Require.notBlank(text, "text");
        Require.notNull(reportedOn, "reportedOn");
        milestoneCode = milestoneCode == null || milestoneCode.isBlank() ? null : milestoneCode.strip();
        evidenceReference = evidenceReference == null || evidenceReference.isBlank() ? null : evidenceReference.strip();
        evidenceFileIds = evidenceFileIds == null ? List.of() : List.copyOf(evidenceFileIds);
    }
}
