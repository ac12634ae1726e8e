package org.zhiben.organization.persistence;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhiben.organization.Industry;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.MemberUnit;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/** Maps the organisation's rows to the domain's reference records. */
@Mapper
interface OrganizationMapper {

    @Mapping(target = "parent", source = "parentCode")
    Jurisdiction toDomain(JurisdictionJpaEntity entity);

    @Mapping(target = "jurisdiction", source = "jurisdictionCode")
    MemberUnit toDomain(UnitJpaEntity entity);

    Industry toDomain(IndustryJpaEntity entity);

    default UnitCode unitCode(String value) {
        return value == null ? null : UnitCode.of(value);
    }

    default JurisdictionCode jurisdictionCode(String value) {
        return value == null ? null : JurisdictionCode.of(value);
    }

    default IndustryCode industryCode(String value) {
        return value == null ? null : IndustryCode.of(value);
    }
}
