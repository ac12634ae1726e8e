package org.zhiben.organization.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.zhiben.organization.Industry;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.LeadingGroupRole;
import org.zhiben.organization.MemberUnit;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/** JSON shapes of the organisation's reference data. Codes travel as plain strings. */
final class OrganizationResponses {

    private OrganizationResponses() {
    }

    record JurisdictionResponse(String code, String name, String nameEn, String kind,
            @Schema(nullable = true) String parent) {
        static JurisdictionResponse from(Jurisdiction j) {
            return new JurisdictionResponse(j.code().value(), j.name(), j.nameEn(), j.kind().name(), text(j.parent()));
        }
    }

    record UnitResponse(String code, String name, String shortName, String nameEn, String kind,
                        boolean memberOfCommittee, List<String> leadingGroupRoles,
                        @Schema(nullable = true) String hostedBy, @Schema(nullable = true) String jurisdiction) {
        static UnitResponse from(MemberUnit u) {
            return new UnitResponse(u.code().value(), u.name(), u.shortName(), u.nameEn(), u.kind().name(),
                    u.memberOfCommittee(), u.leadingGroupRoles().stream().map(LeadingGroupRole::name).sorted().toList(),
                    text(u.hostedBy()), text(u.jurisdiction()));
        }
    }

    record IndustryResponse(String code, String name, String nameEn, boolean highRisk,
                            @Schema(nullable = true) String competentUnit,
                            @Schema(nullable = true) String supervisingUnit,
                            @Schema(nullable = true) String source, @Schema(nullable = true) String notes) {
        static IndustryResponse from(Industry i) {
            return new IndustryResponse(i.code().value(), i.name(), i.nameEn(), i.highRisk(), text(i.competentUnit()),
                    text(i.supervisingUnit()), i.source(), i.notes());
        }
    }

    static String text(UnitCode code) {
        return code == null ? null : code.value();
    }

    static String text(JurisdictionCode code) {
        return code == null ? null : code.value();
    }

    static String text(IndustryCode code) {
        return code == null ? null : code.value();
    }
}
