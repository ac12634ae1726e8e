package org.zhiben.reporting.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhiben.platform.export.ExportTable;
import org.zhiben.platform.export.TableExports;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingUnit;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.SubmissionId;
import org.zhiben.reporting.SubmissionRevision;
import org.zhiben.reporting.application.SubmitReports;
import org.zhiben.reporting.web.FrozenStockTable;
import org.zhiben.reporting.web.StockTableExports;
import org.zhiben.shared.NotFoundException;

/**
 * A submitted 附表1 revision as files, xlsx or PDF laid out like the form, made from the revision's frozen content
 * (figures and names as they were submitted, the revision's number in the title), never from today's figures. Read by
 * whoever may read the submission (its unit's users, the committee office); anything else, and a revision of another
 * kind of report, is not found (404).
 */
@PageController
@RequestMapping("/reporting/submissions/{id}/revisions")
class SubmittedStockTableDownloads {

    static final String READ = "SCOPE_reporting:read";

    private final SubmitReports submissions;
    private final ReportingUnits units;
    private final StockTableExports tables;
    private final TableExports exports;

    SubmittedStockTableDownloads(SubmitReports submissions, ReportingUnits units, StockTableExports tables,
            TableExports exports) {
        this.submissions = submissions;
        this.units = units;
        this.tables = tables;
        this.exports = exports;
    }

    @GetMapping("/{number}.xlsx")
    void xlsx(@PathVariable UUID id, @PathVariable int number, HttpServletResponse response) {
        Named table = table(id, number);
        exports.sendXlsx(response, table.fileName(), List.of(table.table()));
    }

    @GetMapping("/{number}.pdf")
    void pdf(@PathVariable UUID id, @PathVariable int number, HttpServletResponse response) {
        Named table = table(id, number);
        exports.sendPdf(response, table.fileName(), table.table());
    }

    private record Named(String fileName, ExportTable table) {
    }

    private Named table(UUID id, int number) {
        PageAccess.require(READ);
        Submission submission = submissions.find(new SubmissionId(id));
        if (submission.kind() != ReportKind.STOCK_TABLE) {
            throw new NotFoundException("submitted-stock-table", id + "/" + number);
        }
        SubmissionRevision revision = submissions.revision(submission.id(), number);
        FrozenStockTable frozen = FrozenStockTable.parse(revision.content());
        String sheet = units.findByCode(submission.unit()).map(ReportingUnit::shortName).orElse(frozen.unitName());
        return new Named("附表1-" + sheet + "-" + frozen.month() + "-第" + number + "版",
                tables.frozen(frozen, number, sheet));
    }
}
