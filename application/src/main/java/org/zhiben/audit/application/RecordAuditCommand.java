package org.zhiben.audit.application;

import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/**
 * Record in the audit trail that {@code actor} did {@code action} to an entity.
 *
 * @param reason why, as the actor gave it; optional
 * @param change the change as a canonical text built by the adapter (e.g. the changed fields, old and new); optional
 */
public record RecordAuditCommand(Actor actor, String entityType, String entityId, String action, String reason,
                                 String change) {

    public RecordAuditCommand {
        Require.notNull(actor, "actor");
        Require.notBlank(entityType, "entityType");
        Require.notBlank(entityId, "entityId");
        Require.notBlank(action, "action");
    }
}
