package org.zhiben.hazards.application;

import java.util.ArrayList;
import java.util.List;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.shared.Actor;

/** Keeps the audit entries the use cases record, in order. */
final class RecordingAuditRecorder implements AuditRecorder {

    /** One recorded entry. */
    record Recorded(Actor actor, String entityType, String entityId, String action, String reason, String change) {
    }

    final List<Recorded> entries = new ArrayList<>();

    @Override
    public void record(Actor actor, String entityType, String entityId, String action, String reason,
            String change) {
        entries.add(new Recorded(actor, entityType, entityId, action, reason, change));
    }

    List<String> actions() {
        return entries.stream().map(Recorded::action).toList();
    }
}
