package org.zhiben.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.PageView;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.reporting.MonthlyRanking;
import org.zhiben.reporting.Punctuality;
import org.zhiben.reporting.RankingLine;
import org.zhiben.reporting.application.RankUnits;

/**
 * The monthly ranking of the reporting units (晾晒通报): a month's preview from today's figures, the committee office's
 * publication (frozen, audited, each unit told through its inbox) and the published months and revisions.
 */
@Tag(name = "Reporting: monthly ranking", description = "晾晒通报：各报送单位按附表1报送及时性、整改率、逾期隐患数的月度排名")
@RestController
@RequestMapping("/api/v1/reporting/rankings")
class RankingController {

    @Schema(description = "A unit's line: its rank among all reporting units and the figures it was ranked by. "
            + "clearanceRate is the month's rectification rate of 附表1 in percent (null: nothing to rectify, ranked "
            + "as 100); overdue counts its overdue major hazards at the month's end.")
    record LineView(int rank, String unit, String unitName,
                    @Schema(implementation = Punctuality.class) String punctuality, String punctualityLabel,
                    @Schema(nullable = true) LocalDate firstSubmittedOn,
                    @Schema(nullable = true) BigDecimal clearanceRate, long overdue) {
    }

    @Schema(description = "A month's ranking: a preview (revision 0, published false) or a published revision")
    record RankingView(String month, String monthLabel, boolean published, int revision,
                       @Schema(nullable = true) Instant publishedAt, @Schema(nullable = true) String publishedBy,
                       @Schema(nullable = true) String note, @Schema(nullable = true) String reason,
                       List<LineView> lines) {
    }

    @Schema(description = "Publishes the month's ranking from today's figures. reason: required when the month is "
            + "published already (the new revision says why), at most 1000 characters; note: optional, at most 500.")
    record PublishRequest(@Schema(maxLength = 500) String note, @Schema(maxLength = 1000) String reason) {
    }

    private final RankUnits ranking;
    private final ReportingLabels labels;

    RankingController(RankUnits ranking, ReportingLabels labels) {
        this.ranking = ranking;
        this.labels = labels;
    }

    @Operation(summary = "The published months, the latest first (each month's latest revision, without lines)",
            description = "size is 1 to 200.")
    @GetMapping
    PageView<RankingView> publishedMonths(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        SubmissionController.checkPage(page, size);
        return PageView.of(ranking.publishedMonths(page, size), this::view, page, size,
                ranking.countPublishedMonths());
    }

    @Operation(summary = "A month's ranking from today's figures (not published)",
            description = "The committee office sees every unit; another caller the units it reads (its own, those "
                    + "in its data scope), each with its rank among all units. 400 for a month not written yyyy-MM or "
                    + "without 附表1 in the plan; 409 reporting.ranking.not-due-yet before the month's 附表1 is due.")
    @GetMapping("/{month}/preview")
    RankingView preview(@Parameter(example = "2025-10") @PathVariable String month) {
        return view(ranking.preview(RankingViews.month(month)));
    }

    @Operation(summary = "A month's published ranking, exactly as published: the latest revision, or ?revision=n",
            description = "Every reader sees every unit's line. ETag: the revision. 404 when not published.")
    @GetMapping("/{month}")
    ResponseEntity<RankingView> published(@Parameter(example = "2025-10") @PathVariable String month,
            @RequestParam(required = false) Integer revision) {
        MonthlyRanking found = ranking.published(RankingViews.month(month), revision);
        return IfMatch.answer(found.revision(), view(found));
    }

    @Operation(summary = "Every published revision of a month, without lines, the first first")
    @GetMapping("/{month}/revisions")
    List<RankingView> revisions(@Parameter(example = "2025-10") @PathVariable String month) {
        return ranking.revisions(RankingViews.month(month)).stream().map(this::view).toList();
    }

    @Operation(summary = "Publish the month's ranking (the committee office; irreversible)",
            description = "Freezes today's ranking as the month's next revision, audited, each unit told its rank "
                    + "through its inbox. 409 reporting.ranking.already-published when the month is published and no "
                    + "reason is given; with a reason it is published again as a new revision. If-Match (optional): "
                    + "the month's latest revision the caller read (\"0\" for none), else 412. A concurrent "
                    + "publication of the same revision: 409.")
    @PostMapping("/{month}/publications")
    ResponseEntity<RankingView> publish(@Parameter(example = "2025-10") @PathVariable String month,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) PublishRequest request) {
        YearMonth parsed = RankingViews.month(month);
        Integer expected = ifMatch == null ? null : Math.toIntExact(IfMatch.requiredVersion(ifMatch));
        MonthlyRanking published = ranking.publish(parsed, expected, request == null ? null : request.note(),
                request == null ? null : request.reason());
        return ResponseEntity.created(URI.create("/api/v1/reporting/rankings/" + parsed + "?revision="
                + published.revision())).eTag(IfMatch.etag(published.revision())).body(view(published));
    }

    private RankingView view(MonthlyRanking r) {
        return new RankingView(r.month().toString(), labels.text("reporting.period.month",
                String.valueOf(r.month().getYear()), String.valueOf(r.month().getMonthValue())), r.published(),
                r.revision(), r.publishedAt(), r.publishedBy(), r.note(), r.reason(),
                r.lines().stream().map(this::line).toList());
    }

    private LineView line(RankingLine l) {
        return new LineView(l.rank(), l.unit().value(), UiFormats.english() ? l.unitNameEn() : l.unitName(),
                l.punctuality().name(), labels.text("reporting.punctuality." + l.punctuality().name()),
                l.firstSubmittedOn(), l.clearanceRate(), l.overdue());
    }
}
