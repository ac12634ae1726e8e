package org.zhiben.platform.export;

import com.lowagie.text.DocumentException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.zhiben.platform.web.DownloadNames;
import org.zhiben.platform.web.ui.UiFormats;

/**
 * The one way every module exports a table: as an {@code .xlsx} workbook (one sheet per table) or as a PDF (and a
 * {@link PrintedDocument} as a PDF to print and sign), in the
 * language of the request (the line under the title — 填报单位、统计期、版次 — and how figures and days are written in
 * the PDF). Controllers send the file straight to the response ({@link #sendXlsx}, {@link #sendPdf}); the body rows are
 * read while the file is written, before anything is sent, so a refusal while reading still answers as one.
 */
@Component
public class TableExports {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final MessageSource messages;
    private final CjkFont font;

    public TableExports(MessageSource messages, CjkFont font) {
        this.messages = messages;
        this.font = font;
    }

    /** The tables as the sheets of one workbook, in this order. */
    public void writeXlsx(List<ExportTable> tables, OutputStream out) {
        String dayFormat = UiFormats.english() ? "yyyy-mm-dd" : "yyyy\"年\"m\"月\"d\"日\"";
        List<XlsxTableWriter.Captioned> captioned = tables.stream()
                .map(table -> new XlsxTableWriter.Captioned(table, details(table))).toList();
        try {
            new XlsxTableWriter(dayFormat).write(captioned, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    /** The table as a PDF; refused with {@link PdfFontUnavailableException} when no CJK font can be embedded. */
    public void writePdf(ExportTable table, OutputStream out) {
        try {
            new PdfTableWriter(font.newInstance(), this::text, message("export.nothing")).write(table, details(table),
                    out);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the PDF of " + table.title(), e);
        }
    }

    /** A document to print and sign, as a PDF; refused like {@link #writePdf} without a font. */
    public byte[] pdf(PrintedDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocumentWriter(font.newInstance()).write(document, out);
        return out.toByteArray();
    }

    public byte[] xlsx(List<ExportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeXlsx(tables, out);
        return out.toByteArray();
    }

    public byte[] pdf(ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePdf(table, out);
        return out.toByteArray();
    }

    /**
     * Sends the tables as a workbook named {@code fileName.xlsx}. The workbook is built (its rows in a temporary file)
     * before the first byte is sent.
     */
    public void sendXlsx(HttpServletResponse response, String fileName, List<ExportTable> tables) {
        writeXlsx(tables, new DeferredResponse(response, fileName + ".xlsx", XLSX));
    }

    /** Sends the table as {@code fileName.pdf}. */
    public void sendPdf(HttpServletResponse response, String fileName, ExportTable table) {
        send(response, fileName + ".pdf", PDF, pdf(table));
    }

    /** Sends the document as {@code fileName.pdf}. */
    public void sendPdf(HttpServletResponse response, String fileName, PrintedDocument document) {
        send(response, fileName + ".pdf", PDF, pdf(document));
    }

    /** Sends a file already written. */
    public static void send(HttpServletResponse response, String fileName, String contentType, byte[] body) {
        try {
            headers(response, fileName, contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send " + fileName, e);
        }
    }

    /** The line under the title: 填报单位：…　统计期：…　版次：第2版 (absent parts left out), or null. */
    String details(ExportTable table) {
        List<String> parts = new ArrayList<>();
        if (table.unit() != null && !table.unit().isBlank()) {
            parts.add(message("export.unit", table.unit()));
        }
        if (table.period() != null && !table.period().isBlank()) {
            parts.add(message("export.period", table.period()));
        }
        if (table.revision() != null) {
            parts.add(message("export.revision", table.revision()));
        }
        return parts.isEmpty() ? null : String.join("　　", parts);
    }

    /** A cell as the PDF writes it: figures with the grouping of the language, days as 2026年12月2日. */
    String text(ExportCell cell) {
        Locale locale = UiFormats.english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        if (cell instanceof ExportCell.Text text) {
            return text.value();
        }
        if (cell instanceof ExportCell.Number number) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(number.decimals());
            format.setMaximumFractionDigits(number.decimals());
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format.format(number.value());
        }
        if (cell instanceof ExportCell.Percent percent) {
            NumberFormat format = NumberFormat.getPercentInstance(locale);
            format.setMinimumFractionDigits(percent.decimals());
            format.setMaximumFractionDigits(percent.decimals());
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format.format(percent.fraction());
        }
        if (cell instanceof ExportCell.Day day) {
            return UiFormats.english() ? DateTimeFormatter.ISO_LOCAL_DATE.format(day.value())
                    : CHINESE_DAY.format(day.value());
        }
        return "";
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    private static void headers(HttpServletResponse response, String fileName, String contentType) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(DownloadNames.safe(fileName), StandardCharsets.UTF_8).build().toString());
    }

    /** The response's stream, its headers set only when the first byte is written (after the rows were read). */
    private static final class DeferredResponse extends OutputStream {

        private final HttpServletResponse response;
        private final String fileName;
        private final String contentType;
        private OutputStream out;

        DeferredResponse(HttpServletResponse response, String fileName, String contentType) {
            this.response = response;
            this.fileName = fileName;
            this.contentType = contentType;
        }

        private OutputStream out() throws IOException {
            if (out == null) {
                headers(response, fileName, contentType);
                out = response.getOutputStream();
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }
    }
}
