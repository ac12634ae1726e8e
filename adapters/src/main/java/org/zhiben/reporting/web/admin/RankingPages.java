package org.zhiben.reporting.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.platform.export.TableExports;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.reporting.MonthlyRanking;
import org.zhiben.reporting.RankingLine;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.application.RankUnits;
import org.zhiben.reporting.application.ReadPunctuality;
import org.zhiben.reporting.web.RankingExports;
import org.zhiben.reporting.web.RankingViews;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.StaleVersionException;

/**
 * The monthly ranking (晾晒通报) as a page: a month's table (rank, unit name, punctuality of its 附表1, clearance rate,
 * overdue hazards) — as published when the committee office has published the month, else the preview from today's
 * figures — its revisions, the committee office's publication (confirmed, since it cannot be undone; a month published
 * already is published again only with a reason) and the table as xlsx or PDF.
 */
@PageController
@RequestMapping("/reporting/rankings")
class RankingPages {

    static final String READ = "SCOPE_reporting:read";
    static final String REVIEW = "SCOPE_reporting:review";

    /** A line of the table as shown. */
    record Row(int rank, String unit, String unitName, String punctuality, LocalDate firstSubmittedOn, String rate,
               long overdue) {
    }

    private final RankUnits ranking;
    private final ReadPunctuality punctuality;
    private final RankingExports exportTables;
    private final TableExports exports;
    private final UiFormats formats;

    RankingPages(RankUnits ranking, ReadPunctuality punctuality, RankingExports exportTables, TableExports exports,
            UiFormats formats) {
        this.ranking = ranking;
        this.punctuality = punctuality;
        this.exportTables = exportTables;
        this.exports = exports;
        this.formats = formats;
    }

    @GetMapping
    String show(@RequestParam(required = false) String month, @RequestParam(required = false) Integer revision,
            Model model) {
        PageAccess.require(READ);
        model.addAttribute("revisionAsked", revision);
        List<YearMonth> months = dueMonths();
        model.addAttribute("months", months);
        model.addAttribute("canPublish", PageAccess.has(REVIEW));
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? (months.isEmpty() ? null : months.get(0))
                    : RankingViews.month(month.strip());
        } catch (InvalidValueException malformed) {
            model.addAttribute("failure", malformed.code());
            model.addAttribute("failureArguments", malformed.arguments().toArray());
            shown = null;
        }
        model.addAttribute("month", shown);
        if (shown != null) {
            fill(shown, model);
        }
        return "reporting-ranking/rankings";
    }

    @PostMapping("/{month}/publish")
    String publish(@PathVariable String month, @RequestParam(required = false) String note,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String confirm,
            @RequestParam(required = false) Integer revision, Model model, RedirectAttributes redirect) {
        PageAccess.require(REVIEW);
        YearMonth parsed = RankingViews.month(month);
        String refusal = null;
        Object[] arguments = new Object[0];
        if (!"yes".equals(confirm)) {
            refusal = "ranking.confirm.required";
        } else {
            try {
                MonthlyRanking published = ranking.publish(parsed, revision, note, reason);
                redirect.addFlashAttribute("success", "ranking.published.flash");
                return "redirect:/reporting/rankings?month=" + parsed + "&revision=" + published.revision();
            } catch (StaleVersionException changed) {
                refusal = "ranking.changed-meanwhile";
            } catch (DomainException refused) {
                refusal = refused.code();
                arguments = refused.arguments().toArray();
            }
        }
        model.addAttribute("months", dueMonths());
        model.addAttribute("canPublish", true);
        model.addAttribute("month", parsed);
        model.addAttribute("publishError", refusal);
        model.addAttribute("publishErrorArguments", arguments);
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("reason", reason == null ? "" : reason);
        fill(parsed, model);
        return "reporting-ranking/rankings";
    }

    @GetMapping("/{month}.xlsx")
    void xlsx(@PathVariable String month, @RequestParam(required = false) Integer revision,
            HttpServletResponse response) {
        MonthlyRanking shown = exported(month, revision);
        exports.sendXlsx(response, fileName(shown), List.of(exportTables.table(shown)));
    }

    @GetMapping("/{month}.pdf")
    void pdf(@PathVariable String month, @RequestParam(required = false) Integer revision,
            HttpServletResponse response) {
        MonthlyRanking shown = exported(month, revision);
        exports.sendPdf(response, fileName(shown), exportTables.table(shown));
    }

    /** The published revision asked for, else the latest, else the preview (what the page shows). */
    private MonthlyRanking exported(String month, Integer revision) {
        PageAccess.require(READ);
        YearMonth parsed = RankingViews.month(month);
        if (revision != null) {
            return ranking.published(parsed, revision);
        }
        return ranking.latest(parsed).orElseGet(() -> ranking.preview(parsed));
    }

    private static String fileName(MonthlyRanking shown) {
        return "晾晒通报-" + shown.month() + (shown.published() ? "-第" + shown.revision() + "版" : "-预览");
    }

    private void fill(YearMonth month, Model model) {
        Integer revision = null;
        Object asked = model.getAttribute("revisionAsked");
        if (asked instanceof Integer r) {
            revision = r;
        }
        List<MonthlyRanking> revisions = ranking.revisions(month);
        model.addAttribute("revisions", revisions);
        model.addAttribute("latestRevision", revisions.isEmpty() ? 0 : revisions.get(revisions.size() - 1).revision());
        try {
            Optional<MonthlyRanking> latest = ranking.latest(month);
            MonthlyRanking shown = latest.isPresent() ? latest.get() : ranking.preview(month);
            if (revision != null) {
                shown = ranking.published(month, revision);
            }
            model.addAttribute("ranking", shown);
            model.addAttribute("rows", shown.lines().stream().map(this::row).toList());
            model.addAttribute("units", shown.lines().size());
        } catch (DomainException refused) {
            model.addAttribute("failure", refused.code());
            model.addAttribute("failureArguments", refused.arguments().toArray());
        }
    }

    private Row row(RankingLine line) {
        String rate = line.clearanceRate() == null ? null
                : line.clearanceRate().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        return new Row(line.rank(), line.unit().value(), formats.pick(line.unitName(), line.unitNameEn()),
                line.punctuality().name(), line.firstSubmittedOn(), rate, line.overdue());
    }

    /** The months whose 附表1 is due by today, the latest first. */
    private List<YearMonth> dueMonths() {
        LocalDate today = formats.today();
        return punctuality.periods().stream()
                .filter(p -> p.kind() == ReportKind.STOCK_TABLE && p.lateOn(today))
                .map(ReportingPeriod::yearMonth)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }
}
