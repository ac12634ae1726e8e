package org.zhiben.enterprises.application;

import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * Replace the details of an enterprise, as seen at {@code expectedVersion}. The credit code does not change:
 * {@code creditCode} is optional, and when given it must be the enterprise's own.
 */
public record UpdateEnterpriseCommand(EnterpriseId id, long expectedVersion, UnifiedSocialCreditCode creditCode,
        EnterpriseDetails details) {

    public UpdateEnterpriseCommand {
        Require.notNull(id, "id");
        Require.notNull(details, "details");
        if (expectedVersion < 0) {
            throw new InvalidValueException("expectedVersion", "enterprise.version.invalid",
                    "expectedVersion must be 0 or more", expectedVersion);
        }
    }

    public UpdateEnterpriseCommand(EnterpriseId id, long expectedVersion, EnterpriseDetails details) {
        this(id, expectedVersion, null, details);
    }
}
