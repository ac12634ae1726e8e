package org.zhiben.audit;

import java.time.Instant;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/**
 * What is to be recorded in the audit trail, before it is sealed into the chain by {@link AuditChain#append}: who
 * ({@link Actor}: account name, role, unit) did what ({@code action}) to which entity, why ({@code reason}, optional),
 * and the change itself ({@code change}: a canonical text the adapter builds, opaque to the domain; optional).
 * The plan asks for “执法全过程记录” and “谁检查、谁签名、谁负责”: every change is attributable.
 */
public record AuditDraft(Instant at, Actor actor, String entityType, String entityId, String action, String reason,
                         String change) {

    public static final int ENTITY_TYPE_MAXIMUM_LENGTH = 60;
    public static final int ENTITY_ID_MAXIMUM_LENGTH = 100;
    public static final int ACTION_MAXIMUM_LENGTH = 60;
    public static final int REASON_MAXIMUM_LENGTH = 1000;

    public AuditDraft {
        Require.notNull(at, "at");
        Require.notNull(actor, "actor");
        entityType = Require.maxLength(Require.notBlank(entityType, "entityType"), ENTITY_TYPE_MAXIMUM_LENGTH,
                "entityType");
        entityId = Require.maxLength(Require.notBlank(entityId, "entityId"), ENTITY_ID_MAXIMUM_LENGTH, "entityId");
        action = Require.maxLength(Require.notBlank(action, "action"), ACTION_MAXIMUM_LENGTH, "action");
        reason = reason == null || reason.isBlank() ? null
                : Require.maxLength(reason.strip(), REASON_MAXIMUM_LENGTH, "reason");
    }
}
