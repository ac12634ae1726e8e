package org.zhiben.enterprises.web.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.enterprises.ImportReport;
import org.zhiben.enterprises.RowError;
import org.zhiben.enterprises.application.ImportEnterprises;
import org.zhiben.enterprises.application.ImportEnterprisesCommand;
import org.zhiben.enterprises.web.EnterpriseSheet;
import org.zhiben.platform.web.SpreadsheetCells;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.InvalidValueException;

/**
 * Bulk import of the enterprise register from a CSV or Excel sheet (批量导入): the upload form with a template to fill
 * in, and the report of the import — how many enterprises were created, updated, left unchanged, and every refused
 * cell by its line in the file, in the user's language.
 */
@PageController
@RequestMapping("/enterprises/import")
class EnterpriseImportPage {

    /** A row of the template: an example enterprise of Artux, the grade and status in Chinese as the sheet allows. */
    static final List<String> TEMPLATE_EXAMPLE = List.of("91653001MA78A0B9X6", "阿图什市示例化工有限公司", "653001",
            "HAZARDOUS_CHEMICALS", "阿图什市工业园区示例路1号", "张三", "13800000000", "zhangsan@example.cn", "李四",
            "13900000000", "", "三级", "生产经营");

    private final ImportEnterprises importEnterprises;
    private final MessageSource messages;
    private final DataSize maxFileSize;

    EnterpriseImportPage(ImportEnterprises importEnterprises, MessageSource messages,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
        this.importEnterprises = importEnterprises;
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @GetMapping
    String form(Model model) {
        PageAccess.require(EnterprisePages.WRITE);
        model.addAttribute("headings", EnterpriseSheet.CHINESE_HEADINGS);
        return "enterprises/import";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        PageAccess.require(EnterprisePages.WRITE);
        model.addAttribute("headings", EnterpriseSheet.CHINESE_HEADINGS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", message("ui.enterprise.import.file.required", new Object[0], null));
            return "enterprises/import";
        }
        if (file.getSize() > maxFileSize.toBytes()) {
            model.addAttribute("fileError", message("upload.too-large", new Object[0], null));
            return "enterprises/import";
        }
        try {
            ImportReport report = importEnterprises.importRows(
                    new ImportEnterprisesCommand(EnterpriseSheet.read(file.getOriginalFilename(), bytes(file))));
            model.addAttribute("report", report);
            model.addAttribute("errors", report.errors().stream().map(this::localized).toList());
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (InvalidValueException refused) {
            model.addAttribute("fileError", message(refused.code(), refused.arguments().toArray(),
                    refused.getMessage()));
        }
        return "enterprises/import";
    }

    /** The template: the header in Chinese and one example row, UTF-8 with a byte order mark so that Excel reads it. */
    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        PageAccess.require(EnterprisePages.WRITE);
        String csv = "\uFEFF" + SpreadsheetCells.csvLine(EnterpriseSheet.CHINESE_HEADINGS)
                + SpreadsheetCells.csvLine(TEMPLATE_EXAMPLE);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("企业名录导入模板.csv", StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private ReportLine localized(RowError error) {
        String column = error.field() == null ? ""
                : message("ui.enterprise.column." + error.field(), new Object[0], error.field());
        String text = "validation.required".equals(error.code())
                ? message("NotBlank", new Object[0], error.message())
                : message(error.code(), error.arguments().toArray(), error.message());
        return new ReportLine(error.lineNumber(), column, text);
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

    /** One refused cell of the report: its column and message in the user's language. */
    record ReportLine(int lineNumber, String column, String message) {
    }
}
