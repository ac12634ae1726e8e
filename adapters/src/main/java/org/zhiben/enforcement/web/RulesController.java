package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.enforcement.AccidentClass;
import org.zhiben.enforcement.CalendarDay;
import org.zhiben.enforcement.DishonestyListPeriods;
import org.zhiben.enforcement.DishonestyListRules;
import org.zhiben.enforcement.MajorDecisionRule;
import org.zhiben.enforcement.MeasureKind;
import org.zhiben.enforcement.Money;
import org.zhiben.enforcement.PenaltyRuleVersion;
import org.zhiben.enforcement.ResponsibilityTracing;
import org.zhiben.enforcement.RewardRules;
import org.zhiben.enforcement.RuleVersion;
import org.zhiben.enforcement.TipOffDeadlines;
import org.zhiben.enforcement.TipOffStatus;
import org.zhiben.enforcement.application.AddRuleVersion;
import org.zhiben.enforcement.application.DeclareCalendarDay;
import org.zhiben.enforcement.application.ReadEnforcementRules;
import org.zhiben.enforcement.application.ReadEnforcementRules.Standing;
import org.zhiben.enforcement.application.ReadEnforcementRules.ShownVersion;
import org.zhiben.enforcement.web.RuleViews.CalendarDayView;
import org.zhiben.enforcement.web.RuleViews.RuleVersionView;
import org.zhiben.enforcement.web.RuleViews.RulesView;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.Require;

/**
 * The rules enforcement decides by, as versioned data: every version read with where it stands today; a new version
 * added from a day after today (a version in force is never edited or deleted); the holidays and adjusted working days
 * of the working-day calendar declared ahead.
 */
@Tag(name = "Enforcement: rules", description = "执法规则版本：逾期阈值、举报奖励标准、重大执法决定、倒查回溯期、举报时限、失信名单期限、工作日历")
@RestController
@RequestMapping("/api/v1/enforcement/rules")
class RulesController {

    record PenaltyRuleRequest(LocalDate effectiveFrom, int longOverdueDays) {
    }

    record RewardRequest(String name, LocalDate effectiveFrom,
            @Schema(description = "share of the fine in basis points (1500 = 15 %)") int fineBasisPoints,
            long floorFen, long capFen,
            @Schema(description = "per accident class (GENERAL, LARGER, MAJOR, ESPECIALLY_MAJOR), in fen")
            Map<String, Long> perConcealedDeathFen, long concealedDeathCapFen) {
    }

    record MajorDecisionRequest(LocalDate effectiveFrom, long fineThresholdFen,
            @Schema(description = "measure kinds that make a decision major, e.g. SUSPENSION, CLOSURE")
            List<String> majorKinds) {
    }

    record TracingRequest(LocalDate effectiveFrom, int windowMonths) {
    }

    record TipOffDeadlinesRequest(LocalDate effectiveFrom,
            @Schema(description = "days from each status to the next step, by status (RECEIVED, ACCEPTED, ...)")
            Map<String, Integer> daysFromStatus) {
    }

    record DishonestyPeriodsRequest(LocalDate effectiveFrom, int objectionDays, int managementYears,
            int earlyRemovalAfterMonths) {
    }

    record CalendarDayRequest(LocalDate day,
            @Schema(allowableValues = {"HOLIDAY", "ADJUSTED_WORKING_DAY"}) String kind,
            @Schema(example = "国庆节") String name) {
    }

    private final ReadEnforcementRules read;
    private final AddRuleVersion add;
    private final DeclareCalendarDay declare;

    RulesController(ReadEnforcementRules read, AddRuleVersion add, DeclareCalendarDay declare) {
        this.read = read;
        this.add = add;
        this.declare = declare;
    }

    @Operation(summary = "Every version of every rule with where it stands today, and the declared calendar days")
    @GetMapping
    RulesView rules() {
        return new RulesView(read.today(), read.versions().stream().map(RuleVersionView::of).toList(),
                read.calendarDays().stream().map(CalendarDayView::of).toList());
    }

    @Operation(summary = "Add a version of the task-24 long-overdue threshold, from a day after today")
    @PostMapping("/penalty-rule")
    @ResponseStatus(HttpStatus.CREATED)
    RuleVersionView penaltyRule(@RequestBody PenaltyRuleRequest request) {
        return added(new PenaltyRuleVersion(request.effectiveFrom(), request.longOverdueDays()));
    }

    @Operation(summary = "Add the prefecture's raised reward amounts, from a day after today; each amount must be at "
            + "least the national one in force that day")
    @PostMapping("/rewards")
    @ResponseStatus(HttpStatus.CREATED)
    RuleVersionView rewards(@RequestBody RewardRequest request) {
        Map<AccidentClass, Money> perDeath = new EnumMap<>(AccidentClass.class);
        Require.notNull(request.perConcealedDeathFen(), "perConcealedDeathFen").forEach((accidentClass, fen) ->
                perDeath.put(RequestValues.enumValue(AccidentClass.class, accidentClass, "perConcealedDeathFen"),
                        Money.ofFen(Require.notNull(fen, "perConcealedDeathFen"))));
        return added(new RewardRules(request.name(), read.prefecture(), request.effectiveFrom(),
                request.fineBasisPoints(), Money.ofFen(request.floorFen()), Money.ofFen(request.capFen()), perDeath,
                Money.ofFen(request.concealedDeathCapFen())));
    }

    @Operation(summary = "Add a version of the major-decision rule (fine threshold, major measures), from a day after "
            + "today")
    @PostMapping("/major-decision")
    @ResponseStatus(HttpStatus.CREATED)
    RuleVersionView majorDecision(@RequestBody MajorDecisionRequest request) {
        Set<MeasureKind> kinds = EnumSet.noneOf(MeasureKind.class);
        Require.notNull(request.majorKinds(), "majorKinds")
                .forEach(kind -> kinds.add(RequestValues.enumValue(MeasureKind.class, kind, "majorKinds")));
        return added(new MajorDecisionRule(request.effectiveFrom(), Money.ofFen(request.fineThresholdFen()), kinds));
    }

    @Operation(summary = "Add a version of the responsibility-tracing window (months), from a day after today")
    @PostMapping("/tracing")
    @ResponseStatus(HttpStatus.CREATED)
    RuleVersionView tracing(@RequestBody TracingRequest request) {
        return added(new ResponsibilityTracing(request.effectiveFrom(), request.windowMonths()));
    }

    @Operation(summary = "Add a version of the tip-off step deadlines, from a day after today")
    @PostMapping("/tip-off-deadlines")
    @ResponseStatus(HttpStatus.CREATED)
    RuleVersionView tipOffDeadlines(@RequestBody TipOffDeadlinesRequest request) {
        Map<TipOffStatus, Integer> days = new EnumMap<>(TipOffStatus.class);
        Require.notNull(request.daysFromStatus(), "daysFromStatus").forEach((status, count) -> days.put(
                RequestValues.enumValue(TipOffStatus.class, status, "daysFromStatus"), count));
        return added(new TipOffDeadlines(request.effectiveFrom(), days));
    }

    @Operation(summary = "Add a version of the serious-dishonesty list's periods (objection days, management years, "
            + "early removal months), from a day after today")
    @PostMapping("/dishonesty-periods")
    @ResponseStatus(HttpStatus.CREATED)
    RuleVersionView dishonestyPeriods(@RequestBody DishonestyPeriodsRequest request) {
        return added(new DishonestyListPeriods(request.effectiveFrom(), new DishonestyListRules(
                request.objectionDays(), request.managementYears(), request.earlyRemovalAfterMonths())));
    }

    @Operation(summary = "Declare a day after today a public holiday or an adjusted working day (调休上班, a weekend "
            + "day)")
    @PostMapping("/calendar-days")
    @ResponseStatus(HttpStatus.CREATED)
    CalendarDayView calendarDay(@RequestBody CalendarDayRequest request) {
        return CalendarDayView.of(declare.declare(new CalendarDay(request.day(),
                RequestValues.enumValue(CalendarDay.Kind.class, request.kind(), "kind"), request.name())));
    }

    private RuleVersionView added(RuleVersion version) {
        return RuleVersionView.of(new ShownVersion(add.add(version), Standing.SCHEDULED));
    }
}
