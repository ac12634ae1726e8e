package org.zhiben.audit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one module contributes to the audit trail's pages: the names of its entity types and actions, the page of each
 * entity, and how the fields of its change texts read. Each module declares one bean of this type in its
 * {@code config}, as it declares its access rules; the audit module knows no module's vocabulary.
 *
 * <p>The texts are message keys of the module's own bundle, Chinese first with the English translation:
 * <ul>
 *     <li>{@code audit.entity.<entity type>} — e.g. {@code audit.entity.MajorHazard=重大事故隐患};</li>
 *     <li>{@code audit.action.<action>} — e.g. {@code audit.action.hazard.registered=登记隐患};</li>
 *     <li>{@code audit.field.<entity type>.<field>} — e.g. {@code audit.field.MajorHazard.fundsFen=整改资金}.</li>
 * </ul>
 * A field's values are shown as its {@link Values} say: translated statuses, names of units, amounts in 元, dates.
 */
public final class AuditVocabulary {

    private final String module;
    private final Map<String, Function<String, String>> entities;
    private final List<String> actions;
    private final Map<String, Values> fields;

    private AuditVocabulary(Builder builder) {
        this.module = builder.module;
        this.entities = Map.copyOf(builder.entities);
        this.actions = List.copyOf(builder.actions);
        this.fields = Map.copyOf(builder.fields);
    }

    public static Builder of(String module) {
        return new Builder(module);
    }

    public String module() {
        return module;
    }

    /** The entity types, each with the path of an entity's page for its id (null when it has none). */
    public Map<String, Function<String, String>> entities() {
        return entities;
    }

    public List<String> actions() {
        return actions;
    }

    /** How the values of each field read, by {@code <entity type>.<field>}. */
    public Map<String, Values> fields() {
        return fields;
    }

    /** How the values of one field of a change read. */
    @FunctionalInterface
    public interface Values {

        String show(String value, Context context);

        /** As written. */
        static Values asWritten() {
            return (value, context) -> value;
        }

        /** A code translated by a message: {@code prefix + value} (e.g. {@code hz.status.} + {@code RECTIFYING}). */
        static Values messages(String prefix) {
            return (value, context) -> value.isEmpty() ? value : context.message(prefix + value, value);
        }

        /** A code some module names ({@code UnitCode}, {@code JurisdictionCode}, …), made from the text. */
        static Values named(Function<String, Object> code) {
            return (value, context) -> {
                if (value.isEmpty()) {
                    return value;
                }
                try {
                    return context.name(code.apply(value));
                } catch (RuntimeException notACode) {
                    return value;
                }
            };
        }

        /** An amount in fen, shown in 元 with two decimals. */
        static Values yuanFromFen() {
            return (value, context) -> {
                try {
                    BigDecimal yuan = new BigDecimal(value).movePointLeft(2);
                    NumberFormat format = NumberFormat.getNumberInstance(context.locale());
                    format.setMinimumFractionDigits(2);
                    format.setMaximumFractionDigits(2);
                    return context.message("audit.value.yuan", format.format(yuan) + " 元", format.format(yuan));
                } catch (NumberFormatException notAnAmount) {
                    return value;
                }
            };
        }

        /** An ISO date, shown as 2026年12月2日 (2026-12-02 in English). */
        static Values date() {
            return (value, context) -> {
                try {
                    LocalDate date = LocalDate.parse(value);
                    return context.english() ? value : DateTimeFormatter.ofPattern("yyyy年M月d日").format(date);
                } catch (DateTimeParseException notADate) {
                    return value;
                }
            };
        }

        /** {@code true}/{@code false}, shown as 是/否. */
        static Values yesNo() {
            return (value, context) -> "true".equals(value) ? context.message("audit.value.yes", "是")
                    : "false".equals(value) ? context.message("audit.value.no", "否") : value;
        }

        /** A comma-separated list, each item shown as {@code each} says, joined with 、. */
        static Values listOf(Values each) {
            return (value, context) -> value.isEmpty() ? value : Arrays.stream(value.split(","))
                    .map(String::strip).map(item -> each.show(item, context))
                    .collect(Collectors.joining(context.english() ? ", " : "、"));
        }
    }

    /** What a {@link Values} may use: the language, the messages and the names of codes. */
    public interface Context {

        Locale locale();

        default boolean english() {
            return Locale.ENGLISH.getLanguage().equals(locale().getLanguage());
        }

        /** The message of {@code key} with the arguments, or {@code fallback} when there is none. */
        String message(String key, String fallback, Object... arguments);

        /** The name of a code, or the code as written when no module names it. */
        String name(Object code);
    }

    /** Declares one module's vocabulary. */
    public static final class Builder {

        private final String module;
        private final Map<String, Function<String, String>> entities = new java.util.LinkedHashMap<>();
        private final List<String> actions = new ArrayList<>();
        private final Map<String, Values> fields = new java.util.LinkedHashMap<>();

        private Builder(String module) {
            this.module = module;
        }

        /** An entity type whose entities have a page: {@code page} gives its path for an id. */
        public Builder entity(String type, Function<String, String> page) {
            entities.put(type, page);
            return this;
        }

        /** An entity type without a page of its own. */
        public Builder entity(String type) {
            entities.put(type, id -> null);
            return this;
        }

        public Builder actions(String... names) {
            actions.addAll(List.of(names));
            return this;
        }

        /** A field of the change texts of {@code entityType}, its values read as {@code values}. */
        public Builder field(String entityType, String field, Values values) {
            fields.put(entityType + "." + field, values);
            return this;
        }

        /** Fields whose values read as written. */
        public Builder fields(String entityType, String... names) {
            for (String name : names) {
                field(entityType, name, Values.asWritten());
            }
            return this;
        }

        public AuditVocabulary build() {
            return new AuditVocabulary(this);
        }
    }
}
