package org.zhiben.enterprises.application;

import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.FocusAttributes;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * The attributes of an enterprise as a user gives them, for registering or updating it. High-risk is not among them:
 * it follows from the industry. A missing grade means none; a missing status means operating; missing training-focus
 * attributes mean none ({@link FocusAttributes#NONE}).
 */
public record EnterpriseDetails(
        String name,
        JurisdictionCode jurisdiction,
        IndustryCode industry,
        String address,
        Person principal,
        Person actualController,
        StandardisationGrade standardisationGrade,
        EnterpriseStatus status,
        FocusAttributes focus) {

    /** Details without training-focus attributes. */
    public EnterpriseDetails(String name, JurisdictionCode jurisdiction, IndustryCode industry, String address,
            Person principal, Person actualController, StandardisationGrade standardisationGrade,
            EnterpriseStatus status) {
        this(name, jurisdiction, industry, address, principal, actualController, standardisationGrade, status, null);
    }

    public EnterpriseDetails {
        Require.notBlank(name, "name");
        Require.notNull(jurisdiction, "jurisdiction");
        Require.notNull(industry, "industry");
        Require.notBlank(address, "address");
        Require.notNull(principal, "principal");
        Require.notNull(actualController, "actualController");
        standardisationGrade = standardisationGrade == null ? StandardisationGrade.NONE : standardisationGrade;
        status = status == null ? EnterpriseStatus.OPERATING : status;
        focus = focus == null ? FocusAttributes.NONE : focus;
    }

    /** The profile these details give, once the jurisdiction and the industry are known to exist. */
    EnterpriseProfile toProfile(EnterpriseReferenceData referenceData) {
        if (!referenceData.jurisdictionExists(jurisdiction)) {
            throw new InvalidValueException("jurisdiction", "enterprise.jurisdiction.unknown",
                    "unknown jurisdiction " + jurisdiction, jurisdiction.value());
        }
        if (!referenceData.industryExists(industry)) {
            throw new InvalidValueException("industry", "enterprise.industry.unknown",
                    "unknown industry " + industry, industry.value());
        }
        return new EnterpriseProfile(name, jurisdiction, industry, referenceData.isHighRisk(industry), address,
                principal, actualController, standardisationGrade, status, focus);
    }
}
