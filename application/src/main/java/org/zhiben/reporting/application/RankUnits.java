package org.zhiben.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.hazards.Inbox;
import org.zhiben.identity.CurrentActors;
import org.zhiben.reporting.MonthlyRanking;
import org.zhiben.reporting.Punctuality;
import org.zhiben.reporting.RankingLine;
import org.zhiben.reporting.RankingRule;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.ReportingUnit;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.reporting.StockTables;
import org.zhiben.reporting.SubmissionPunctuality;
import org.zhiben.reporting.UnitPunctuality;
import org.zhiben.reporting.storage.PublishedRankings;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;

/**
 * The monthly ranking of the reporting units (晾晒通报, "建立完善信息汇总、动态研判、晾晒通报、督导检查等机制"): every
 * reporting unit ranked by {@link RankingRule} from the punctuality of its 附表1 for the month
 * ({@link SubmissionPunctuality}) and the clearance rate and overdue hazards of that 附表1 ({@link StockTables}), once
 * the month's table is due.
 *
 * <ul>
 *   <li>The <b>preview</b> is worked out from the figures of the day. The committee office (prefecture-wide) sees every
 *       unit's line; another caller sees the lines of the units it reads — its own unit and the units whose
 *       jurisdictions or industries lie in its data scope — each with its rank among all units.</li>
 *   <li>The committee office <b>publishes</b> a month: the ranking is frozen as published (who, when, the note),
 *       audited ({@code ranking.published}) and each unit is told its rank through its inbox (once per unit and
 *       revision). A month published already is published again only as a new revision with a reason; the revision
 *       the caller last read may be given, and a different one is refused (412); a concurrent publication of the same
 *       revision fails on the store's unique month and revision.</li>
 *   <li>A <b>published</b> ranking is shown to every reader exactly as published, however the hazards and
 *       submissions change afterwards.</li>
 * </ul>
 */
public class RankUnits {

    public static final String PUBLISHED = "ranking.published";
    public static final String NOTICE = "reporting.ranking.notice";

    private final ReportingUnits units;
    private final SubmissionPunctuality punctuality;
    private final StockTables stockTables;
    private final PublishedRankings rankings;
    private final Inbox inbox;
    private final CurrentActors actors;
    private final AuditRecorder audit;
    private final Clock clock;

    public RankUnits(ReportingUnits units, SubmissionPunctuality punctuality, StockTables stockTables,
            PublishedRankings rankings, Inbox inbox, CurrentActors actors, AuditRecorder audit, Clock clock) {
        this.units = units;
        this.punctuality = punctuality;
        this.stockTables = stockTables;
        this.rankings = rankings;
        this.inbox = inbox;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** The month's ranking from today's figures, the lines the caller reads. */
    public MonthlyRanking preview(YearMonth month) {
        MonthlyRanking all = rank(month);
        if (prefectureWide()) {
            return all;
        }
        return MonthlyRanking.preview(month, all.lines().stream().filter(line -> readable(line.unit())).toList());
    }

    /** The month's latest published revision, or the given one (404 when the month has none, or not that one). */
    public MonthlyRanking published(YearMonth month, Integer revision) {
        Optional<MonthlyRanking> found = revision == null ? rankings.latest(month) : rankings.find(month, revision);
        return found.orElseThrow(() -> new NotFoundException(MonthlyRanking.ENTITY,
                revision == null ? month : month + "/" + revision));
    }

    /** The month's latest published revision, if it is published. */
    public Optional<MonthlyRanking> latest(YearMonth month) {
        return rankings.latest(month);
    }

    /** Every published revision of a month, without their lines. */
    public List<MonthlyRanking> revisions(YearMonth month) {
        return rankings.revisions(month);
    }

    /** The published months (their latest revision, without lines), the latest month first. */
    public List<MonthlyRanking> publishedMonths(int page, int size) {
        return rankings.months(page * size, size);
    }

    public long countPublishedMonths() {
        return rankings.countMonths();
    }

    /**
     * Publishes the month's ranking from today's figures (the committee office only, else 403).
     *
     * @param expectedRevision the month's latest revision the caller read (0 for none), or {@code null} not to check
     * @param note             the note published with it, optional
     * @param reason           why the month is published again; required once it is published
     */
    public MonthlyRanking publish(YearMonth month, Integer expectedRevision, String note, String reason) {
        if (!prefectureWide()) {
            throw new AccessRefusedException("the committee office publishes the ranking");
        }
        Optional<MonthlyRanking> latest = rankings.latest(month);
        int current = latest.map(MonthlyRanking::revision).orElse(0);
        if (expectedRevision != null && expectedRevision != current) {
            throw new StaleVersionException(MonthlyRanking.ENTITY, month, expectedRevision, current);
        }
        MonthlyRanking published = rank(month).publish(latest, note, reason, clock.instant(),
                actors.actor().username());
        rankings.add(published);
        audit.record(actors.actor(), MonthlyRanking.ENTITY, month.toString(), PUBLISHED, published.reason(),
                "month=" + month + ";revision=" + published.revision() + ";units=" + published.lines().size()
                        + (published.note() == null ? "" : ";note=" + published.note().replace(';', '；')));
        for (RankingLine line : published.lines()) {
            inbox.post(Inbox.Post.toUnit("reporting.ranking:" + month + ":" + published.revision() + ":"
                            + line.unit().value(), line.unit(), NOTICE,
                    List.of(String.valueOf(month.getYear()), String.valueOf(month.getMonthValue()), line.rank(),
                            published.lines().size()),
                    "/reporting/rankings?month=" + month));
        }
        return published;
    }

    /** Every reporting unit ranked on today's figures; refused until the month's 附表1 is due. */
    MonthlyRanking rank(YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        List<UnitPunctuality> standings = punctuality.forPeriod(ReportKind.STOCK_TABLE,
                ReportingPeriod.month(month), today);
        Map<UnitCode, UnitPunctuality> byUnit = new HashMap<>();
        for (UnitPunctuality standing : standings) {
            if (standing.punctuality() == Punctuality.NOT_YET_DUE) {
                throw new RuleViolationException("reporting.ranking.not-due-yet",
                        "a month is ranked once its 附表1 is due", month.toString(), standing.period().due());
            }
            byUnit.put(standing.unit(), standing);
        }
        List<ReportingUnit> ranked = units.findAll().stream().filter(u -> byUnit.containsKey(u.code())).toList();
        Map<UnitCode, ReportingUnit> unitsByCode = new HashMap<>();
        List<RankingRule.Standing> figures = new ArrayList<>();
        for (ReportingUnit unit : ranked) {
            HazardStockFigures total = stockTables.ofUnit(unit.code(), month).total();
            unitsByCode.put(unit.code(), unit);
            figures.add(new RankingRule.Standing(unit.code(), byUnit.get(unit.code()).punctuality(),
                    total.rectificationRate(), total.closingOverdue()));
        }
        List<RankingLine> lines = RankingRule.rank(figures).stream().map(r -> {
            ReportingUnit unit = unitsByCode.get(r.standing().unit());
            return new RankingLine(r.rank(), unit.code(), unit.name(), unit.nameEn(), r.standing().punctuality(),
                    byUnit.get(unit.code()).firstSubmittedOn(), r.standing().clearanceRate(),
                    r.standing().overdue());
        }).toList();
        return MonthlyRanking.preview(month, lines);
    }

    private boolean prefectureWide() {
        return actors.scope().prefectureWide();
    }

    /** The caller's own unit, or a unit whose jurisdictions or industries lie in the caller's data scope. */
    private boolean readable(UnitCode code) {
        DataScope scope = actors.scope();
        return code.value().equals(actors.actor().unitCode())
                || units.findByCode(code).filter(unit -> !(unit.jurisdictions().isEmpty()
                        && unit.industries().isEmpty()) && unit.isWithin(scope)).isPresent();
    }
}
