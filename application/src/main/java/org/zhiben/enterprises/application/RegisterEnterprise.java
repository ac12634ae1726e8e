package org.zhiben.enterprises.application;

import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.shared.RuleViolationException;

/**
 * Registers an enterprise. A credit code is registered once ({@code enterprise.credit-code.taken}); the jurisdiction
 * and the industry must exist; high-risk follows from the industry.
 */
public class RegisterEnterprise {

    private final Enterprises enterprises;
    private final EnterpriseReferenceData referenceData;

    public RegisterEnterprise(Enterprises enterprises, EnterpriseReferenceData referenceData) {
        this.enterprises = enterprises;
        this.referenceData = referenceData;
    }

    /** @return the enterprise as stored, with its version */
    public Enterprise register(RegisterEnterpriseCommand command) {
        if (enterprises.findByCreditCode(command.creditCode()).isPresent()) {
            throw new RuleViolationException("enterprise.credit-code.taken",
                    "an enterprise with this credit code is already registered");
        }
        Enterprise enterprise = Enterprise.register(EnterpriseId.newId(), command.creditCode(),
                command.details().toProfile(referenceData));
        return enterprises.save(enterprise);
    }
}
