package org.zhiben.hazards.web.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.StandardClause;
import org.zhiben.hazards.application.ImportStandardVersion;
import org.zhiben.hazards.application.PutStandardInForceCommand;
import org.zhiben.hazards.application.SetStandardEffectiveFrom;
import org.zhiben.hazards.application.ReadStandards;
import org.zhiben.hazards.application.StandardView;
import org.zhiben.hazards.standards.StandardDocument;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Industry;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;

/**
 * The determination standards (重大事故隐患判定标准) pages: every version with whether it is in force today, one version
 * with its clauses grouped under their headings, the chain of versions and the documentary notes, and the upload of
 * a new version as a YAML document and putting a version in force from a date, after a confirmation (committee office
 * only).
 */
@PageController
@RequestMapping("/standards")
class StandardPages {

    static final String READ = "SCOPE_standards:read";
    static final String WRITE = "SCOPE_standards:write";

    private final ReadStandards read;
    private final ImportStandardVersion importVersion;
    private final SetStandardEffectiveFrom setEffectiveFrom;
    private final Industries industries;
    private final MessageSource messages;

    StandardPages(ReadStandards read, ImportStandardVersion importVersion, SetStandardEffectiveFrom setEffectiveFrom,
            Industries industries, MessageSource messages) {
        this.read = read;
        this.importVersion = importVersion;
        this.setEffectiveFrom = setEffectiveFrom;
        this.industries = industries;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        PageAccess.require(READ);
        model.addAttribute("standards", read.list().stream().map(Version::of).toList());
        model.addAttribute("sectorNames", sectorNames());
        model.addAttribute("canImport", PageAccess.has(WRITE));
        return "hazards/standards/list";
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        PageAccess.require(READ);
        StandardView standard = read.get(code);
        model.addAttribute("standard", Version.of(standard));
        model.addAttribute("groups", groups(standard.standard().clauses()));
        model.addAttribute("versions", read.versions(code).stream().map(Version::of).toList());
        model.addAttribute("notes", standard.notes());
        model.addAttribute("sectorNames", sectorNames());
        model.addAttribute("canImport", PageAccess.has(WRITE));
        return "hazards/standards/detail";
    }

    /** The form that sets the date a version not yet in force comes into force. */
    @GetMapping("/{code}/in-force")
    String inForceForm(@PathVariable String code, Model model) {
        PageAccess.require(WRITE);
        return inForcePage(read.get(code), null, null, false, model);
    }

    /**
     * Sets the date after a confirmation: without {@code confirmed} it checks the date and shows what will happen;
     * with it, puts the version in force (audited by the use case). A refused date is shown next to the field and
     * nothing changes.
     */
    @PostMapping("/{code}/in-force")
    String putInForce(@PathVariable String code, @RequestParam(required = false) String effectiveFrom,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        PageAccess.require(WRITE);
        StandardView standard = read.get(code);
        java.time.LocalDate date;
        try {
            date = effectiveFrom == null || effectiveFrom.isBlank() ? null : java.time.LocalDate.parse(effectiveFrom);
        } catch (java.time.format.DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            return inForcePage(standard, effectiveFrom, message(effectiveFrom == null || effectiveFrom.isBlank()
                    ? "validation.required" : "validation.date",
                    new Object[] {message("ui.standard.in-force.date", new Object[0], null)}, null), false, model);
        }
        if (!confirmed) {
            return inForcePage(standard, effectiveFrom, null, true, model);
        }
        try {
            setEffectiveFrom.execute(new PutStandardInForceCommand(code, date));
        } catch (DomainException refused) {
            return inForcePage(standard, effectiveFrom,
                    message(refused.code(), refused.arguments().toArray(), refused.getMessage()), false, model);
        }
        redirect.addFlashAttribute("success", "ui.standard.in-force.done");
        return "redirect:/standards/" + code;
    }

    private String inForcePage(StandardView standard, String effectiveFrom, String error, boolean confirming,
            Model model) {
        model.addAttribute("standard", Version.of(standard));
        model.addAttribute("effectiveFrom", effectiveFrom);
        model.addAttribute("error", error);
        model.addAttribute("confirming", confirming);
        model.addAttribute("confirmDate", confirming ? java.time.LocalDate.parse(effectiveFrom) : null);
        return "hazards/standards/in-force";
    }

    @GetMapping("/import")
    String importForm() {
        PageAccess.require(WRITE);
        return "hazards/standards/import";
    }

    @PostMapping("/import")
    String importVersion(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(WRITE);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", List.of(new ImportError(null,
                    message("ui.standard.import.file.required", new Object[0], null))));
            return "hazards/standards/import";
        }
        try {
            StandardDocument document = StandardDocument.parse(bytes(file));
            DeterminationStandard imported = importVersion.execute(document.command(), document.notes()).standard();
            redirect.addFlashAttribute("success", "ui.standard.imported");
            return "redirect:/standards/" + imported.code();
        } catch (DomainException refused) {
            String field = refused instanceof InvalidValueException invalid ? invalid.field() : null;
            model.addAttribute("errors", List.of(new ImportError(field,
                    message(refused.code(), refused.arguments().toArray(), refused.getMessage()))));
            model.addAttribute("fileName", file.getOriginalFilename());
            return "hazards/standards/import";
        }
    }

    /** The clauses in their order, a new group starting wherever the heading changes. */
    static List<ClauseGroup> groups(List<StandardClause> clauses) {
        List<ClauseGroup> groups = new ArrayList<>();
        for (StandardClause clause : clauses) {
            if (groups.isEmpty() || !Objects.equals(groups.get(groups.size() - 1).heading(), clause.group())) {
                groups.add(new ClauseGroup(clause.group(), new ArrayList<>()));
            }
            groups.get(groups.size() - 1).clauses().add(clause);
        }
        return groups;
    }

    private java.util.Map<String, String> sectorNames() {
        return industries.findAll().stream().collect(Collectors.toMap(
                i -> i.code().value(), (Industry i) -> UiFormats.english() ? i.nameEn() : i.name()));
    }

    private String message(String code, Object[] arguments, String fallback) {
        return messages.getMessage(code, arguments, fallback == null ? code : fallback,
                LocaleContextHolder.getLocale());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /** A version and whether it applies today. */
    record Version(DeterminationStandard standard, boolean inForce) {
        static Version of(StandardView view) {
            return new Version(view.standard(), view.inForce());
        }
    }

    /** Clauses under one heading (none: the standard has no headings there). */
    record ClauseGroup(String heading, List<StandardClause> clauses) {
    }

    /** Why an uploaded document was refused: the field of the YAML document it concerns, and the message. */
    record ImportError(String field, String message) {
    }
}
