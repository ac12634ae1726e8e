package org.zhiben.enterprises.application;

import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.Page;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.NotFoundException;

/** Looks enterprises up by identity or credit code, and searches them by jurisdiction, industry and name. */
public class FindEnterprises {

    private final Enterprises enterprises;

    public FindEnterprises(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    public Enterprise byId(EnterpriseId id) {
        return enterprises.findById(id).orElseThrow(() -> new NotFoundException("enterprise", id));
    }

    public Enterprise byCreditCode(UnifiedSocialCreditCode creditCode) {
        return enterprises.findByCreditCode(creditCode)
                .orElseThrow(() -> new NotFoundException("enterprise", creditCode));
    }

    public Page<Enterprise> search(EnterpriseSearch criteria) {
        return enterprises.search(criteria);
    }
}
