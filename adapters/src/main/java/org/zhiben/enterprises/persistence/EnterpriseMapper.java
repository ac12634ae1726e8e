package org.zhiben.enterprises.persistence;

import java.time.Instant;
import org.mapstruct.Mapper;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.FocusAttributes;
import org.zhiben.enterprises.HospitalGrade;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** Maps enterprise rows to the domain's {@link Enterprise} and copies a profile back onto a row. */
@Mapper(imports = Person.class)
interface EnterpriseMapper {

    default Enterprise toDomain(EnterpriseJpaEntity entity) {
        return Enterprise.reconstitute(new EnterpriseId(entity.getId()),
                UnifiedSocialCreditCode.of(entity.getCreditCode()), toProfile(entity), entity.getVersion());
    }

    default EnterpriseProfile toProfile(EnterpriseJpaEntity entity) {
        return new EnterpriseProfile(entity.getName(), jurisdictionCode(entity.getJurisdictionCode()),
                industryCode(entity.getIndustryCode()), entity.isHighRisk(), entity.getAddress(),
                new Person(entity.getPrincipalName(), entity.getPrincipalPhone(), entity.getPrincipalEmail()),
                new Person(entity.getControllerName(), entity.getControllerPhone(), entity.getControllerEmail()),
                standardisationGrade(entity.getStandardisationGrade()), status(entity.getStatus()),
                new FocusAttributes(HospitalGrade.valueOf(entity.getHospitalGrade()), entity.isKeyCulturalRelicUnit(),
                        entity.isLargeCommercialComplex(), entity.getFireSafetyName() == null ? null
                        : new Person(entity.getFireSafetyName(), entity.getFireSafetyPhone())));
    }

    default void copyProfile(EnterpriseProfile profile, EnterpriseJpaEntity entity, Instant now) {
        entity.setProfile(profile.name(), profile.jurisdiction().value(), profile.industry().value(),
                profile.highRisk(), profile.address(), profile.principal().name(), profile.principal().phone(),
                profile.principal().email(), profile.actualController().name(), profile.actualController().phone(),
                profile.actualController().email(),
                profile.standardisationGrade().name(), profile.status().name(), now);
        FocusAttributes focus = profile.focus();
        Person fireSafety = focus.fireSafetyResponsible();
        entity.setFocus(focus.hospitalGrade().name(), focus.keyCulturalRelicUnit(), focus.largeCommercialComplex(),
                fireSafety == null ? null : fireSafety.name(), fireSafety == null ? null : fireSafety.phone());
    }

    default JurisdictionCode jurisdictionCode(String value) {
        return JurisdictionCode.of(value);
    }

    default IndustryCode industryCode(String value) {
        return IndustryCode.of(value);
    }

    default StandardisationGrade standardisationGrade(String value) {
        return StandardisationGrade.valueOf(value);
    }

    default EnterpriseStatus status(String value) {
        return EnterpriseStatus.valueOf(value);
    }
}
