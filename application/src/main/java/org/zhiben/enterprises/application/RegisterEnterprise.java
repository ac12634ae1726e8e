package org.zhiben.enterprises.application;

import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.RuleViolationException;

/**
 * Registers an enterprise and records it in the audit trail ({@code enterprise.registered}). The jurisdiction and
 * the industry must exist, and one of them must lie in the caller's data scope ({@code enterprise.out-of-scope}, 403:
 * a county registers its own enterprises, a department those of its industries); a credit code is registered once
 * ({@code enterprise.credit-code.taken}); high-risk follows from the industry.
 */
public class RegisterEnterprise {

    private final EnterpriseStore enterprises;
    private final EnterpriseReferenceData referenceData;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;

    public RegisterEnterprise(EnterpriseStore enterprises, EnterpriseReferenceData referenceData,
            CurrentActors currentActors, AuditRecorder audit) {
        this.enterprises = enterprises;
        this.referenceData = referenceData;
        this.currentActors = currentActors;
        this.audit = audit;
    }

    /** @return the enterprise as stored, with its version */
    public Enterprise register(RegisterEnterpriseCommand command) {
        EnterpriseScope.requireSupervised(currentActors.scope(), command.details().jurisdiction(),
                command.details().industry());
        if (enterprises.findByCreditCode(command.creditCode()).isPresent()) {
            throw new RuleViolationException("enterprise.credit-code.taken",
                    "an enterprise with this credit code is already registered");
        }
        Enterprise enterprise = Enterprise.register(EnterpriseId.newId(), command.creditCode(),
                command.details().toProfile(referenceData));
        Enterprise stored = enterprises.save(enterprise);
        audit.record(currentActors.actor(), EnterpriseAudit.ENTITY, stored.id().toString(),
                EnterpriseAudit.REGISTERED, null,
                "creditCode=" + stored.creditCode().value() + ";" + EnterpriseAudit.codes(stored));
        return stored;
    }
}
