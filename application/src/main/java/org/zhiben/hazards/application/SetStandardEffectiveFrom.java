package org.zhiben.hazards.application;

import org.zhiben.audit.AuditRecorder;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.identity.CurrentActors;

/** Sets the day a version not yet in force comes into force (see {@link PutStandardInForce}); audited. */
public class SetStandardEffectiveFrom {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "standard.effective-from-set";

    private final PutStandardInForce putInForce;
    private final ReadStandards read;
    private final CurrentActors actors;
    private final AuditRecorder audit;

    public SetStandardEffectiveFrom(PutStandardInForce putInForce, ReadStandards read, CurrentActors actors,
            AuditRecorder audit) {
        this.putInForce = putInForce;
        this.read = read;
        this.actors = actors;
        this.audit = audit;
    }

    public StandardView execute(PutStandardInForceCommand command) {
        DeterminationStandard standard = putInForce.putInForce(command);
        audit.record(actors.actor(), ImportStandardVersion.ENTITY, standard.code(), ACTION, null,
                "effectiveFrom=" + standard.effectiveFrom());
        return read.detail(standard);
    }
}
