package org.zhiben.training.web.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.platform.web.SpreadsheetCells;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.training.TrainingImportReport;
import org.zhiben.training.application.ImportTraining;
import org.zhiben.training.web.TrainingSheets;
import org.zhiben.training.web.TrainingSheets.Kind;

/**
 * Bulk import of training records (/training/records/import) and special-operation certificates
 * (/training/certificates/import) from a CSV or Excel sheet: the upload form with the columns and a template to fill
 * in, and the report — rows read, created, unchanged, refused, and every refused cell by its line and column in the
 * reader's language. A file refused as a whole is a field message on the form, and nothing is stored.
 */
@PageController
class TrainingImportPages {

    private final ImportTraining importTraining;
    private final MessageSource messages;
    private final DataSize maxFileSize;

    TrainingImportPages(ImportTraining importTraining, MessageSource messages,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
        this.importTraining = importTraining;
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @GetMapping("/training/records/import")
    String recordsForm(Model model) {
        return form(Kind.RECORDS, model);
    }

    @GetMapping("/training/certificates/import")
    String certificatesForm(Model model) {
        return form(Kind.CERTIFICATES, model);
    }

    @PostMapping("/training/records/import")
    String importRecords(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        return upload(Kind.RECORDS, file, model);
    }

    @PostMapping("/training/certificates/import")
    String importCertificates(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        return upload(Kind.CERTIFICATES, file, model);
    }

    @GetMapping("/training/records/import/template.csv")
    ResponseEntity<byte[]> recordsTemplate() {
        return template(Kind.RECORDS);
    }

    @GetMapping("/training/certificates/import/template.csv")
    ResponseEntity<byte[]> certificatesTemplate() {
        return template(Kind.CERTIFICATES);
    }

    private String form(Kind kind, Model model) {
        PageAccess.require(TrainingPages.RECORD);
        model.addAttribute("kind", kind.name().toLowerCase(Locale.ROOT));
        model.addAttribute("headings", kind.headings());
        return "training/import";
    }

    private String upload(Kind kind, MultipartFile file, Model model) {
        String view = form(kind, model);
        Locale locale = LocaleContextHolder.getLocale();
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.getMessage("training.import.file.required", null, locale));
            return view;
        }
        if (file.getSize() > maxFileSize.toBytes()) {
            model.addAttribute("fileError", messages.getMessage("upload.too-large", null, locale));
            return view;
        }
        try {
            TrainingImportReport report = kind == Kind.RECORDS
                    ? importTraining.importRecords(TrainingSheets.rows(file, kind))
                    : importTraining.importCertificates(TrainingSheets.rows(file, kind));
            List<TrainingSheets.Problem> problems = TrainingSheets.problems(messages, kind, report.errors(), locale);
            model.addAttribute("report", report);
            model.addAttribute("problems", problems);
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (InvalidValueException refused) {
            model.addAttribute("fileError", TrainingSheets.refusal(messages, refused, locale));
        }
        return view;
    }

    /** The template: the Chinese header and one example row, UTF-8 with a byte order mark so that Excel reads it. */
    private ResponseEntity<byte[]> template(Kind kind) {
        PageAccess.require(TrainingPages.RECORD);
        String csv = "\uFEFF" + SpreadsheetCells.csvLine(kind.headings()) + SpreadsheetCells.csvLine(kind.example());
        String name = kind == Kind.RECORDS ? "培训记录导入模板.csv" : "特种作业操作证导入模板.csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
