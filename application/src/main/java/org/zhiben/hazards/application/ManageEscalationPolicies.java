package org.zhiben.hazards.application;

import java.util.List;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.hazards.EscalationPolicy;
import org.zhiben.hazards.storage.EscalationPolicies;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.Actor;

/**
 * The versions of the escalation policy (thresholds of 函告、通报、约谈、曝光): anyone who supervises hazards reads them;
 * only a prefecture-wide caller adds a version (anyone else: 403), which is audited.
 */
public class ManageEscalationPolicies {

    /** The entity and the action recorded in the audit trail. */
    public static final String ENTITY = "EscalationPolicy";
    public static final String ACTION = "escalation-policy.created";

    private final EscalationPolicies policies;
    private final CurrentActors actors;
    private final AuditRecorder audit;

    public ManageEscalationPolicies(EscalationPolicies policies, CurrentActors actors, AuditRecorder audit) {
        this.policies = policies;
        this.actors = actors;
        this.audit = audit;
    }

    /** Every version, oldest first. */
    public List<EscalationPolicy> list() {
        return policies.findAll();
    }

    /** Adds a version applying from its date (today or later); returns it as stored. */
    public EscalationPolicy add(EscalationPolicy policy) {
        if (!actors.scope().prefectureWide()) {
            throw new AccessRefusedException("only a prefecture-wide caller changes the escalation policy");
        }
        Actor actor = actors.actor();
        EscalationPolicy added = policies.add(policy, actor);
        audit.record(actor, ENTITY, added.effectiveFrom().toString(), ACTION, null,
                "effectiveFrom=" + added.effectiveFrom() + ";warningLetterDays=" + added.warningLetterAfterDays()
                        + ";circularDays=" + added.circularAfterDays() + ";interviewDays="
                        + added.interviewAfterDays() + ";publicExposureDays=" + added.publicExposureAfterDays());
        return added;
    }
}
