package org.zhiben.platform.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;

/** Writes a {@link PrintedDocument} on A4 paper with OpenPDF, its text in the embedded CJK font. */
final class PdfDocumentWriter {

    private final BaseFont font;

    PdfDocumentWriter(BaseFont font) {
        this.font = font;
    }

    void write(PrintedDocument printed, OutputStream out) {
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        Font titleFont = new Font(font, 18, Font.BOLD);
        Font textFont = new Font(font, 11.5f);
        Font labelFont = new Font(font, 11, Font.BOLD);
        Font smallFont = new Font(font, 10.5f);

        Paragraph title = new Paragraph(printed.title(), titleFont);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(8);
        document.add(title);
        if (printed.number() != null && !printed.number().isBlank()) {
            Paragraph number = new Paragraph(printed.number(), smallFont);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(14);
            document.add(number);
        }
        if (printed.addressee() != null && !printed.addressee().isBlank()) {
            Paragraph addressee = new Paragraph(printed.addressee(), textFont);
            addressee.setSpacingAfter(8);
            document.add(addressee);
        }
        for (PrintedDocument.Block block : printed.blocks()) {
            if (block instanceof PrintedDocument.Text text) {
                Paragraph paragraph = new Paragraph(text.text(), textFont);
                paragraph.setFirstLineIndent(23);
                paragraph.setLeading(20);
                paragraph.setSpacingAfter(6);
                document.add(paragraph);
            } else if (block instanceof PrintedDocument.Fields fields) {
                PdfPTable table = new PdfPTable(new float[] {1.1f, 3.4f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                table.setSpacingAfter(10);
                for (PrintedDocument.Field field : fields.fields()) {
                    PdfPCell label = new PdfPCell(new Phrase(field.label(), labelFont));
                    label.setVerticalAlignment(Element.ALIGN_TOP);
                    label.setHorizontalAlignment(Element.ALIGN_CENTER);
                    label.setPadding(6);
                    PdfPCell value = new PdfPCell(new Phrase(field.value(), textFont));
                    value.setPadding(6);
                    value.setMinimumHeight(field.value().isEmpty() ? 48 : 22);
                    table.addCell(label);
                    table.addCell(value);
                }
                document.add(table);
            } else if (block instanceof PrintedDocument.Signatures signatures) {
                PdfPTable table = new PdfPTable(Math.max(1, signatures.signatures().size()));
                table.setWidthPercentage(100);
                table.setSpacingBefore(24);
                for (PrintedDocument.Signature signature : signatures.signatures()) {
                    Paragraph lines = new Paragraph();
                    lines.add(new Phrase(signature.role() + "\n", labelFont));
                    lines.add(new Phrase(signature.unit() + "\n\n\n", textFont));
                    lines.add(new Phrase(signature.date(), textFont));
                    PdfPCell cell = new PdfPCell(lines);
                    cell.setBorder(Rectangle.NO_BORDER);
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                    cell.setPadding(4);
                    table.addCell(cell);
                }
                document.add(table);
            }
        }
        document.close();
    }
}
