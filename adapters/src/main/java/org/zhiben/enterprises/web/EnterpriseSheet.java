package org.zhiben.enterprises.web;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.zhiben.enterprises.EnterpriseImport;
import org.zhiben.enterprises.EnterpriseImportRow;
import org.zhiben.enterprises.application.ImportEnterprisesCommand;
import org.zhiben.platform.web.SheetReader;

/**
 * Reads an enterprise import sheet with the shared {@link SheetReader}: a CSV file (UTF-8, with or without BOM, RFC
 * 4180 quoting) or the first sheet of an Excel workbook (.xlsx). The first row is the header; it names each column by
 * its key ({@link EnterpriseImport#COLUMNS}) or by its Chinese heading (统一社会信用代码, 企业名称, ...). Rows whose
 * cells are all empty are skipped. Each row keeps its line number in the file (the header is line 1) for the import
 * report.
 * <p>
 * A file that is neither, or whose header is wrong, is refused as a whole on the field {@code file}
 * ({@code enterprise.import.file.*}, {@code enterprise.import.header.*}).
 */
public final class EnterpriseSheet {

    /** The Chinese column headings, in the order of {@link EnterpriseImport#COLUMNS}. */
    public static final List<String> CHINESE_HEADINGS = List.of("统一社会信用代码", "企业名称", "属地", "行业", "地址",
            "主要负责人", "主要负责人电话", "主要负责人邮箱", "实际控制人", "实际控制人电话", "实际控制人邮箱", "安全生产标准化等级",
            "状态", "医院等级", "重点文物保护单位", "大型商业综合体", "消防安全责任人", "消防安全责任人电话");

    /** Columns a sheet may leave out: a sheet made before the e-mail columns existed still imports. */
    static final SheetReader.Layout LAYOUT = new SheetReader.Layout("enterprise.import", EnterpriseImport.COLUMNS,
            CHINESE_HEADINGS, Set.of("principalEmail", "controllerEmail", "standardisationGrade", "status",
            "hospitalGrade", "keyCulturalRelicUnit", "largeCommercialComplex", "fireSafetyName", "fireSafetyPhone"));

    private EnterpriseSheet() {
    }

    /**
     * The rows of the file, read while the import takes them, in file order: the file is never held in memory as a
     * whole. The content is read once, when the import runs, and not closed.
     */
    public static ImportEnterprisesCommand.Rows rows(String fileName, InputStream content) {
        return row -> SheetReader.read(fileName, content, LAYOUT,
                sheetRow -> row.accept(new EnterpriseImportRow(sheetRow.lineNumber(), sheetRow.cells())));
    }
}
