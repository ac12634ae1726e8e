package org.zhiben.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.training.TrainingImportReport;
import org.zhiben.training.application.ImportTraining;
import org.zhiben.training.web.TrainingSheets.Kind;

/**
 * Bulk import of training records and special-operation certificates from a CSV (UTF-8) or Excel (.xlsx) sheet. The
 * file is read as a stream; a file refused as a whole (type, encoding, header) is a 400 problem on the field
 * {@code file} and stores nothing.
 */
@Tag(name = "Training: imports", description = "培训记录和特种作业操作证批量导入（CSV 或 Excel），逐行报告问题，重复导入不产生变化")
@RestController
class TrainingImportController {

    @Schema(description = "One refused cell: the line in the file, the column key and its name, the code and the "
            + "message in the caller's language")
    record ProblemView(int lineNumber, String field, String column, String code, String message) {
    }

    @Schema(description = "The outcome of an import: rows read, records created, rows matching a stored record "
            + "exactly (unchanged), rows refused, and the refused cells (at most 1,000; errorsOmitted counts the rest)")
    record ImportReportView(int rows, int created, int unchanged, int rejected, int errorsOmitted,
            List<ProblemView> errors) {
    }

    private final ImportTraining importTraining;
    private final MessageSource messages;
    private final DataSize maxFileSize;

    TrainingImportController(ImportTraining importTraining, MessageSource messages,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
        this.importTraining = importTraining;
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @Operation(summary = "Import training records from a CSV or Excel sheet",
            description = "Header: 统一社会信用代码, 单位名称, 属地, 姓名, 身份证号后四位, 人员类别, 培训课程, 培训机构, 开始日期, "
                    + "结束日期, 学时, 考试结果, 证书编号 (or the keys creditCode, unitName, jurisdiction, name, "
                    + "idLastDigits, role, course, provider, startedOn, endedOn, hours, exam, certificateNumber). "
                    + "A person of an enterprise is recorded with the enterprise of the credit code, a leading cadre "
                    + "or regulator with a unit and a jurisdiction; the name is masked before it is stored. A row "
                    + "whose enterprise (or unit), person, course and first day are stored with the same details is "
                    + "unchanged, with other details refused: importing the same file twice changes nothing. Rows "
                    + "outside the caller's data scope are refused as training.import.out-of-scope.")
    @PostMapping(path = "/api/v1/training/records/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReportView importRecords(@RequestParam("file") MultipartFile file) {
        checked(file);
        return view(Kind.RECORDS, importTraining.importRecords(TrainingSheets.rows(file, Kind.RECORDS)));
    }

    @Operation(summary = "Import special-operation certificates from a CSV or Excel sheet",
            description = "Header: 统一社会信用代码, 姓名, 身份证号后四位, 作业类别, 证书编号, 发证日期, 有效期至, 最近复审日期, "
                    + "下次复审日期 (or the keys creditCode, name, idLastDigits, operationType, number, issuedOn, "
                    + "expiresOn, lastReviewedOn, nextReviewOn; the review dates may be left out). A certificate is "
                    + "identified by its number: a number stored with the same details is unchanged, with other "
                    + "details refused. Rows outside the caller's data scope are refused as "
                    + "training.import.out-of-scope.")
    @PostMapping(path = "/api/v1/training/certificates/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReportView importCertificates(@RequestParam("file") MultipartFile file) {
        checked(file);
        return view(Kind.CERTIFICATES, importTraining.importCertificates(TrainingSheets.rows(file, Kind.CERTIFICATES)));
    }

    private void checked(MultipartFile file) {
        if (file.getSize() > maxFileSize.toBytes()) {
            throw new InvalidValueException("file", "upload.too-large", "the file is too large");
        }
    }

    private ImportReportView view(Kind kind, TrainingImportReport report) {
        List<ProblemView> errors = TrainingSheets.problems(messages, kind, report.errors(),
                LocaleContextHolder.getLocale()).stream()
                .map(p -> new ProblemView(p.lineNumber(), p.field(), p.column(), p.code(), p.message())).toList();
        return new ImportReportView(report.rows(), report.created(), report.unchanged(), report.rejected(),
                report.errorsOmitted(), errors);
    }
}
