package org.zhiben.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * The monthly ranking of the reporting units (晾晒通报, "建立完善信息汇总、动态研判、晾晒通报、督导检查等机制") by the rule
 * of {@link RankingRule}: worked out from the figures of the day as a preview, and published by the committee office,
 * which freezes it. A published ranking never changes: a month is published once (revision 1); publishing it again is
 * a new revision that states its reason, as a correction of a submitted report is.
 *
 * @param revision    the published revision (from 1), 0 for a preview
 * @param lines       every reporting unit's line, best rank first (a preview shown to a unit may hold its own only)
 * @param publishedAt when it was published; {@code null} for a preview
 * @param publishedBy who published it; {@code null} for a preview
 * @param note        the committee office's note published with it, if any
 * @param reason      why a month was published again (revision 2 on); {@code null} for revision 1
 */
public record MonthlyRanking(YearMonth month, int revision, List<RankingLine> lines, Instant publishedAt,
                             String publishedBy, String note, String reason) {

    public static final String ENTITY = "MonthlyRanking";
    public static final int NOTE_MAX = 500;
    public static final int REASON_MAX = 1000;

    public MonthlyRanking {
        Require.notNull(month, "month");
        lines = List.copyOf(Require.notNull(lines, "lines"));
        if (revision < 0) {
            throw new IllegalArgumentException("a revision counts from 1: " + revision);
        }
        if (revision > 0 && (publishedAt == null || publishedBy == null)) {
            throw new IllegalArgumentException("a published ranking says when and by whom");
        }
        if (revision > 1 && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a ranking published again states why");
        }
    }

    /** A month's ranking worked out from the figures of the day, not published. */
    public static MonthlyRanking preview(YearMonth month, List<RankingLine> lines) {
        return new MonthlyRanking(month, 0, lines, null, null, null, null);
    }

    /** Whether it was published (and so is frozen). */
    public boolean published() {
        return revision > 0;
    }

    /**
     * Publishes this preview as the month's next revision. The first publication of a month needs no reason; once a
     * month is published, it is published again only as a new revision with a reason (else refused with
     * {@code reporting.ranking.already-published}). The note is optional (at most 500 characters), the reason at most
     * 1000.
     *
     * @param latest the month's latest published revision, if any
     */
    public MonthlyRanking publish(Optional<MonthlyRanking> latest, String note, String reason, Instant at, String by) {
        if (published()) {
            throw new IllegalStateException("a published ranking is frozen");
        }
        Require.notNull(latest, "latest");
        Require.notNull(at, "at");
        Require.notBlank(by, "by");
        String keptNote = text(note, NOTE_MAX, "note", "reporting.ranking.note-too-long");
        String keptReason = text(reason, REASON_MAX, "reason", "reporting.ranking.reason-too-long");
        if (latest.isPresent() && keptReason == null) {
            MonthlyRanking previous = latest.get();
            throw new RuleViolationException("reporting.ranking.already-published",
                    "the month is published already; publishing it again is a new revision with a reason",
                    month.toString(), previous.revision(), previous.publishedBy());
        }
        int next = latest.map(MonthlyRanking::revision).orElse(0) + 1;
        return new MonthlyRanking(month, next, lines, at, by, keptNote, next == 1 ? null : keptReason);
    }

    /** The line of one unit, if it is ranked here. */
    public Optional<RankingLine> lineOf(org.zhiben.shared.UnitCode unit) {
        return lines.stream().filter(line -> line.unit().equals(unit)).findFirst();
    }

    private static String text(String value, int max, String field, String code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new InvalidValueException(field, code, field + " is at most " + max + " characters", max);
        }
        return stripped;
    }
}
