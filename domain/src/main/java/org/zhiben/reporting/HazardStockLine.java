package org.zhiben.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.reporting.HazardFact.Kind;
import org.zhiben.shared.Require;

/**
 * Where one hazard stands in 附表1 over time, worked out from its facts by the rules of the stock table: a major
 * hazard is in the stock from the day it is determined major until the day it is written off or cancelled (a hazard
 * cancelled before it was determined major never enters it); it is overdue at the end of a day when it is being
 * rectified and the day is after the deadline then in force (the plan's, moved by the extensions approved by then);
 * it is listed while a listing is in force. Days are taken in the given zone (Asia/Shanghai): a write-off at 23:59 on
 * the last day of a month is in that month.
 *
 * @param closedBy     {@link HazardStatus#WRITTEN_OFF} or {@link HazardStatus#CANCELLED}; {@code null} while open
 * @param overdueSpans the days on which it is in the stock and overdue
 * @param listedSpans  the days on which it is in the stock and listed
 */
public record HazardStockLine(LocalDate enteredOn, DiscoveryChannel channel, boolean foundByBaseline,
        LocalDate closedOn, HazardStatus closedBy, List<DaySpan> overdueSpans, List<DaySpan> listedSpans) {

    /** From {@code from} up to, not including, {@code until} ({@code null}: with no end yet). */
    public record DaySpan(LocalDate from, LocalDate until) {

        public DaySpan {
            Require.notNull(from, "from");
        }

        public boolean covers(LocalDate day) {
            return !from.isAfter(day) && (until == null || until.isAfter(day));
        }
    }

    public HazardStockLine {
        Require.notNull(enteredOn, "enteredOn");
        Require.notNull(channel, "channel");
        overdueSpans = List.copyOf(overdueSpans);
        listedSpans = List.copyOf(listedSpans);
    }

    /**
     * The hazard's line, or empty when it has never been in the stock (not determined major, or its registration not
     * yet known).
     *
     * @param baseline the plan's baseline: a hazard discovered on or before it is counted apart in the opening stock
     */
    public static Optional<HazardStockLine> of(Collection<HazardFact> facts, ZoneId zone, LocalDate baseline) {
        List<HazardFact> ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparing(HazardFact::at).thenComparing(HazardFact::kind));
        HazardFact registered = first(ordered, Kind.REGISTERED);
        HazardFact determined = first(ordered, Kind.DETERMINED);
        if (registered == null || determined == null || !HazardLevel.MAJOR.name().equals(determined.value())) {
            return Optional.empty();
        }
        Timeline timeline = new Timeline(ordered, zone);
        LocalDate entered = timeline.day(determined);
        HazardStatus last = timeline.statuses.isEmpty() ? null : timeline.statuses.lastEntry().getValue();
        LocalDate closedOn = null;
        HazardStatus closedBy = null;
        if (last != null && last.isClosed()) {
            closedBy = last;
            closedOn = timeline.firstDayOf(last);
        }
        LocalDate closed = closedOn;
        Predicate<LocalDate> inStock = d -> !entered.isAfter(d) && (closed == null || closed.isAfter(d));
        return Optional.of(new HazardStockLine(entered, DiscoveryChannel.valueOf(registered.value()),
                !registered.day().isAfter(baseline), closedOn, closedBy,
                timeline.spans(inStock.and(timeline::overdueOn), entered),
                timeline.spans(inStock.and(timeline::listedOn), entered)));
    }

    /** Whether the hazard is in the stock at the end of {@code day}. */
    public boolean inStockOn(LocalDate day) {
        return !enteredOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }

    /** What the hazard changes in each month of the read model. */
    public Map<YearMonth, StockDelta> monthly() {
        Map<YearMonth, StockDelta> months = new TreeMap<>();
        add(months, YearMonth.from(enteredOn), new StockDelta(channel == DiscoveryChannel.SELF_INSPECTION ? 1 : 0,
                channel == DiscoveryChannel.SUPERVISORY_INSPECTION ? 1 : 0,
                channel == DiscoveryChannel.VERIFIED_TIP_OFF ? 1 : 0, foundByBaseline ? 1 : 0, 0, 0, 0, 0, 0));
        if (closedOn != null) {
            boolean writtenOff = closedBy == HazardStatus.WRITTEN_OFF;
            add(months, YearMonth.from(closedOn), new StockDelta(0, 0, 0, 0, writtenOff ? 1 : 0, writtenOff ? 0 : 1,
                    foundByBaseline ? 1 : 0, 0, 0));
        }
        for (DaySpan span : overdueSpans) {
            addSpan(months, span, new StockDelta(0, 0, 0, 0, 0, 0, 0, 1, 0));
        }
        for (DaySpan span : listedSpans) {
            addSpan(months, span, new StockDelta(0, 0, 0, 0, 0, 0, 0, 0, 1));
        }
        months.values().removeIf(StockDelta::isNone);
        return months;
    }

    /** A span covers the ends of the months from its first day's month up to, not including, its end's month. */
    private static void addSpan(Map<YearMonth, StockDelta> months, DaySpan span, StockDelta one) {
        add(months, YearMonth.from(span.from()), one);
        if (span.until() != null) {
            add(months, YearMonth.from(span.until()), one.negated());
        }
    }

    private static void add(Map<YearMonth, StockDelta> months, YearMonth month, StockDelta delta) {
        months.merge(month, delta, StockDelta::plus);
    }

    private static HazardFact first(List<HazardFact> facts, Kind kind) {
        return facts.stream().filter(f -> f.kind() == kind).findFirst().orElse(null);
    }

    /** The hazard's status, deadline and listings day by day, as its facts tell them. */
    private static final class Timeline {
        private final ZoneId zone;
        /** The status at the end of each day on which it changed. */
        private final TreeMap<LocalDate, HazardStatus> statuses = new TreeMap<>();
        private LocalDate rectifyingSince;
        private LocalDate planDeadline;
        /** The deadline in force from each day an extension was approved. */
        private final TreeMap<LocalDate, LocalDate> extensions = new TreeMap<>();
        private final List<LocalDate> listed = new ArrayList<>();
        private final List<LocalDate> removed = new ArrayList<>();
        private final TreeSet<LocalDate> changes = new TreeSet<>();
        private final Map<HazardStatus, LocalDate> firstDays = new java.util.EnumMap<>(HazardStatus.class);

        Timeline(List<HazardFact> ordered, ZoneId zone) {
            this.zone = zone;
            for (HazardFact fact : ordered) {
                LocalDate day = day(fact);
                switch (fact.kind()) {
                    case REGISTERED -> status(day, HazardStatus.REPORTED);
                    case DETERMINED -> status(day, HazardStatus.DETERMINED);
                    case PLAN_SET -> {
                        status(day, HazardStatus.RECTIFYING);
                        if (rectifyingSince == null) {
                            rectifyingSince = day;
                        }
                        planDeadline = fact.day();
                        changes.add(fact.day().plusDays(1));
                    }
                    case RECTIFIED -> status(day, HazardStatus.RECTIFIED);
                    case ACCEPTANCE_REFUSED -> status(day, HazardStatus.RECTIFYING);
                    case VERIFIED -> status(day, HazardStatus.VERIFIED);
                    case WRITTEN_OFF -> status(day, HazardStatus.WRITTEN_OFF);
                    case CANCELLED -> status(day, HazardStatus.CANCELLED);
                    case DEADLINE_EXTENDED -> {
                        extensions.put(day, fact.day());
                        changes.add(day);
                        changes.add(fact.day().plusDays(1));
                    }
                    case LISTED -> {
                        listed.add(fact.day());
                        changes.add(fact.day());
                    }
                    case LISTING_REMOVED -> {
                        removed.add(fact.day());
                        changes.add(fact.day());
                    }
                    default -> throw new IllegalStateException("unknown fact " + fact.kind());
                }
            }
            listed.sort(null);
            removed.sort(null);
        }

        LocalDate day(HazardFact fact) {
            return fact.kind() == Kind.LISTED || fact.kind() == Kind.LISTING_REMOVED ? fact.day()
                    : fact.at().atZone(zone).toLocalDate();
        }

        private void status(LocalDate day, HazardStatus status) {
            statuses.put(day, status);
            firstDays.putIfAbsent(status, day);
            changes.add(day);
        }

        LocalDate firstDayOf(HazardStatus status) {
            return firstDays.get(status);
        }

        HazardStatus statusOn(LocalDate day) {
            Map.Entry<LocalDate, HazardStatus> entry = statuses.floorEntry(day);
            return entry == null ? null : entry.getValue();
        }

        LocalDate deadlineOn(LocalDate day) {
            if (planDeadline == null || rectifyingSince.isAfter(day)) {
                return null;
            }
            Map.Entry<LocalDate, LocalDate> extended = extensions.floorEntry(day);
            return extended == null ? planDeadline : extended.getValue();
        }

        boolean overdueOn(LocalDate day) {
            LocalDate deadline = deadlineOn(day);
            return statusOn(day) == HazardStatus.RECTIFYING && deadline != null && day.isAfter(deadline);
        }

        boolean listedOn(LocalDate day) {
            for (int i = 0; i < listed.size(); i++) {
                LocalDate until = i < removed.size() ? removed.get(i) : null;
                if (!listed.get(i).isAfter(day) && (until == null || until.isAfter(day))) {
                    return true;
                }
            }
            return false;
        }

        /** The maximal runs of days from {@code start} on which the condition holds. */
        List<DaySpan> spans(Predicate<LocalDate> condition, LocalDate start) {
            TreeSet<LocalDate> points = new TreeSet<>(changes.tailSet(start, true));
            points.add(start);
            List<DaySpan> spans = new ArrayList<>();
            LocalDate openedOn = null;
            for (LocalDate point : points) {
                boolean holds = condition.test(point);
                if (holds && openedOn == null) {
                    openedOn = point;
                } else if (!holds && openedOn != null) {
                    spans.add(new DaySpan(openedOn, point));
                    openedOn = null;
                }
            }
            if (openedOn != null) {
                spans.add(new DaySpan(openedOn, null));
            }
            return spans;
        }
    }
}
