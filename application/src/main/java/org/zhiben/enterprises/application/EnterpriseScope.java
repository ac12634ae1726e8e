package org.zhiben.enterprises.application;

import org.zhiben.enterprises.Enterprise;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.NotPermittedException;

/**
 * How the caller's data scope applies to enterprises: an enterprise outside it does not exist for the caller
 * ({@link NotFoundException}); registering or moving one outside it is refused ({@link NotPermittedException}, 403);
 * and the caller <em>supervises</em> an enterprise when its scope reaches it by jurisdiction, industry or the whole
 * prefecture — not merely as that one enterprise, as its own safety manager does.
 */
final class EnterpriseScope {

    private EnterpriseScope() {
    }

    static boolean sees(DataScope scope, Enterprise enterprise) {
        return scope.permits(enterprise.jurisdiction(), enterprise.industry(), enterprise.id().value());
    }

    static Enterprise seen(DataScope scope, Enterprise enterprise, Object requestedId) {
        if (!sees(scope, enterprise)) {
            throw new NotFoundException("enterprise", requestedId);
        }
        return enterprise;
    }

    static boolean supervises(DataScope scope, Enterprise enterprise) {
        return supervises(scope, enterprise.jurisdiction(), enterprise.industry());
    }

    static boolean supervises(DataScope scope, JurisdictionCode jurisdiction, IndustryCode industry) {
        return scope.permits(jurisdiction, industry, null);
    }

    static void requireSupervised(DataScope scope, JurisdictionCode jurisdiction, IndustryCode industry) {
        if (!supervises(scope, jurisdiction, industry)) {
            throw new NotPermittedException("enterprise.out-of-scope",
                    "the enterprise lies outside the caller's data scope");
        }
    }
}
