package org.zhiben.campaign.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhiben.campaign.Assignment;
import org.zhiben.campaign.DatedTarget;
import org.zhiben.campaign.KeyTask;
import org.zhiben.campaign.MilestoneLine;
import org.zhiben.campaign.MilestoneStatus;
import org.zhiben.campaign.OverdueMilestone;
import org.zhiben.campaign.Phase;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ResponsibleParty;
import org.zhiben.campaign.TaskGroup;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.campaign.TaskStatus;
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

    record TaskResponse(int number, int group, String title, String titleEn, List<String> leadUnits,
                        List<PartyResponse> responsibleParties, @Schema(nullable = true) String leadNote,
                        @Schema(implementation = TaskStatus.class) String status,
                        List<MilestoneResponse> milestones, int entryCount,
                        @Schema(nullable = true) LocalDate lastReportedOn) {
        static TaskResponse from(TaskLedgerLine line) {
            KeyTask task = line.task();
            return new TaskResponse(task.number(), task.group(), task.title(), task.titleEn(),
                    codes(task.leadUnits()), task.responsibleParties().stream().map(PartyResponse::from).toList(),
                    task.leadNote(), line.status().name(),
                    line.milestones().stream().map(MilestoneResponse::from).toList(), line.entryCount(),
                    line.lastReportedOn());
        }
    }

    record ProgressEntryResponse(String id, int taskNumber, @Schema(nullable = true) String milestoneCode, String unit,
                                 String author, LocalDate reportedOn, String text,
                                 @Schema(nullable = true) String evidenceReference,
                                 boolean completesMilestone, Instant recordedAt) {
        static ProgressEntryResponse from(ProgressEntry e) {
            return new ProgressEntryResponse(e.id().value().toString(), e.taskNumber(), e.milestoneCode(),
                    e.recordedBy().value(), e.author(), e.reportedOn(), e.text(), e.evidenceReference(),
                    e.completesMilestone(), e.recordedAt());
        }
    }

    record TaskDetailResponse(TaskResponse task, String text, List<ProgressEntryResponse> entries) {
    }

    record OverdueMilestoneResponse(int taskNumber, String taskTitle, String milestoneCode, LocalDate due,
                                    String text, List<String> leadUnits, int daysOverdue) {
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

    static List<String> codes(List<UnitCode> units) {
        return units.stream().map(UnitCode::value).toList();
    }
}
