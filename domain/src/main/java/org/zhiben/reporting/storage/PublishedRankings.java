package org.zhiben.reporting.storage;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.zhiben.reporting.MonthlyRanking;

/**
 * The published monthly rankings (晾晒通报), each revision frozen as published: added, never changed. Adding a revision
 * a concurrent publication added first fails (the month and revision are unique).
 */
public interface PublishedRankings {

    void add(MonthlyRanking published);

    /** The month's latest published revision. */
    Optional<MonthlyRanking> latest(YearMonth month);

    Optional<MonthlyRanking> find(YearMonth month, int revision);

    /** The latest revision of each published month, the latest month first, without their lines. */
    List<MonthlyRanking> months(int offset, int limit);

    /** How many months are published. */
    long countMonths();

    /** Every revision of a month, without their lines, the first first. */
    List<MonthlyRanking> revisions(YearMonth month);
}
