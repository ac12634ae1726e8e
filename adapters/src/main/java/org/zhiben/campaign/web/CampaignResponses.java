package org.zhiben.campaign.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhiben.campaign.Assignment;
import org.zhiben.campaign.DatedTarget;
import org.zhiben.campaign.EvidenceFile;
import org.zhiben.campaign.KeyTask;
import org.zhiben.campaign.MilestoneLine;
import org.zhiben.campaign.MilestoneStatus;
import org.zhiben.campaign.OverdueMilestone;
import org.zhiben.campaign.Phase;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ResponsibleParty;
import org.zhiben.campaign.SubPlan;
import org.zhiben.campaign.SubPlanStatus;
import org.zhiben.campaign.TaskGroup;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.campaign.ReviewStatus;
import org.zhiben.campaign.TaskStatus;
import org.zhiben.campaign.UnitProgress;
import org.zhiben.campaign.UnitProgressStatus;
import org.zhiben.shared.UnitCode;

/** JSON shapes of the campaign: phases, the task ledger, assignments and progress entries. */
final class CampaignResponses {

    private CampaignResponses() {
    }

    record TargetResponse(@Schema(nullable = true) String code, LocalDate due, String text) {
        static TargetResponse from(DatedTarget t) {
            return new TargetResponse(t.code(), t.due(), t.text());
        }
    }

    record PhaseResponse(int number, String code, String name, String nameEn, LocalDate startsOn, LocalDate endsOn,
                         String summary, List<TargetResponse> targets) {
        static PhaseResponse from(Phase p) {
            return new PhaseResponse(p.number(), p.code(), p.name(), p.nameEn(), p.startsOn(), p.endsOn(), p.summary(),
                    p.targets().stream().map(TargetResponse::from).toList());
        }
    }

    record CurrentPhaseResponse(LocalDate date, PhaseResponse phase) {
    }

    record TaskGroupResponse(int number, String title, String titleEn) {
        static TaskGroupResponse from(TaskGroup g) {
            return new TaskGroupResponse(g.number(), g.title(), g.titleEn());
        }
    }

    record PartyResponse(String kind, String code,
                         @Schema(nullable = true, description = "null for a unit") String label) {
        static PartyResponse from(ResponsibleParty party) {
            if (party instanceof ResponsibleParty.Collective collective) {
                return new PartyResponse("COLLECTIVE", collective.name(), collective.label());
            }
            return new PartyResponse("UNIT", ((ResponsibleParty.Unit) party).code().value(), null);
        }
    }

    record MilestoneResponse(String code, LocalDate due, String text, boolean derived,
                             @Schema(implementation = MilestoneStatus.class) String status,
                             @Schema(nullable = true) LocalDate completedOn, boolean completedLate) {
        static MilestoneResponse from(MilestoneLine line) {
            return new MilestoneResponse(line.milestone().code(), line.milestone().due(), line.milestone().text(),
                    line.milestone().derived(), line.status().name(), line.completedOn(), line.completedLate());
        }
    }

    @Schema(description = "One unit answering for the task (each lead unit, each named unit, each county and city "
            + "government for 各县(市)人民政府, each member unit that reported on a task of 自治州安委会有关成员单位分工负责)")
    record UnitProgressResponse(String unit, boolean lead,
                                @Schema(implementation = UnitProgressStatus.class) String status,
                                @Schema(description = "codes of the milestones whose completion by this unit the lead "
                                        + "unit accepted") List<String> completedMilestones,
                                int entryCount, @Schema(nullable = true) LocalDate lastReportedOn,
                                @Schema(nullable = true, description = "why the lead unit returned the unit's latest "
                                        + "entry") String returnReason) {
        static UnitProgressResponse from(UnitProgress u) {
            return new UnitProgressResponse(u.unit().value(), u.lead(), u.status().name(), u.completedMilestones(),
                    u.entryCount(), u.lastReportedOn(), u.returnReason());
        }
    }

    record TaskResponse(int number, int group, String title, String titleEn, List<String> leadUnits,
                        List<PartyResponse> responsibleParties, @Schema(nullable = true) String leadNote,
                        @Schema(implementation = TaskStatus.class) String status,
                        List<MilestoneResponse> milestones, int entryCount,
                        @Schema(nullable = true) LocalDate lastReportedOn, List<UnitProgressResponse> units) {
        static TaskResponse from(TaskLedgerLine line) {
            KeyTask task = line.task();
            return new TaskResponse(task.number(), task.group(), task.title(), task.titleEn(),
                    codes(task.leadUnits()), task.responsibleParties().stream().map(PartyResponse::from).toList(),
                    task.leadNote(), line.status().name(),
                    line.milestones().stream().map(MilestoneResponse::from).toList(), line.entryCount(),
                    line.lastReportedOn(), line.units().stream().map(UnitProgressResponse::from).toList());
        }
    }

    record EvidenceFileResponse(String id, int taskNumber, String fileName, String contentType, long size,
                                String sha256, String href) {
        static EvidenceFileResponse from(EvidenceFile f) {
            return new EvidenceFileResponse(f.id().toString(), f.taskNumber(), f.fileName(), f.contentType(), f.size(),
                    f.sha256(), "/api/v1/campaign/evidence-files/" + f.id());
        }
    }

    record ProgressEntryResponse(String id, int taskNumber, @Schema(nullable = true) String milestoneCode,
                                 @Schema(nullable = true, description = "the milestone's name (its text in the plan)")
                                 String milestoneName, String unit,
                                 String author, LocalDate reportedOn, String text,
                                 @Schema(nullable = true) String evidenceReference,
                                 boolean completesMilestone, Instant recordedAt,
                                 List<EvidenceFileResponse> evidenceFiles,
                                 @Schema(implementation = ReviewStatus.class) String review,
                                 @Schema(nullable = true) String reviewedBy, @Schema(nullable = true) String reviewer,
                                 @Schema(nullable = true) Instant reviewedAt,
                                 @Schema(nullable = true) String returnReason, long version) {
        static ProgressEntryResponse from(ProgressEntry e, String milestoneName) {
            return new ProgressEntryResponse(e.id().value().toString(), e.taskNumber(), e.milestoneCode(),
                    milestoneName, e.recordedBy().value(), e.author(), e.reportedOn(), e.text(),
                    e.evidenceReference(), e.completesMilestone(), e.recordedAt(),
                    e.evidenceFiles().stream().map(EvidenceFileResponse::from).toList(), e.review().name(),
                    e.reviewedBy() == null ? null : e.reviewedBy().value(), e.reviewer(), e.reviewedAt(),
                    e.returnReason(), e.version());
        }
    }

    record TaskDetailResponse(TaskResponse task, String text, List<ProgressEntryResponse> entries) {
    }

    record OverdueMilestoneResponse(int taskNumber, String taskTitle, String milestoneCode, LocalDate due,
                                    @Schema(description = "the milestone's name (its text in the plan)") String text,
                                    List<String> leadUnits, int daysOverdue) {
        static OverdueMilestoneResponse from(OverdueMilestone o) {
            return new OverdueMilestoneResponse(o.taskNumber(), o.taskTitle(), o.milestone().code(),
                    o.milestone().due(), o.milestone().text(), codes(o.leadUnits()), o.daysOverdue());
        }
    }

    record AssignmentResponse(int number, String unit, String focus, String focusEn, List<String> subPlans,
                              boolean incomplete, @Schema(nullable = true) String incompleteNote) {
        static AssignmentResponse from(Assignment a) {
            return new AssignmentResponse(a.number(), a.unit().value(), a.focus(), a.focusEn(), a.subPlans(),
                    a.incomplete(), a.incompleteNote());
        }
    }

    @Schema(description = "A sub-plan (子方案) of the ledger: its title, the unit that owns it (the assignment's unit), "
            + "the day the plan's obligation PLANS_DUE sets, where the owner's submission stands (NOT_SUBMITTED, DRAFT, "
            + "SUBMITTED, ACCEPTED, RETURNED), the day it was first submitted, and whether it is late (submitted after "
            + "the due day, or not submitted and the due day has passed)")
    record SubPlanResponse(int assignment, String title, String owner, @Schema(nullable = true) LocalDate due,
                           @Schema(implementation = SubPlanStatus.class) String status,
                           @Schema(nullable = true) LocalDate submittedOn, boolean late) {
        static SubPlanResponse from(SubPlan p) {
            return new SubPlanResponse(p.assignmentNumber(), p.title(), p.owner().value(), p.due(), p.status().name(),
                    p.submittedOn(), p.late());
        }
    }

    static List<String> codes(List<UnitCode> units) {
        return units.stream().map(UnitCode::value).toList();
    }
}
