package org.zhiben.campaign.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.platform.export.ExportCell;
import org.zhiben.platform.export.ExportTable;
import org.zhiben.platform.export.HeaderCell;
import org.zhiben.platform.export.TableExports;
import java.time.Clock;
import java.time.LocalDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.campaign.KeyTask;
import org.zhiben.campaign.ProgressEntryId;
import org.zhiben.campaign.ResponsibleParty;
import org.zhiben.campaign.TaskStatus;
import org.zhiben.campaign.application.ActingUnits;
import org.zhiben.campaign.application.AddEvidenceFile;
import org.zhiben.campaign.application.BrowseLedger;
import org.zhiben.campaign.application.LedgerFilter;
import org.zhiben.campaign.application.ReadSubPlans;
import org.zhiben.campaign.application.RecordProgress;
import org.zhiben.campaign.application.RecordProgressCommand;
import org.zhiben.campaign.application.ReviewProgress;
import org.zhiben.campaign.application.ReviewProgressCommand;
import org.zhiben.campaign.application.TaskLedger;
import org.zhiben.campaign.storage.EvidenceFiles;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.UnitCode;

/**
 * The campaign ledger (台账) pages: the list of key tasks with filters, a task with its milestones, its per-unit
 * breakdown and progress entries, the form on which a responsible unit reports progress with evidence files, and the
 * lead unit's review of each entry (accept, or return with a reason).
 */
@PageController
@RequestMapping("/campaign/tasks")
class LedgerPages {

    static final String READ = "SCOPE_campaign:read";
    static final String WRITE = "SCOPE_campaign:progress:write";

    private final BrowseLedger ledger;
    private final RecordProgress recordProgress;
    private final ReviewProgress reviewProgress;
    private final AddEvidenceFile addEvidenceFile;
    private final MemberUnits units;
    private final ActingUnits actingUnits;
    private final Clock clock;
    private final TableExports exports;
    private final MessageSource messages;
    private final UiFormats formats;
    private final ReadSubPlans subPlans;

    LedgerPages(BrowseLedger ledger, RecordProgress recordProgress, ReviewProgress reviewProgress,
                AddEvidenceFile addEvidenceFile, MemberUnits units, ActingUnits actingUnits, Clock clock,
                TableExports exports, MessageSource messages, UiFormats formats, ReadSubPlans subPlans) {
        this.subPlans = subPlans;
        this.exports = exports;
        this.messages = messages;
        this.formats = formats;
        this.ledger = ledger;
        this.recordProgress = recordProgress;
        this.reviewProgress = reviewProgress;
        this.addEvidenceFile = addEvidenceFile;
        this.units = units;
        this.actingUnits = actingUnits;
        this.clock = clock;
    }

    @GetMapping
    String tasks(@RequestParam Optional<Integer> group, @RequestParam Optional<String> unit,
                 @RequestParam Optional<String> status, @RequestParam(defaultValue = "false") boolean overdue,
                 Model model) {
        PageAccess.require(READ);
        Optional<String> unitValue = unit.filter(value -> !value.isBlank());
        Optional<String> statusValue = status.filter(value -> !value.isBlank());
        LedgerFilter filter = filter(group, unitValue, statusValue, overdue);
        model.addAttribute("lines", ledger.tasks(filter));
        model.addAttribute("subPlans", subPlans.subPlans(filter.unit()));
        model.addAttribute("groups", ledger.groups());
        model.addAttribute("units", units.findAll());
        model.addAttribute("statuses", Arrays.asList(TaskStatus.values()));
        model.addAttribute("filter", new FilterValues(group.orElse(null), unitValue.orElse(""),
                statusValue.orElse(""), overdue));
        return "campaign/tasks";
    }

    /** The ledger with the same filter as the page, as an Excel workbook: a task a row, as on the page. */
    @GetMapping("/export.xlsx")
    void export(@RequestParam Optional<Integer> group, @RequestParam Optional<String> unit,
                @RequestParam Optional<String> status, @RequestParam(defaultValue = "false") boolean overdue,
                HttpServletResponse response) {
        PageAccess.require(READ);
        List<TaskLedgerLine> lines = ledger.tasks(filter(group, unit.filter(value -> !value.isBlank()),
                status.filter(value -> !value.isBlank()), overdue));
        java.util.Map<Integer, String> groupNames = new java.util.HashMap<>();
        ledger.groups().forEach(g -> groupNames.put(g.number(), formats.pick(g.title(), g.titleEn())));
        List<List<ExportCell>> body = lines.stream().map(line -> List.of(
                ExportCell.count(line.task().number()),
                ExportCell.text(groupNames.getOrDefault(line.task().group(), "")),
                ExportCell.text(formats.pick(line.task().title(), line.task().titleEn())),
                ExportCell.text(String.join("、", line.task().leadUnits().stream().map(this::unitName).toList())),
                ExportCell.text(message("ui.task.status." + line.status().name())),
                ExportCell.count(line.milestones().stream()
                        .filter(m -> m.status() == org.zhiben.campaign.MilestoneStatus.COMPLETED).count()),
                ExportCell.count(line.milestones().size()),
                ExportCell.count(line.entryCount()),
                ExportCell.day(line.lastReportedOn()))).toList();
        List<List<HeaderCell>> heading = List.of(
                List.of(HeaderCell.down(message("ui.task.number"), 2), HeaderCell.down(message("ledx.group"), 2),
                        HeaderCell.down(message("ui.task.title"), 2), HeaderCell.down(message("ui.task.lead-units"), 2),
                        HeaderCell.down(message("ui.task.status"), 2), HeaderCell.across(message("ledx.milestones"), 2),
                        HeaderCell.down(message("ui.task.entries"), 2),
                        HeaderCell.down(message("ui.task.last-reported"), 2)),
                List.of(HeaderCell.of(message("ledx.milestones.done")), HeaderCell.of(message("ledx.milestones.all"))));
        LocalDate today = LocalDate.now(clock);
        ExportTable table = ExportTable.of(message("ui.ledger.title"), heading, body)
                .withPeriod(message("ledx.as-of", formats.date(today)))
                .withWidths(List.of(6, 24, 48, 30, 10, 8, 8, 10, 16));
        exports.sendXlsx(response, message("ui.ledger.title") + "-" + today, List.of(table));
    }

    private static LedgerFilter filter(Optional<Integer> group, Optional<String> unit, Optional<String> status,
            boolean overdue) {
        return new LedgerFilter(unit.map(value -> RequestValues.unit(value, "unit")).orElse(null),
                group.orElse(null),
                status.map(value -> RequestValues.enumValue(TaskStatus.class, value, "status")).orElse(null),
                overdue);
    }

    private String unitName(UnitCode code) {
        return units.findByCode(code).map(u -> formats.pick(u.name(), u.nameEn())).orElse(code.value());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    @GetMapping("/{number}")
    String task(@PathVariable int number, Model model) {
        PageAccess.require(READ);
        ProgressForm form = new ProgressForm();
        form.setReportedOn(LocalDate.now(clock));
        return detail(number, form, model);
    }

    @PostMapping("/{number}/progress")
    String record(@PathVariable int number, @Valid @ModelAttribute("progress") ProgressForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        PageAccess.require(WRITE);
        if (form.getUnit() != null && !form.getUnit().isBlank()) {
            RequestValues.unit(form.getUnit(), "unit");
        }
        if (result.hasErrors()) {
            return detail(number, form, model);
        }
        try {
            List<UUID> evidence = new ArrayList<>();
            for (MultipartFile file : form.getFiles() == null ? List.<MultipartFile>of() : form.getFiles()) {
                if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                    continue;
                }
                try {
                    evidence.add(addEvidenceFile.add(number, upload(file)).id());
                } catch (InvalidValueException refused) {
                    result.rejectValue("files", refused.code(), refused.arguments().toArray(), refused.getMessage());
                    return detail(number, form, model);
                }
            }
            recordProgress.record(new RecordProgressCommand(number, form.getMilestoneCode(),
                    UnitCode.of(form.getUnit()), form.getText(), form.getReportedOn(), form.getEvidenceReference(),
                    form.isCompletesMilestone(), evidence));
        } catch (NotPermittedException notTheirs) {
            throw new AccessDeniedException(notTheirs.getMessage());
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return detail(number, form, model);
        }
        redirect.addFlashAttribute("success", "ui.progress.recorded");
        return "redirect:/campaign/tasks/" + number;
    }

    @PostMapping("/{number}/entries/{id}/review")
    String review(@PathVariable int number, @PathVariable UUID id, @ModelAttribute("review") ReviewForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        PageAccess.require(WRITE);
        if (form.getUnit() == null || form.getUnit().isBlank()) {
            result.rejectValue("unit", "validation.required");
        }
        if (result.hasErrors()) {
            return reviewRefused(number, id, form, model);
        }
        try {
            reviewProgress.review(new ReviewProgressCommand(new ProgressEntryId(id), form.getVersion(),
                    RequestValues.unit(form.getUnit(), "unit"), form.isAccept(), form.getReason()));
        } catch (NotPermittedException notTheirs) {
            throw new AccessDeniedException(notTheirs.getMessage());
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return reviewRefused(number, id, form, model);
        }
        redirect.addFlashAttribute("success", form.isAccept() ? "ui.review.accepted" : "ui.review.returned");
        return "redirect:/campaign/tasks/" + number + "#entry-" + id;
    }

    private String reviewRefused(int number, UUID id, ReviewForm form, Model model) {
        if (ledger.task(number).entries().stream().noneMatch(entry -> entry.id().value().equals(id))) {
            // the refusal is shown on the entry's review form: an entry the task does not list has none
            throw new org.zhiben.shared.NotFoundException("ProgressEntry", id);
        }
        ProgressForm progress = new ProgressForm();
        progress.setReportedOn(LocalDate.now(clock));
        model.addAttribute("reviewEntryId", id);
        return detail(number, progress, model);
    }

    private static EvidenceFiles.Upload upload(MultipartFile file) {
        try {
            return new EvidenceFiles.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    private String detail(int number, ProgressForm form, Model model) {
        TaskLedger task = ledger.task(number);
        KeyTask keyTask = task.line().task();
        model.addAttribute("task", task);
        model.addAttribute("group", ledger.groups().stream().filter(g -> g.number() == keyTask.group())
                .findFirst().orElse(null));
        model.addAttribute("progress", form);
        model.addAttribute("responsibleParties", keyTask.responsibleParties().stream().map(this::name).toList());
        List<MemberUnit> reporting = List.of();
        if (PageAccess.has(WRITE)) {
            reporting = actingUnits.reportingUnits(number);
        }
        model.addAttribute("reportingUnits", reporting);
        model.addAttribute("canReport", PageAccess.has(WRITE));
        List<MemberUnit> reviewing = PageAccess.has(WRITE)
                ? actingUnits.units().stream().filter(unit -> keyTask.isLedBy(unit.code())).toList() : List.of();
        model.addAttribute("reviewingUnits", reviewing);
        if (!model.containsAttribute("review")) {
            ReviewForm review = new ReviewForm();
            review.setUnit(reviewing.isEmpty() ? null : reviewing.get(0).code().value());
            model.addAttribute("review", review);
        }
        return "campaign/task";
    }

    private String name(ResponsibleParty party) {
        if (party instanceof ResponsibleParty.Unit unit) {
            return units.findByCode(unit.code())
                    .map(found -> UiFormats.english() ? found.nameEn() : found.shortName())
                    .orElse(unit.code().value());
        }
        ResponsibleParty.Collective collective = (ResponsibleParty.Collective) party;
        return UiFormats.english() ? collective.labelEn() : collective.label();
    }

    /** The filter as the form shows it again. */
    record FilterValues(Integer group, String unit, String status, boolean overdue) {
    }
}
