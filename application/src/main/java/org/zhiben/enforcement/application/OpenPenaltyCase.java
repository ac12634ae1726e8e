package org.zhiben.enforcement.application;

import java.util.UUID;
import org.zhiben.enforcement.CaseOrigin;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.shared.Require;

/** Opens a penalty case (立案) against an enterprise inside the caller's scope, from an inspection, hazard or tip-off. */
public class OpenPenaltyCase {

    public static final String ACTION = "penalty-case.opened";

    public record Command(UUID enterpriseId, CaseOrigin origin, String violation) {

        public Command {
            Require.notNull(enterpriseId, "enterpriseId");
            Require.notNull(origin, "origin");
        }
    }

    private final EnforcementStore store;

    public OpenPenaltyCase(EnforcementStore store) {
        this.store = store;
    }

    public PenaltyCase execute(Command command) {
        Enterprise enterprise = store.enterpriseToActOn(command.enterpriseId());
        PenaltyCase opened = PenaltyCase.open(PenaltyCaseId.newId(), command.enterpriseId(),
                enterprise.jurisdiction(), enterprise.industry(), command.origin(), command.violation(),
                store.caller(), store.now());
        PenaltyCase stored = store.store(opened);
        store.audit(PenaltyCase.ENTITY, stored.id(), ACTION, null, "enterprise=" + stored.enterpriseId()
                + ";origin=" + stored.origin().kind() + ":" + stored.origin().reference());
        return stored;
    }
}
