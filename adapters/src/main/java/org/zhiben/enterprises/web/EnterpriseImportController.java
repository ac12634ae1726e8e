package org.zhiben.enterprises.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.enterprises.ImportReport;
import org.zhiben.enterprises.RowError;
import org.zhiben.enterprises.application.ImportEnterprises;
import org.zhiben.enterprises.application.ImportEnterprisesCommand;
import org.zhiben.enterprises.web.EnterpriseResponses.ImportReportResponse;
import org.zhiben.enterprises.web.EnterpriseResponses.RowErrorResponse;
import org.zhiben.shared.InvalidValueException;

@RestController
@RequestMapping("/api/v1/enterprises/imports")
@Tag(name = "Enterprises")
class EnterpriseImportController {

    private final ImportEnterprises importEnterprises;
    private final MessageSource messages;
    private final DataSize maxFileSize;

    EnterpriseImportController(ImportEnterprises importEnterprises, MessageSource messages,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
        this.importEnterprises = importEnterprises;
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import enterprises in bulk from a CSV (UTF-8) or Excel (.xlsx) sheet",
            description = "Header: the column keys creditCode, name, jurisdiction, industry, address, principalName, "
                    + "principalPhone, controllerName, controllerPhone, standardisationGrade, status, or their "
                    + "Chinese headings. Rows are created or updated by credit code; an unchanged row changes "
                    + "nothing, so importing the same file twice is harmless. Refused rows are reported by line "
                    + "while the good ones are stored. A file that is not .csv/.xlsx, is too large or has a wrong "
                    + "header is refused with 400 on the field file. A row for an enterprise outside the caller's "
                    + "data scope (before or after the change) is refused as enterprise.import.out-of-scope.")
    ImportReportResponse importSheet(@RequestParam("file") MultipartFile file) {
        if (file.getSize() > maxFileSize.toBytes()) {
            throw new InvalidValueException("file", "upload.too-large", "the file is too large");
        }
        ImportReport report;
        try (InputStream content = content(file)) {
            report = importEnterprises.importRows(
                    new ImportEnterprisesCommand(EnterpriseSheet.rows(file.getOriginalFilename(), content)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
        return new ImportReportResponse(report.created(), report.updated(), report.unchanged(), report.rejected(),
                report.errors().stream().map(this::localized).toList());
    }

    private RowErrorResponse localized(RowError error) {
        String message = messages.getMessage(error.code(), error.arguments().toArray(), error.message(),
                LocaleContextHolder.getLocale());
        return new RowErrorResponse(error.lineNumber(), error.field(), error.code(), message);
    }

    private static InputStream content(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
