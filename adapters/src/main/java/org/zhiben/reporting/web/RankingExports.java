package org.zhiben.reporting.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhiben.platform.export.ExportCell;
import org.zhiben.platform.export.ExportTable;
import org.zhiben.platform.export.HeaderCell;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.reporting.MonthlyRanking;
import org.zhiben.reporting.RankingLine;

/**
 * The monthly ranking (晾晒通报) as the platform's export table: 名次, 报送单位, 附表1报送情况 (over 情况 and 首次报送日期),
 * 整改率 and 逾期隐患; the month and, once published, the revision in the title; under it the rule and who published it
 * when, with the note. Ranks and counts are numbers, the rate a percentage.
 */
@Component
public class RankingExports {

    private final ReportingLabels labels;
    private final UiFormats formats;

    RankingExports(ReportingLabels labels, UiFormats formats) {
        this.labels = labels;
        this.formats = formats;
    }

    public ExportTable table(MonthlyRanking ranking) {
        List<List<ExportCell>> body = new ArrayList<>();
        for (RankingLine line : ranking.lines()) {
            body.add(List.of(ExportCell.count(line.rank()),
                    ExportCell.text(UiFormats.english() ? line.unitNameEn() : line.unitName()),
                    ExportCell.text(labels.text("reporting.punctuality." + line.punctuality().name())),
                    ExportCell.day(line.firstSubmittedOn()),
                    line.clearanceRate() == null ? ExportCell.text(labels.text("ranking.nothing-to-rectify"))
                            : ExportCell.percent(line.clearanceRate().divide(BigDecimal.valueOf(100),
                            MathContext.DECIMAL64), 1),
                    ExportCell.count(line.overdue())));
        }
        List<HeaderCell> first = List.of(HeaderCell.down(text("ranking.col.rank"), 2),
                HeaderCell.down(text("ranking.col.unit"), 2), HeaderCell.across(text("ranking.col.submission"), 2),
                HeaderCell.down(text("ranking.col.rate"), 2), HeaderCell.down(text("ranking.col.overdue"), 2));
        List<HeaderCell> second = List.of(HeaderCell.of(text("ranking.col.punctuality")),
                HeaderCell.of(text("ranking.col.first-submitted")));
        List<String> notes = new ArrayList<>();
        notes.add(text("ranking.rule"));
        if (ranking.published()) {
            notes.add(text("ranking.published-by", ranking.publishedBy(), formats.dateTime(ranking.publishedAt())));
            if (ranking.reason() != null) {
                notes.add(text("ranking.reason.value", ranking.reason()));
            }
            if (ranking.note() != null) {
                notes.add(text("ranking.note.value", ranking.note()));
            }
        } else {
            notes.add(text("ranking.preview-note", formats.date(formats.today())));
        }
        ExportTable table = ExportTable.of(text("ranking.title"), List.of(first, second), body)
                .withUnit(text("ranking.issuer"))
                .withPeriod(UiFormats.english() ? ranking.month().toString()
                        : ranking.month().getYear() + "年" + ranking.month().getMonthValue() + "月")
                .withNotes(notes)
                .withSheetName(text("ranking.sheet"))
                .withWidths(List.of(8, 30, 16, 16, 10, 12));
        return ranking.published() ? table.withRevision(ranking.revision()) : table;
    }

    private String text(String key, Object... arguments) {
        return labels.text(key, arguments);
    }
}
