package org.zhiben.enterprises.web.admin;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
    static final List<String> TEMPLATE_EXAMPLE = List.of("91653001MA78A0B9X6", "阿图什市示例化工有限公司", "阿图什市",
            "危险化学品", "阿图什市工业园区示例路1号", "张三", "13800000000", "zhangsan@example.cn", "李四",
            "13900000000", "", "三级", "生产经营");

    /** The session attribute holding the problems of the caller's last import. */
    static final String LAST_ERRORS = EnterpriseImportPage.class.getName() + ".lastErrors";

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
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpSession session) {
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
        try (InputStream content = content(file)) {
            ImportReport report = importEnterprises.importRows(
                    new ImportEnterprisesCommand(EnterpriseSheet.rows(file.getOriginalFilename(), content)));
            List<ReportLine> errors = report.errors().stream().map(this::localized).toList();
            model.addAttribute("report", report);
            model.addAttribute("errors", errors);
            model.addAttribute("fileName", file.getOriginalFilename());
            session.setAttribute(LAST_ERRORS, new ArrayList<>(errors));
        } catch (InvalidValueException refused) {
            model.addAttribute("fileError", message(refused.code(), refused.arguments().toArray(),
                    refused.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
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

    /**
     * The problems of the caller's last import as an Excel sheet (行号, 列, 问题), to hand back to whoever fills in the
     * file; kept in the caller's session until the next import.
     */
    @GetMapping("/errors.xlsx")
    ResponseEntity<byte[]> errors(HttpSession session) {
        PageAccess.require(EnterprisePages.WRITE);
        if (!(session.getAttribute(LAST_ERRORS) instanceof List<?> lines)) {
            // nothing imported in this session: back to the form
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/enterprises/import")).build();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(message("ui.enterprise.import.title", new Object[0], null));
            Row heading = sheet.createRow(0);
            heading.createCell(0).setCellValue(message("ui.enterprise.import.line", new Object[0], null));
            heading.createCell(1).setCellValue(message("ui.enterprise.import.field", new Object[0], null));
            heading.createCell(2).setCellValue(message("ui.enterprise.import.message", new Object[0], null));
            int index = 1;
            for (Object each : lines) {
                ReportLine line = (ReportLine) each;
                Row row = sheet.createRow(index++);
                row.createCell(0).setCellValue(line.lineNumber());
                row.createCell(1).setCellValue(SpreadsheetCells.neutralised(line.column()));
                row.createCell(2).setCellValue(SpreadsheetCells.neutralised(line.message()));
            }
            sheet.setColumnWidth(1, 20 * 256);
            sheet.setColumnWidth(2, 80 * 256);
            workbook.write(out);
            String name = message("ui.enterprise.import.errors.file-name", new Object[0], null) + ".xlsx";
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(name, StandardCharsets.UTF_8).build().toString())
                    .contentType(MediaType.parseMediaType(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the list of import problems", e);
        }
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

    private static InputStream content(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /** One refused cell of the report: its column and message in the user's language. */
    record ReportLine(int lineNumber, String column, String message) implements Serializable {
    }
}
