package org.zhiben.training.web.admin;

import static org.zhiben.platform.web.RequestValues.required;
import static org.zhiben.platform.web.RequestValues.requiredText;
import static org.zhiben.platform.web.ui.FormErrors.field;
import static org.zhiben.training.web.admin.FormFields.date;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.training.ExamResult;
import org.zhiben.training.Trainee;
import org.zhiben.training.TraineeRole;
import org.zhiben.training.TrainingRecord;
import org.zhiben.training.TrainingRecordId;
import org.zhiben.training.application.ReadTrainingRecords;
import org.zhiben.training.application.RecordTraining;

/**
 * The training pages (安全教育培训): the records of the caller's data scope, one record, and the form to record one.
 * They call the same use cases as the API, so an enterprise's manager records and sees its own staff only, and every
 * record is audited.
 */
@PageController
@RequestMapping("/training/records")
class TrainingPages {

    static final String READ = "SCOPE_training:read";
    static final String RECORD = "SCOPE_training:record";

    private final RecordTraining record;
    private final ReadTrainingRecords read;
    private final Enterprises enterprises;
    private final Jurisdictions jurisdictions;

    TrainingPages(RecordTraining record, ReadTrainingRecords read, Enterprises enterprises,
            Jurisdictions jurisdictions) {
        this.record = record;
        this.read = read;
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping
    String list(Model model) {
        PageAccess.require(READ);
        List<TrainingRecord> records = read.list();
        model.addAttribute("lines", records.stream().map(r -> line(r)).toList());
        model.addAttribute("canRecord", PageAccess.has(RECORD));
        return "training/records";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        PageAccess.require(READ);
        model.addAttribute("r", line(read.find(new TrainingRecordId(id))));
        model.addAttribute("canRecord", PageAccess.has(RECORD));
        return "training/record";
    }

    /** The form correcting a record, filled with what is stored and the version it was read at. */
    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        PageAccess.require(RECORD);
        TrainingRecord found = read.find(new TrainingRecordId(id));
        TrainingRecord.Snapshot s = found.snapshot();
        TrainingRecordForm form = new TrainingRecordForm();
        form.setName(s.trainee().maskedName());
        form.setIdLastDigits(s.trainee().idLastDigits());
        form.setRole(s.role().name());
        form.setUnitName(s.unitName());
        form.setCourse(s.course());
        form.setProvider(s.provider());
        form.setStartedOn(s.startedOn().toString());
        form.setEndedOn(s.endedOn().toString());
        form.setHours(String.valueOf(s.hours()));
        form.setExam(s.exam().name());
        form.setCertificateNumber(s.certificateNumber());
        form.setVersion(String.valueOf(s.version()));
        return editForm(found, form, model);
    }

    /**
     * Corrects the record at the version the form was read at, with the reason; a wrong value is marked next to its
     * field, a record changed meanwhile is refused with a message, and in both cases nothing changes.
     */
    @PostMapping("/{id}/edit")
    String edit(@PathVariable UUID id, @ModelAttribute("form") TrainingRecordForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PageAccess.require(RECORD);
        TrainingRecord current = read.find(new TrainingRecordId(id));
        TraineeRole role = field(result, "role", () -> required(
                RequestValues.enumValue(TraineeRole.class, form.getRole(), "role"), "role"));
        Trainee trainee = field(result, "name", () -> new Trainee(requiredText(form.getName(), "name"),
                requiredText(form.getIdLastDigits(), "idLastDigits")));
        LocalDate startedOn = field(result, "startedOn", () -> date(form.getStartedOn(), "startedOn"));
        LocalDate endedOn = field(result, "endedOn", () -> date(form.getEndedOn(), "endedOn"));
        Integer hours = field(result, "hours", () -> hours(form.getHours()));
        ExamResult exam = field(result, "exam", () -> required(
                RequestValues.enumValue(ExamResult.class, form.getExam(), "exam"), "exam"));
        String course = field(result, "course", () -> requiredText(form.getCourse(), "course"));
        String provider = field(result, "provider", () -> requiredText(form.getProvider(), "provider"));
        String reason = field(result, "reason", () -> requiredText(form.getReason(), "reason"));
        Long version = FormFields.version(form.getVersion(), result);
        if (current.enterpriseId().isEmpty()) {
            field(result, "unitName", () -> requiredText(form.getUnitName(), "unitName"));
        }
        if (result.hasErrors()) {
            return editForm(current, form, model);
        }
        TrainingRecord.Details details = field(result, "endedOn", () -> new TrainingRecord.Details(trainee, role,
                course, provider, startedOn, endedOn, hours, exam, form.getCertificateNumber()));
        if (details == null) {
            return editForm(current, form, model);
        }
        try {
            record.revise(new RecordTraining.Revision(current.id(), version, details, form.getUnitName(), reason));
        } catch (StaleVersionException stale) {
            result.reject("training.edit.stale");
            return editForm(current, form, model);
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return editForm(current, form, model);
        }
        redirect.addFlashAttribute("success", "training.record.revised");
        return "redirect:/training/records/" + current.id();
    }

    private String editForm(TrainingRecord record, TrainingRecordForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("r", line(record));
        model.addAttribute("ofEnterprise", record.enterpriseId().isPresent());
        model.addAttribute("roles", Arrays.stream(TraineeRole.values())
                .filter(role -> role.ofEnterprise() == record.enterpriseId().isPresent()).toList());
        model.addAttribute("exams", Arrays.asList(ExamResult.values()));
        return "training/record-edit";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        PageAccess.require(RECORD);
        TrainingRecordForm form = new TrainingRecordForm();
        form.setRole(TraineeRole.PRINCIPAL.name());
        form.setExam(ExamResult.PASSED.name());
        return form(form, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") TrainingRecordForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(RECORD);
        TraineeRole role = field(result, "role", () -> required(
                RequestValues.enumValue(TraineeRole.class, form.getRole(), "role"), "role"));
        Trainee trainee = field(result, "name", () -> new Trainee(requiredText(form.getName(), "name"),
                requiredText(form.getIdLastDigits(), "idLastDigits")));
        LocalDate startedOn = field(result, "startedOn", () -> date(form.getStartedOn(), "startedOn"));
        LocalDate endedOn = field(result, "endedOn", () -> date(form.getEndedOn(), "endedOn"));
        Integer hours = field(result, "hours", () -> hours(form.getHours()));
        ExamResult exam = field(result, "exam", () -> required(
                RequestValues.enumValue(ExamResult.class, form.getExam(), "exam"), "exam"));
        String course = field(result, "course", () -> requiredText(form.getCourse(), "course"));
        String provider = field(result, "provider", () -> requiredText(form.getProvider(), "provider"));
        UUID enterpriseId = null;
        JurisdictionCode jurisdiction = null;
        if (role != null && role.ofEnterprise()) {
            enterpriseId = field(result, "enterpriseId", () -> required(RequestValues.convert(form.getEnterpriseId(),
                    "enterpriseId", UUID::fromString), "enterpriseId"));
        } else if (role != null) {
            field(result, "unitName", () -> requiredText(form.getUnitName(), "unitName"));
            jurisdiction = field(result, "jurisdiction", () -> required(
                    RequestValues.jurisdiction(form.getJurisdiction(), "jurisdiction"), "jurisdiction"));
        }
        if (result.hasErrors()) {
            return form(form, model);
        }
        UUID enterprise = enterpriseId;
        JurisdictionCode unitJurisdiction = jurisdiction;
        TrainingRecord.Details details = field(result, "endedOn", () -> new TrainingRecord.Details(trainee, role,
                course, provider, startedOn, endedOn, hours, exam, form.getCertificateNumber()));
        if (details == null) {
            return form(form, model);
        }
        TrainingRecord recorded;
        try {
            recorded = record.execute(new RecordTraining.Command(details, enterprise,
                    role.ofEnterprise() ? null : form.getUnitName(), unitJurisdiction));
        } catch (AccessRefusedException outside) {
            result.reject("training.out-of-scope");
            return form(form, model);
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return form(form, model);
        }
        redirect.addFlashAttribute("success", "training.record.saved");
        return "redirect:/training/records/" + recorded.id();
    }

    private String form(TrainingRecordForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("roles", Arrays.asList(TraineeRole.values()));
        model.addAttribute("exams", Arrays.asList(ExamResult.values()));
        model.addAttribute("jurisdictions", jurisdictions.findAll().stream()
                .sorted(Comparator.comparing(j -> j.code().value())).toList());
        return "training/record-form";
    }

    private Line line(TrainingRecord record) {
        TrainingRecord.Snapshot s = record.snapshot();
        String where = s.enterpriseId() != null
                ? enterprises.findById(new EnterpriseId(s.enterpriseId())).map(Enterprise::name).orElse("")
                : s.unitName();
        return new Line(s.id().value(), s.trainee().maskedName(), s.trainee().idLastDigits(), s.role().name(), where,
                jurisdictionName(s.jurisdiction()), s.course(), s.provider(), s.startedOn(), s.endedOn(), s.hours(),
                s.exam().name(), s.certificateNumber());
    }

    private String jurisdictionName(JurisdictionCode code) {
        Map<String, String> names = jurisdictions.findAll().stream().collect(Collectors.toMap(
                j -> j.code().value(), j -> UiFormats.english() ? j.nameEn() : j.name()));
        return names.getOrDefault(code.value(), code.value());
    }

    /** A training record as the pages show it: names, not codes; the person masked. */
    record Line(UUID id, String maskedName, String idLastDigits, String role, String where, String jurisdiction,
            String course, String provider, LocalDate startedOn, LocalDate endedOn, int hours, String exam,
            String certificateNumber) {
    }

    private static Integer hours(String value) {
        try {
            return Integer.valueOf(requiredText(value, "hours"));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("hours", "training.record.hours-invalid",
                    "class hours are a whole number", value, TrainingRecord.MAX_HOURS);
        }
    }
}
