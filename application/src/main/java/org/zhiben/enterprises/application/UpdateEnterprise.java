package org.zhiben.enterprises.application;

import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.StaleVersionException;

/**
 * Updates an enterprise's details. The caller says which version it saw; if the enterprise has changed since, the
 * update is refused ({@link StaleVersionException}) so that no one overwrites a change they have not seen.
 */
public class UpdateEnterprise {

    private final Enterprises enterprises;
    private final EnterpriseReferenceData referenceData;

    public UpdateEnterprise(Enterprises enterprises, EnterpriseReferenceData referenceData) {
        this.enterprises = enterprises;
        this.referenceData = referenceData;
    }

    /** @return the enterprise as stored (unchanged and not stored again when nothing differs) */
    public Enterprise update(UpdateEnterpriseCommand command) {
        Enterprise enterprise = enterprises.findById(command.id())
                .orElseThrow(() -> new NotFoundException("enterprise", command.id()));
        if (enterprise.version() != command.expectedVersion()) {
            throw new StaleVersionException("enterprise", command.id(), command.expectedVersion(),
                    enterprise.version());
        }
        if (!enterprise.revise(command.details().toProfile(referenceData))) {
            return enterprise;
        }
        return enterprises.save(enterprise);
    }
}
