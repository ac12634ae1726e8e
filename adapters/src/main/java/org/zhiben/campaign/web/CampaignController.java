package org.zhiben.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ProgressEntryId;
import org.zhiben.campaign.TaskStatus;
import org.zhiben.campaign.application.BrowseLedger;
import org.zhiben.campaign.application.LedgerFilter;
import org.zhiben.campaign.application.RecordProgress;
import org.zhiben.campaign.application.RecordProgressCommand;
import org.zhiben.campaign.application.TaskLedger;
import org.zhiben.campaign.web.CampaignResponses.AssignmentResponse;
import org.zhiben.campaign.web.CampaignResponses.CurrentPhaseResponse;
import org.zhiben.campaign.web.CampaignResponses.OverdueMilestoneResponse;
import org.zhiben.campaign.web.CampaignResponses.PhaseResponse;
import org.zhiben.campaign.web.CampaignResponses.ProgressEntryResponse;
import org.zhiben.campaign.web.CampaignResponses.TaskDetailResponse;
import org.zhiben.campaign.web.CampaignResponses.TaskGroupResponse;
import org.zhiben.campaign.web.CampaignResponses.TaskResponse;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/campaign")
@Tag(name = "Campaign", description = "Phases, the 31 key tasks with their milestones as a ledger (台账), assignments")
class CampaignController {

    private final BrowseLedger ledger;
    private final RecordProgress recordProgress;
    private final Clock clock;

    CampaignController(BrowseLedger ledger, RecordProgress recordProgress, Clock clock) {
        this.ledger = ledger;
        this.recordProgress = recordProgress;
        this.clock = clock;
    }

    @GetMapping("/phases")
    @Operation(summary = "The campaign's five phases with their dates and targets")
    List<PhaseResponse> phases() {
        return ledger.phases().stream().map(PhaseResponse::from).toList();
    }

    @GetMapping("/phases/current")
    @Operation(summary = "The phase in force on a date (today when no date is given)")
    CurrentPhaseResponse currentPhase(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> date) {
        LocalDate day = date.orElseGet(() -> LocalDate.now(clock));
        return ledger.phaseOn(day)
                .map(phase -> new CurrentPhaseResponse(day, PhaseResponse.from(phase)))
                .orElseThrow(() -> new NotFoundException("phase", day));
    }

    @GetMapping("/task-groups")
    List<TaskGroupResponse> groups() {
        return ledger.groups().stream().map(TaskGroupResponse::from).toList();
    }

    @GetMapping("/tasks")
    @Operation(summary = "The task ledger, with each task's status and milestones computed for today",
            description = "Filters: unit (lead or named responsible unit), group (1-10), "
                    + "status (NOT_STARTED, IN_PROGRESS, OVERDUE, COMPLETED), overdue=true")
    List<TaskResponse> tasks(@RequestParam Optional<String> unit, @RequestParam Optional<Integer> group,
                             @RequestParam Optional<String> status, @RequestParam(defaultValue = "false") boolean overdue) {
        LedgerFilter filter = new LedgerFilter(
                unit.map(u -> RequestValues.unit(u, "unit")).orElse(null),
                group.orElse(null),
                status.map(s -> RequestValues.enumValue(TaskStatus.class, s, "status")).orElse(null),
                overdue);
        return ledger.tasks(filter).stream().map(TaskResponse::from).toList();
    }

    @GetMapping("/tasks/{number}")
    TaskDetailResponse task(@PathVariable int number) {
        TaskLedger task = ledger.task(number);
        return new TaskDetailResponse(TaskResponse.from(task.line()), task.line().task().text(),
                task.entries().stream().map(ProgressEntryResponse::from).toList());
    }

    @GetMapping("/milestones/overdue")
    @Operation(summary = "Milestones past their due date and not completed, most overdue first")
    List<OverdueMilestoneResponse> overdueMilestones() {
        return ledger.overdueMilestones().stream().map(OverdueMilestoneResponse::from).toList();
    }

    @GetMapping("/assignments")
    @Operation(summary = "The member units' assignments with their focus areas and sub-plans (子方案)")
    List<AssignmentResponse> assignments(@RequestParam Optional<String> unit) {
        return unit.map(u -> ledger.assignments(RequestValues.unit(u, "unit")))
                .orElseGet(ledger::assignments).stream().map(AssignmentResponse::from).toList();
    }

    @PostMapping("/progress-entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record progress on a task (optionally completing one of its milestones)",
            description = "201 with Location; 403 campaign.progress.unit-not-yours when the caller may not report "
                    + "in the name of the unit (a county officer reports for their county's government, a department "
                    + "officer for their own unit); 409 when the unit is not responsible for the task")
    ResponseEntity<ProgressEntryResponse> record(@Valid @RequestBody ProgressRequest request) {
        ProgressEntry entry = recordProgress.record(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/campaign/progress-entries/" + entry.id().value()))
                .body(ProgressEntryResponse.from(entry));
    }

    @GetMapping("/progress-entries/{id}")
    ProgressEntryResponse entry(@PathVariable UUID id) {
        return ProgressEntryResponse.from(ledger.progressEntry(new ProgressEntryId(id)));
    }

    record ProgressRequest(
            @NotNull Integer taskNumber,
            String milestoneCode,
            @NotBlank String unit,
            @NotBlank @Size(max = ProgressEntry.MAX_TEXT_LENGTH) String text,
            @NotNull LocalDate reportedOn,
            @Size(max = ProgressEntry.MAX_EVIDENCE_REFERENCE_LENGTH) String evidenceReference,
            boolean completesMilestone) {

        RecordProgressCommand toCommand() {
            return new RecordProgressCommand(taskNumber, milestoneCode, RequestValues.unit(unit, "unit"), text,
                    reportedOn, evidenceReference, completesMilestone);
        }
    }
}
