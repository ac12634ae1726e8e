package org.zhiben.enforcement.application;

import java.util.List;
import org.zhiben.enforcement.ReporterIdentity;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffDeadlines;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.shared.NotFoundException;

/**
 * Reads tip-offs inside the caller's scope, the overdue ones (deadlines in force today), and — for the tip-off officer
 * only, each read an audit entry — the reporter's identity.
 */
public class ReadTipOffs {

    public static final String REPORTER_READ = "tip-off.reporter-read";

    private final EnforcementStore store;

    public ReadTipOffs(EnforcementStore store) {
        this.store = store;
    }

    public List<TipOff> list() {
        return store.tipOffs().search(store.scope());
    }

    public TipOff find(TipOffId id) {
        return store.tipOff(id);
    }

    /** The deadlines of the steps in force today. */
    public TipOffDeadlines deadlines() {
        return TipOffDeadlines.inForceOn(store.rules().tipOffDeadlines(), store.today());
    }

    public List<TipOff> overdue() {
        TipOffDeadlines deadlines = TipOffDeadlines.inForceOn(store.rules().tipOffDeadlines(), store.today());
        return list().stream()
                .filter(tipOff -> tipOff.isOverdue(deadlines, store.today(), store.clock().getZone()))
                .toList();
    }

    /** The reporter's identity; the read is recorded in the audit trail (without the identity itself). */
    public ReporterIdentity reporter(TipOffId id) {
        TipOff tipOff = store.tipOff(id);
        ReporterIdentity reporter = tipOff.reporter()
                .orElseThrow(() -> new NotFoundException("ReporterIdentity", id));
        store.audit(TipOff.ENTITY, id, REPORTER_READ, null, null);
        return reporter;
    }
}
