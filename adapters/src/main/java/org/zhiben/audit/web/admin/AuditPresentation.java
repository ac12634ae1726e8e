package org.zhiben.audit.web.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.audit.AuditVocabulary.Values;
import org.zhiben.platform.web.CodeNames;
import org.zhiben.shared.UnitCode;

/**
 * Reads audit entries as people read them, by the vocabularies the modules contribute ({@link AuditVocabulary}): the
 * entity type and the action by name, the entity's id with the path of its page, and the change as fields with their
 * old and new values translated (statuses, names of units, amounts in 元, dates).
 *
 * <p>A change text is {@code field=value} or {@code field=old->new} parts separated by {@code ;} (older entries of the
 * progress ledger separate them with spaces); a part without {@code =} is shown as written.
 */
@Component
class AuditPresentation {

    private static final Pattern PARTS = Pattern.compile(";|\\s+(?=[A-Za-z][A-Za-z.]*=)");

    private final Map<String, Function<String, String>> pages = new HashMap<>();
    private final Map<String, Values> fields = new HashMap<>();
    private final MessageSource messages;
    private final ObjectProvider<CodeNames> codeNames;

    AuditPresentation(List<AuditVocabulary> vocabularies, MessageSource messages,
            ObjectProvider<CodeNames> codeNames) {
        this.messages = messages;
        this.codeNames = codeNames;
        for (AuditVocabulary vocabulary : vocabularies) {
            pages.putAll(vocabulary.entities());
            fields.putAll(vocabulary.fields());
        }
    }

    /** An entry as the page and the export show it. */
    record ShownEntry(long sequence, Instant at, String username, String actorName, String unitCode, String unitName, String entityType,
                      String entityTypeName, String entityId, String page, String action, List<ShownChange> changes,
                      String changeText, String reason) {
    }

    /**
     * One field of a change, its old value null when the change sets it without saying what it was; {@code text} is
     * the whole of it in the language of the request (状态：已判定 → 整改中).
     */
    record ShownChange(String field, String oldValue, String newValue, String text) {
    }

    /** A choice of the entity-type filter. */
    record EntityTypeOption(String type, String name) {
    }

    ShownEntry show(AuditEntry entry) {
        Context context = new Context(LocaleContextHolder.getLocale());
        String type = entry.entityType();
        Function<String, String> page = pages.get(type);
        List<ShownChange> changes = changes(type, entry.change(), context);
        return new ShownEntry(entry.sequence(), entry.at(), entry.username(), actor(entry.username(), context),
                entry.unitCode(),
                unitName(entry.unitCode(), context), type,
                context.message("audit.entity." + type, type), entry.entityId(),
                page == null || entry.entityId() == null ? null : page.apply(entry.entityId()),
                context.message("audit.action." + entry.action(), entry.action()), changes,
                changes.stream().map(ShownChange::text).collect(Collectors.joining(context.english() ? "; " : "；")),
                entry.reason());
    }

    List<EntityTypeOption> entityTypes() {
        Context context = new Context(LocaleContextHolder.getLocale());
        return pages.keySet().stream()
                .map(type -> new EntityTypeOption(type, context.message("audit.entity." + type, type)))
                .sorted(Comparator.comparing(EntityTypeOption::name))
                .toList();
    }

    private static String unitName(String unitCode, Context context) {
        if (unitCode == null || unitCode.isBlank()) {
            return "";
        }
        try {
            return context.name(UnitCode.of(unitCode));
        } catch (RuntimeException notAUnitCode) {
            return unitCode;
        }
    }

    /** The name of an actor who is nobody's account (the system, a caller not signed in), or null. */
    private static String actor(String username, Context context) {
        return username == null ? null : context.message("audit.actor." + username, null);
    }

    private List<ShownChange> changes(String type, String change, Context context) {
        List<ShownChange> shown = new ArrayList<>();
        if (change == null || change.isBlank()) {
            return shown;
        }
        for (String part : PARTS.split(change.strip())) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0) {
                shown.add(new ShownChange(null, null, part, part));
                continue;
            }
            String field = part.substring(0, equals);
            String value = part.substring(equals + 1);
            Values values = fields.getOrDefault(type + "." + field, Values.asWritten());
            String name = context.message("audit.field." + type + "." + field, field);
            int arrow = value.indexOf("->");
            String colon = context.english() ? ": " : "：";
            if (arrow >= 0) {
                String old = values.show(value.substring(0, arrow), context);
                String now = values.show(value.substring(arrow + 2), context);
                shown.add(new ShownChange(name, old, now, name + colon + (old.isEmpty() ? "—" : old) + " → "
                        + (now.isEmpty() ? "—" : now)));
            } else {
                String now = values.show(value, context);
                shown.add(new ShownChange(name, null, now, name + colon + now));
            }
        }
        return shown;
    }

    /** The messages and names in the language of the request. */
    private final class Context implements AuditVocabulary.Context {

        private final Locale locale;

        Context(Locale locale) {
            this.locale = locale;
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public String message(String key, String fallback, Object... arguments) {
            return messages.getMessage(key, arguments, fallback, locale);
        }

        @Override
        public String name(Object code) {
            for (CodeNames names : codeNames.orderedStream().toList()) {
                String name = names.nameOf(code, locale);
                if (name != null) {
                    return name;
                }
            }
            return String.valueOf(code);
        }
    }
}
