package org.zhiben.reporting.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhiben.hazards.Inbox;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.storage.Submissions;
import org.zhiben.shared.UnitCode;

/**
 * Reminds each reporting unit, through the inbox, of every report due within the lead time that it has not submitted
 * yet ("每月底前报送", "于每季度最后一个月的20日", "于每年12月15日前"): one notice per unit and report (a later run adds no
 * second one), addressed to the unit's users and leading to the reporting calendar.
 */
public class RemindUnits {

    private final ReportingStore store;
    private final Inbox inbox;
    private final int leadDays;

    /** @param leadDays how many days before the due day the reminder goes out (the due day itself included) */
    public RemindUnits(ReportingStore store, Inbox inbox, int leadDays) {
        this.store = store;
        this.inbox = inbox;
        this.leadDays = leadDays;
    }

    /** Today's reminders (the daily job's run); answers how many notices were added. */
    public int scheduled() {
        return remind(store.today());
    }

    /** The reminders of a day: the reports due from that day to the end of the lead time, not yet submitted. */
    public int remind(LocalDate today) {
        List<ReportingPeriod> due = store.calendar().dueBetween(today, today.plusDays(leadDays));
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, Submissions.State> states = store.submissions().states(null).stream()
                .collect(Collectors.toMap(s -> s.unit().value() + "|" + s.kind() + "|" + s.period(),
                        Function.identity()));
        int added = 0;
        for (ReportingPeriod period : due) {
            for (UnitCode unit : store.units()) {
                Submissions.State state = states.get(unit.value() + "|" + period.kind() + "|" + period.period());
                if (state != null && state.firstSubmittedAt() != null) {
                    continue;
                }
                if (inbox.post(Inbox.Post.toUnit("reporting.reminder:" + unit.value() + ":" + period.kind() + ":"
                                + period.period(), unit, "reporting.reminder." + period.kind(),
                        arguments(period), "/reporting"))) {
                    added++;
                }
            }
        }
        return added;
    }

    private static List<Object> arguments(ReportingPeriod period) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(period.due());
        switch (period.kind()) {
            case STOCK_TABLE -> {
                arguments.add(String.valueOf(period.year()));
                arguments.add(String.valueOf(period.yearMonth().getMonthValue()));
            }
            case QUARTERLY_PROGRESS -> {
                arguments.add(String.valueOf(period.year()));
                arguments.add(String.valueOf(period.quarter()));
            }
            case YEARLY_SUMMARY -> arguments.add(String.valueOf(period.year()));
            case SUB_PLAN -> {
            }
        }
        return arguments;
    }
}
