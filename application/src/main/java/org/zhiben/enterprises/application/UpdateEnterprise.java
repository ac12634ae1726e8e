package org.zhiben.enterprises.application;

import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;

/**
 * Replaces an enterprise's details as the caller saw them, and records the change in the audit trail
 * ({@code enterprise.updated}, naming the changed fields, never their values):
 * <ul>
 * <li>an enterprise outside the caller's data scope does not exist for them ({@link NotFoundException});</li>
 * <li>the caller says which version it saw; if the enterprise has changed since, the update is refused
 *     ({@link StaleVersionException}) so that no one overwrites a change they have not seen;</li>
 * <li>the new jurisdiction and industry must not move it outside the caller's scope ({@code enterprise.out-of-scope},
 *     403);</li>
 * <li>the fields that decide who supervises the enterprise are not the enterprise's own to change: a caller who sees
 *     it only as that one enterprise (its safety manager) is refused a new jurisdiction or industry
 *     ({@code enterprise.jurisdiction.supervisor-only}, {@code enterprise.industry.supervisor-only}, 403), and the
 *     credit code never changes ({@code enterprise.credit-code.unchangeable}, 409).</li>
 * </ul>
 * An update that changes nothing is neither stored nor audited.
 */
public class UpdateEnterprise {

    private final EnterpriseStore enterprises;
    private final EnterpriseReferenceData referenceData;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;

    public UpdateEnterprise(EnterpriseStore enterprises, EnterpriseReferenceData referenceData,
            CurrentActors currentActors, AuditRecorder audit) {
        this.enterprises = enterprises;
        this.referenceData = referenceData;
        this.currentActors = currentActors;
        this.audit = audit;
    }

    /** @return the enterprise as stored (unchanged and not stored again when nothing differs) */
    public Enterprise update(UpdateEnterpriseCommand command) {
        DataScope scope = currentActors.scope();
        Enterprise enterprise = enterprises.findById(command.id())
                .filter(found -> EnterpriseScope.sees(scope, found))
                .orElseThrow(() -> new NotFoundException("enterprise", command.id().value()));
        if (enterprise.version() != command.expectedVersion()) {
            throw new StaleVersionException("enterprise", command.id(), command.expectedVersion(),
                    enterprise.version());
        }
        if (command.creditCode() != null && !command.creditCode().equals(enterprise.creditCode())) {
            throw new RuleViolationException("enterprise.credit-code.unchangeable",
                    "the credit code of a registered enterprise never changes", "creditCode");
        }
        EnterpriseProfile before = enterprise.profile();
        EnterpriseProfile revised = command.details().toProfile(referenceData);
        if (!enterprise.revise(revised, EnterpriseScope.supervises(scope, enterprise))) {
            return enterprise;
        }
        if (!scope.permits(revised.jurisdiction(), revised.industry(), enterprise.id().value())) {
            throw new NotPermittedException("enterprise.out-of-scope",
                    "the enterprise would lie outside the caller's data scope");
        }
        Enterprise stored = enterprises.save(enterprise);
        audit.record(currentActors.actor(), EnterpriseAudit.ENTITY, stored.id().toString(), EnterpriseAudit.UPDATED,
                null, "changed=" + EnterpriseAudit.changedFields(before, stored.profile()) + ";"
                        + EnterpriseAudit.codes(stored) + ";version=" + enterprise.version() + "->"
                        + stored.version());
        return stored;
    }
}
