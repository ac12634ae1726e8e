package org.zhiben.enforcement.web.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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
import org.zhiben.enforcement.RuleKind;
import org.zhiben.enforcement.RuleVersion;
import org.zhiben.enforcement.TipOffDeadlines;
import org.zhiben.enforcement.TipOffStatus;
import org.zhiben.enforcement.application.AddRuleVersion;
import org.zhiben.enforcement.application.DeclareCalendarDay;
import org.zhiben.enforcement.application.ReadEnforcementRules;
import org.zhiben.enforcement.application.ReadEnforcementRules.ShownVersion;
import org.zhiben.enforcement.application.ReadEnforcementRules.Standing;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;

/**
 * The rules enforcement decides by, as versioned data: every version of each kind with its first day, where it stands
 * today (in force, scheduled, replaced) and its values in words; the declared holidays and adjusted working days; and,
 * for the committee office, a form per kind to add a version from a day after today (prefilled with the values in
 * force) and one to declare a calendar day. A refusal is shown next to the field it concerns; nothing changes.
 */
@PageController
@RequestMapping("/enforcement/rules")
class RulesPages {

    static final String READ = "SCOPE_enforcement:read";
    static final String RULES = "SCOPE_enforcement:rules";
    /** The form of the working-day calendar, beside the kinds of rules. */
    static final String CALENDAR = "CALENDAR";
    /** The domain's names of the values entered under another name on the forms. */
    private static final Map<String, String> FORM_FIELDS = Map.of("fineBasisPoints", "sharePercent", "floor",
            "floorYuan", "cap", "capYuan", "concealedDeathCap", "deathCapYuan", "fineThreshold", "fineThresholdYuan",
            "name", "rewardName");

    private final ReadEnforcementRules read;
    private final AddRuleVersion add;
    private final DeclareCalendarDay declare;
    private final MessageSource messages;
    private final UiFormats formats;

    RulesPages(ReadEnforcementRules read, AddRuleVersion add, DeclareCalendarDay declare, MessageSource messages,
            UiFormats formats) {
        this.read = read;
        this.add = add;
        this.declare = declare;
        this.messages = messages;
        this.formats = formats;
    }

    /** A version as the page lists it. */
    record Line(String kind, LocalDate effectiveFrom, String scope, Standing standing, String values) {
    }

    /** A refusal on the form of {@code kind}: next to {@code field} when the form has it, else for the whole form. */
    record Refusal(String kind, String field, String text) {
    }

    @GetMapping
    String rules(Model model) {
        PageAccess.require(READ);
        return page(model, defaults(), null);
    }

    @PostMapping("/{kind}")
    String addVersion(@PathVariable String kind, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(RULES);
        Map<String, String> values = form.toSingleValueMap();
        try {
            if (CALENDAR.equals(kind)) {
                declare.declare(new CalendarDay(date(values, "day"),
                        CalendarDay.Kind.valueOf(values.getOrDefault("dayKind", "HOLIDAY")), values.get("dayName")));
            } else {
                add.add(version(RuleKind.valueOf(kind), values, form.get("majorKinds")));
            }
        } catch (AccessRefusedException refused) {
            throw refused;
        } catch (DomainException refused) {
            Map<String, String> shown = defaults();
            if (RuleKind.MAJOR_DECISION.name().equals(kind)) {
                shown.keySet().removeIf(key -> key.startsWith("major."));
                if (form.get("majorKinds") != null) {
                    form.get("majorKinds").forEach(k -> shown.put("major." + k, "on"));
                }
            }
            shown.putAll(values);
            String field = refused instanceof InvalidValueException invalid ? formField(CALENDAR.equals(kind)
                    && "name".equals(invalid.field()) ? "dayName" : invalid.field(), values) : null;
            return page(model, shown, new Refusal(kind, field, messages.getMessage(refused.code(),
                    refused.arguments().toArray(), refused.getMessage(), LocaleContextHolder.getLocale())));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("kind", "validation.enum", "unknown kind " + kind, "kind", kind);
        }
        redirect.addFlashAttribute("success", CALENDAR.equals(kind) ? "enf.rules.day-declared"
                : "enf.rules.version-added");
        return "redirect:/enforcement/rules";
    }

    /** The form's field a domain field is entered in, if the form has one (else the refusal is the form's). */
    private static String formField(String field, Map<String, String> posted) {
        String entered = FORM_FIELDS.getOrDefault(field, field);
        return entered != null && (posted.containsKey(entered) || "effectiveFrom".equals(entered)
                || "day".equals(entered)) ? entered : null;
    }

    private String page(Model model, Map<String, String> values, Refusal refusal) {
        model.addAttribute("kinds", Arrays.asList(RuleKind.values()));
        model.addAttribute("lines", read.versions().stream().map(this::line).toList());
        model.addAttribute("days", read.calendarDays());
        model.addAttribute("values", values);
        model.addAttribute("refusal", refusal);
        model.addAttribute("measureKinds", Arrays.asList(MeasureKind.values()));
        model.addAttribute("statuses", Arrays.stream(TipOffStatus.values()).filter(s -> s != TipOffStatus.CLOSED)
                .toList());
        model.addAttribute("accidentClasses", Arrays.asList(AccidentClass.values()));
        model.addAttribute("canChange", PageAccess.has(RULES));
        model.addAttribute("earliest", read.today().plusDays(1));
        return "enforcement/rules";
    }

    // ------------------------------------------------------------------------------------------------ the list

    private Line line(ShownVersion shown) {
        RuleVersion v = shown.version();
        return new Line(v.kind().name(), v.effectiveFrom(), v.scope() == null ? null : message("enf.rules.scope.own"),
                shown.standing(), values(v));
    }

    private String values(RuleVersion version) {
        if (version instanceof PenaltyRuleVersion v) {
            return message("enf.rules.values.penalty", formats.number(v.longOverdueDays()));
        }
        if (version instanceof RewardRules v) {
            String perDeath = Arrays.stream(AccidentClass.values())
                    .map(c -> c.label() + " " + yuan(v.perConcealedDeath().get(c)))
                    .collect(Collectors.joining(message("enf.rules.separator")));
            return message("enf.rules.values.reward", v.name(), percent(v.fineBasisPoints()), yuan(v.floor()),
                    yuan(v.cap()), perDeath, yuan(v.concealedDeathCap()));
        }
        if (version instanceof MajorDecisionRule v) {
            return message("enf.rules.values.major", yuan(v.fineThreshold()), Arrays.stream(MeasureKind.values())
                    .filter(v.majorKinds()::contains).map(MeasureKind::label)
                    .collect(Collectors.joining(message("enf.rules.separator"))));
        }
        if (version instanceof ResponsibilityTracing v) {
            return message("enf.rules.values.tracing", formats.number(v.windowMonths()));
        }
        if (version instanceof TipOffDeadlines v) {
            return Arrays.stream(TipOffStatus.values()).filter(v.daysFromStatus()::containsKey)
                    .map(s -> message("enf.rules.values.deadline", s.label(), formats.number(v.daysFromStatus()
                            .get(s)))).collect(Collectors.joining(message("enf.rules.separator")));
        }
        DishonestyListRules rules = ((DishonestyListPeriods) version).rules();
        return message("enf.rules.values.dishonesty", formats.number(rules.objectionDays()),
                formats.number(rules.managementYears()), formats.number(rules.earlyRemovalAfterMonths()));
    }

    // ------------------------------------------------------------------------------------------------ the forms

    /** The values in force today, prefilling each form. */
    private Map<String, String> defaults() {
        Map<String, String> values = new LinkedHashMap<>();
        for (ShownVersion shown : read.versions()) {
            if (shown.standing() != Standing.IN_FORCE) {
                continue;
            }
            RuleVersion version = shown.version();
            if (version instanceof PenaltyRuleVersion v) {
                values.put("longOverdueDays", String.valueOf(v.longOverdueDays()));
            } else if (version instanceof RewardRules v) {
                values.put("rewardName", v.jurisdiction() == null ? "" : v.name());
                values.put("sharePercent", BigDecimal.valueOf(v.fineBasisPoints(), 2).stripTrailingZeros()
                        .toPlainString());
                values.put("floorYuan", plainYuan(v.floor()));
                values.put("capYuan", plainYuan(v.cap()));
                v.perConcealedDeath().forEach((c, amount) -> values.put("death." + c.name(), plainYuan(amount)));
                values.put("deathCapYuan", plainYuan(v.concealedDeathCap()));
            } else if (version instanceof MajorDecisionRule v) {
                values.put("fineThresholdYuan", plainYuan(v.fineThreshold()));
                v.majorKinds().forEach(k -> values.put("major." + k.name(), "on"));
            } else if (version instanceof ResponsibilityTracing v) {
                values.put("windowMonths", String.valueOf(v.windowMonths()));
            } else if (version instanceof TipOffDeadlines v) {
                v.daysFromStatus().forEach((s, days) -> values.put("deadline." + s.name(), String.valueOf(days)));
            } else if (version instanceof DishonestyListPeriods v) {
                values.put("objectionDays", String.valueOf(v.rules().objectionDays()));
                values.put("managementYears", String.valueOf(v.rules().managementYears()));
                values.put("earlyRemovalAfterMonths", String.valueOf(v.rules().earlyRemovalAfterMonths()));
            }
        }
        return values;
    }

    private RuleVersion version(RuleKind kind, Map<String, String> values, List<String> majorKinds) {
        LocalDate from = date(values, "effectiveFrom");
        return switch (kind) {
            case PENALTY_RULE -> new PenaltyRuleVersion(from, number(values, "longOverdueDays"));
            case REWARD -> {
                Map<AccidentClass, Money> perDeath = new EnumMap<>(AccidentClass.class);
                for (AccidentClass c : AccidentClass.values()) {
                    perDeath.put(c, yuan(values, "death." + c.name()));
                }
                BigDecimal share = decimal(values, "sharePercent");
                yield new RewardRules(values.get("rewardName"), read.prefecture(), from,
                        share.movePointRight(2).intValue(), yuan(values, "floorYuan"), yuan(values, "capYuan"),
                        perDeath, yuan(values, "deathCapYuan"));
            }
            case MAJOR_DECISION -> {
                Set<MeasureKind> kinds = EnumSet.noneOf(MeasureKind.class);
                if (majorKinds != null) {
                    majorKinds.forEach(k -> kinds.add(MeasureKind.valueOf(k)));
                }
                yield new MajorDecisionRule(from, yuan(values, "fineThresholdYuan"), kinds);
            }
            case TRACING -> new ResponsibilityTracing(from, number(values, "windowMonths"));
            case TIP_OFF_DEADLINES -> {
                Map<TipOffStatus, Integer> days = new EnumMap<>(TipOffStatus.class);
                for (TipOffStatus status : TipOffStatus.values()) {
                    String value = values.get("deadline." + status.name());
                    if (value != null && !value.isBlank()) {
                        days.put(status, number(values, "deadline." + status.name()));
                    }
                }
                yield new TipOffDeadlines(from, days);
            }
            case DISHONESTY_PERIODS -> new DishonestyListPeriods(from, new DishonestyListRules(
                    number(values, "objectionDays"), number(values, "managementYears"),
                    number(values, "earlyRemovalAfterMonths")));
        };
    }

    private static LocalDate date(Map<String, String> values, String field) {
        String value = values.get(field);
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "enf.rules.date-invalid", "not a date: " + value, value);
        }
    }

    private static int number(Map<String, String> values, String field) {
        try {
            return Integer.parseInt(values.getOrDefault(field, "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "enf.rules.number-invalid", "not a whole number",
                    values.get(field));
        }
    }

    private static BigDecimal decimal(Map<String, String> values, String field) {
        try {
            BigDecimal value = new BigDecimal(values.getOrDefault(field, "").strip().replace(",", ""));
            if (value.signum() < 0 || value.scale() > 2) {
                throw new NumberFormatException(field);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "enf.rules.amount-invalid", "not an amount with at most two "
                    + "decimals", values.get(field));
        }
    }

    private static Money yuan(Map<String, String> values, String field) {
        return Money.ofFen(decimal(values, field).movePointRight(2).longValueExact());
    }

    private static String plainYuan(Money money) {
        return BigDecimal.valueOf(money.fen(), 2).stripTrailingZeros().toPlainString();
    }

    private static String yuan(Money money) {
        return UiFormats.yuanFromFen(money.fen());
    }

    private static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
