package org.zhiben.training;

import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** Enterprises for the training module's tests, stored directly in the register. */
public final class TrainingFixtures {

    private TrainingFixtures() {
    }

    /** An operating enterprise of the given jurisdiction and industry, with a unique name. */
    public static Enterprise enterprise(EnterpriseStore store, String namePrefix, String jurisdiction,
            String industry, boolean highRisk) {
        return store.save(Enterprise.register(EnterpriseId.newId(), UnifiedSocialCreditCode.of(TestCreditCodes.random()),
                new EnterpriseProfile(namePrefix + TestNames.letters(), JurisdictionCode.of(jurisdiction),
                        IndustryCode.of(industry), highRisk, "测试路 1 号", new Person("张三", "13800000000"),
                        new Person("李四", "13900000000"), StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
    }

}
