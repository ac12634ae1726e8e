package org.zhiben.enterprises.application;

import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.Require;

/** Register an enterprise under its unified social credit code. */
public record RegisterEnterpriseCommand(UnifiedSocialCreditCode creditCode, EnterpriseDetails details) {

    public RegisterEnterpriseCommand {
        Require.notNull(creditCode, "creditCode");
        Require.notNull(details, "details");
    }
}
