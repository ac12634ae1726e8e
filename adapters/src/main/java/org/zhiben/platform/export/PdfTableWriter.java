package org.zhiben.platform.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
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
import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a table as a PDF with OpenPDF, its text in the embedded CJK font: the title, the line of unit, period and
 * revision, the heading with merged cells (repeated at the top of every page), the body, the notes. Pages are A4,
 * landscape when the table has more than eight columns. Long bodies are handed to the document in parts, so that the
 * rows already laid out are not all kept in memory.
 */
final class PdfTableWriter {

    /** Rows laid out before they are handed to the document. */
    private static final int PART = 200;
    private static final Color HEADING_GREY = new Color(0xE6, 0xE6, 0xE6);

    private final BaseFont font;
    private final Function<ExportCell, String> texts;
    private final String nothing;

    /** @param nothing what an empty body shows, in one row across the table */
    PdfTableWriter(BaseFont font, Function<ExportCell, String> texts, String nothing) {
        this.font = font;
        this.texts = texts;
        this.nothing = nothing;
    }

    void write(ExportTable table, String details, OutputStream out) throws DocumentException {
        HeaderGrid grid = table.grid();
        Rectangle size = grid.columns() > 8 ? PageSize.A4.rotate() : PageSize.A4;
        Document document = new Document(size, 28, 28, 32, 32);
        PdfWriter.getInstance(document, out);
        document.open();
        Font titleFont = new Font(font, 15, Font.BOLD);
        Font detailFont = new Font(font, 9);
        Font headingFont = new Font(font, 8.5f, Font.BOLD);
        Font bodyFont = new Font(font, 8.5f);

        Paragraph title = new Paragraph(table.title(), titleFont);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(6);
        document.add(title);
        if (details != null) {
            Paragraph line = new Paragraph(details, detailFont);
            line.setSpacingAfter(6);
            document.add(line);
        }

        PdfPTable pdf = new PdfPTable(grid.columns());
        pdf.setWidthPercentage(100);
        pdf.setWidths(table.columnWidths().stream().mapToInt(Integer::intValue).toArray());
        pdf.setHeaderRows(grid.rows());
        pdf.setComplete(false);
        for (HeaderGrid.Placed placed : grid.placed()) {
            PdfPCell cell = new PdfPCell(new Phrase(placed.cell().text(), headingFont));
            cell.setColspan(placed.cell().columns());
            cell.setRowspan(placed.cell().rows());
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setBackgroundColor(HEADING_GREY);
            cell.setPadding(3);
            pdf.addCell(cell);
        }
        int rows = 0;
        for (List<ExportCell> values : table.body()) {
            if (values.size() != grid.columns()) {
                throw new IllegalArgumentException("a row of '" + table.title() + "' has " + values.size()
                        + " cells, the heading " + grid.columns() + " columns");
            }
            for (ExportCell value : values) {
                PdfPCell cell = new PdfPCell(new Phrase(texts.apply(value), bodyFont));
                cell.setPadding(3);
                boolean figure = value instanceof ExportCell.Number || value instanceof ExportCell.Percent;
                cell.setHorizontalAlignment(figure ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                pdf.addCell(cell);
            }
            if (++rows % PART == 0) {
                document.add(pdf);
            }
        }
        if (rows == 0) {
            PdfPCell cell = new PdfPCell(new Phrase(nothing, bodyFont));
            cell.setColspan(grid.columns());
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPadding(3);
            pdf.addCell(cell);
        }
        pdf.setComplete(true);
        document.add(pdf);
        for (String note : table.notes()) {
            Paragraph paragraph = new Paragraph(note, detailFont);
            paragraph.setSpacingBefore(4);
            document.add(paragraph);
        }
        document.close();
    }
}
