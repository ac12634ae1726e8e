package org.zhiben.audit;

import java.time.Instant;
import org.zhiben.shared.InvalidValueException;

/**
 * What to look for in the audit trail; every criterion is optional and those given must all match.
 *
 * @param from entries at or after this instant
 * @param to   entries before this instant
 */
public record AuditCriteria(String username, String entityType, String entityId, Instant from, Instant to) {

    public AuditCriteria {
        username = blankToNull(username);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("to", "audit.search.period-invalid",
                    "the end of the period must come after its start");
        }
    }

    /** Everything. */
    public static AuditCriteria all() {
        return new AuditCriteria(null, null, null, null, null);
    }

    /** Whether an entry matches (for stores that filter in memory). */
    public boolean matches(AuditEntry entry) {
        return (username == null || username.equals(entry.username()))
                && (entityType == null || entityType.equals(entry.entityType()))
                && (entityId == null || entityId.equals(entry.entityId()))
                && (from == null || entry.at() != null && !entry.at().isBefore(from))
                && (to == null || entry.at() != null && entry.at().isBefore(to));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
