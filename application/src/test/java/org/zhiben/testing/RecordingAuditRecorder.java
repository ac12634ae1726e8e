package org.zhiben.testing;

import java.util.ArrayList;
import java.util.List;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.shared.Actor;

/** Keeps what use cases record in the audit trail, in order, for tests to look at. */
public final class RecordingAuditRecorder implements AuditRecorder {

    /** One recorded entry. */
    public record Recorded(Actor actor, String entityType, String entityId, String action, String reason,
                           String change) {
    }

    private final List<Recorded> entries = new ArrayList<>();

    @Override
    public void record(Actor actor, String entityType, String entityId, String action, String reason,
                             String change) {
        entries.add(new Recorded(actor, entityType, entityId, action, reason, change));
    }

    public List<Recorded> entries() {
        return List.copyOf(entries);
    }

    public List<String> actions() {
        return entries.stream().map(Recorded::action).toList();
    }
}
