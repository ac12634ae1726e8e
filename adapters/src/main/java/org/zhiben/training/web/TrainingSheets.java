package org.zhiben.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.enterprises.RowError;
import org.zhiben.platform.web.SheetReader;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.training.CertificateImport;
import org.zhiben.training.TrainingImportRow;
import org.zhiben.training.TrainingRecordImport;
import org.zhiben.training.application.ImportTraining;

/**
 * The two import sheets of the training module, read by the shared {@link SheetReader} (CSV or xlsx, streamed): the
 * training records ({@link TrainingRecordImport#COLUMNS}) and the special-operation certificates
 * ({@link CertificateImport#COLUMNS}), each with its Chinese headings (the column keys are accepted too), and the
 * refused cells of a report in the reader's language, each naming its column.
 */
public final class TrainingSheets {

    /** Which sheet: its layout and the names of its template. */
    public enum Kind {
        RECORDS(new SheetReader.Layout("training.import", TrainingRecordImport.COLUMNS,
                List.of("统一社会信用代码", "单位名称", "属地", "姓名", "身份证号后四位", "人员类别", "培训课程", "培训机构",
                        "开始日期", "结束日期", "学时", "考试结果", "证书编号"),
                TrainingRecordImport.OPTIONAL_COLUMNS),
                List.of("91653001MA78A0B9X6", "", "", "张三", "123X", "企业主要负责人", "主要负责人安全生产知识和管理能力培训",
                        "克州安全生产培训中心", "2026-03-02", "2026-03-06", "32", "合格", "")),
        CERTIFICATES(new SheetReader.Layout("training.import", CertificateImport.COLUMNS,
                List.of("统一社会信用代码", "姓名", "身份证号后四位", "作业类别", "证书编号", "发证日期", "有效期至",
                        "最近复审日期", "下次复审日期"),
                CertificateImport.OPTIONAL_COLUMNS),
                List.of("91653001MA78A0B9X6", "李四", "4567", "焊接与热切割作业", "T653001199001014567", "2024-05-10",
                        "2030-05-09", "", "2027-05-10"));

        private final SheetReader.Layout layout;
        private final List<String> example;

        Kind(SheetReader.Layout layout, List<String> example) {
            this.layout = layout;
            this.example = example;
        }

        public SheetReader.Layout layout() {
            return layout;
        }

        /** The Chinese headings, in template order. */
        public List<String> headings() {
            return layout.chineseHeadings();
        }

        /** One example row of the template. */
        public List<String> example() {
            return example;
        }
    }

    /** One refused cell as the reader reads it: its line, its column by name, the reason. */
    public record Problem(int lineNumber, String field, String column, String code, String message)
            implements java.io.Serializable {
    }

    private TrainingSheets() {
    }

    /** The rows of the upload, read as a stream when the use case asks for them. */
    public static ImportTraining.Rows rows(MultipartFile file, Kind kind) {
        return each -> {
            try (InputStream in = file.getInputStream()) {
                SheetReader.read(file.getOriginalFilename(), in, kind.layout(),
                        row -> each.accept(new TrainingImportRow(row.lineNumber(), row.cells())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the uploaded file", e);
            }
        };
    }

    /** The column's name in the reader's language ({@code 培训课程}, {@code Course}). */
    public static String column(MessageSource messages, Kind kind, String field, Locale locale) {
        return messages.getMessage("training.import.column." + field, null, kind.layout().headingOf(field), locale);
    }

    /** The refused cells of a report in the reader's language. */
    public static List<Problem> problems(MessageSource messages, Kind kind, List<RowError> errors, Locale locale) {
        List<Problem> problems = new ArrayList<>(errors.size());
        for (RowError error : errors) {
            String column = column(messages, kind, error.field(), locale);
            Object[] arguments = error.arguments().toArray();
            if (error.code().startsWith("validation.") && arguments.length > 0) {
                arguments[0] = column;
            }
            problems.add(new Problem(error.lineNumber(), error.field(), column, error.code(),
                    messages.getMessage(error.code(), arguments, error.message(), locale)));
        }
        return problems;
    }

    /** The message of a file refused as a whole, in the reader's language. */
    public static String refusal(MessageSource messages, InvalidValueException refused, Locale locale) {
        return messages.getMessage(refused.code(), refused.arguments().toArray(), refused.getMessage(), locale);
    }
}
