package org.zhiben.enterprises.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.FocusAttributes;
import org.zhiben.enterprises.HospitalGrade;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.application.EnterpriseDetails;
import org.zhiben.platform.web.RequestValues;

/** Request bodies of the enterprises API; codes are plain strings, checked by the domain with the field named. */
final class EnterpriseRequests {

    private EnterpriseRequests() {
    }

    @Schema(description = "Register an enterprise under its unified social credit code (统一社会信用代码)")
    record RegisterEnterpriseRequest(
            @Schema(example = "91653000MA7XXXXXX1", description = "unified social credit code (GB 32100-2015), "
                    + "check character validated", requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 40)
            String creditCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 400) String name,
            @Schema(example = "653001", description = EnterpriseResponses.JURISDICTION,
                    pattern = "^[0-9]{6}(-P[0-9]{2})?$", requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 20)
            String jurisdiction,
            @Schema(example = "HAZARDOUS_CHEMICALS", description = EnterpriseResponses.INDUSTRY,
                    pattern = "^[A-Z][A-Z0-9_]{1,39}$", requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 40)
            String industry,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 600) String address,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 100) String principalName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 30) String principalPhone,
            @Schema(description = "optional; notices about major hazards are also e-mailed to it",
                    example = "zhangsan@example.cn") @Size(max = 300) String principalEmail,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 100) String controllerName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 30) String controllerPhone,
            @Schema(description = "optional; notices about major hazards are also e-mailed to it")
            @Size(max = 300) String controllerEmail,
            @Schema(description = "NONE, LEVEL_1, LEVEL_2 or LEVEL_3; empty: NONE") @Size(max = 20)
            String standardisationGrade,
            @Schema(description = "OPERATING, SUSPENDED or CLOSED; empty: OPERATING") @Size(max = 20) String status,
            @Schema(description = "NONE (no hospital), LEVEL_1, LEVEL_2 or LEVEL_3; empty: NONE", nullable = true)
            @Size(max = 20) String hospitalGrade,
            @Schema(description = "a key cultural-relic protection unit (重点文物保护单位); null: no", nullable = true)
            Boolean keyCulturalRelicUnit,
            @Schema(description = "a large commercial complex (大型商业综合体); null: no", nullable = true)
            Boolean largeCommercialComplex,
            @Schema(description = "the fire-safety responsible person (消防安全责任人); optional, with the phone",
                    nullable = true) @Size(max = 100) String fireSafetyName,
            @Schema(nullable = true) @Size(max = 30) String fireSafetyPhone) {

        UnifiedSocialCreditCode toCreditCode() {
            return RequestValues.convert(creditCode, "creditCode", UnifiedSocialCreditCode::of);
        }

        EnterpriseDetails toDetails() {
            return details(name, jurisdiction, industry, address, principalName, principalPhone, principalEmail,
                    controllerName, controllerPhone, controllerEmail, standardisationGrade, status,
                    focus(hospitalGrade, keyCulturalRelicUnit, largeCommercialComplex, fireSafetyName,
                            fireSafetyPhone));
        }
    }

    @Schema(description = "Replace the details of an enterprise; the credit code never changes. Jurisdiction and "
            + "industry decide who supervises the enterprise: only a caller who supervises it may change them, not "
            + "the enterprise's own safety manager")
    record UpdateEnterpriseRequest(
            @Schema(description = "optional; when given, it must be the enterprise's own", nullable = true)
            @Size(max = 40) String creditCode,
            @Size(max = 400) String name,
            @Size(max = 20) String jurisdiction,
            @Size(max = 40) String industry,
            @Size(max = 600) String address,
            @Size(max = 100) String principalName,
            @Size(max = 30) String principalPhone,
            @Schema(description = "optional; empty removes it") @Size(max = 300) String principalEmail,
            @Size(max = 100) String controllerName,
            @Size(max = 30) String controllerPhone,
            @Schema(description = "optional; empty removes it") @Size(max = 300) String controllerEmail,
            @Size(max = 20) String standardisationGrade,
            @Size(max = 20) String status,
            @Schema(description = "NONE (no hospital), LEVEL_1, LEVEL_2 or LEVEL_3; empty: NONE", nullable = true)
            @Size(max = 20) String hospitalGrade,
            @Schema(description = "a key cultural-relic protection unit (重点文物保护单位); null: no", nullable = true)
            Boolean keyCulturalRelicUnit,
            @Schema(description = "a large commercial complex (大型商业综合体); null: no", nullable = true)
            Boolean largeCommercialComplex,
            @Schema(description = "the fire-safety responsible person (消防安全责任人); optional, with the phone",
                    nullable = true) @Size(max = 100) String fireSafetyName,
            @Schema(nullable = true) @Size(max = 30) String fireSafetyPhone) {

        EnterpriseDetails toDetails() {
            return details(name, jurisdiction, industry, address, principalName, principalPhone, principalEmail,
                    controllerName, controllerPhone, controllerEmail, standardisationGrade, status,
                    focus(hospitalGrade, keyCulturalRelicUnit, largeCommercialComplex, fireSafetyName,
                            fireSafetyPhone));
        }

        UnifiedSocialCreditCode toCreditCode() {
            return creditCode == null || creditCode.isBlank() ? null
                    : RequestValues.convert(creditCode, "creditCode", UnifiedSocialCreditCode::of);
        }
    }

    private static EnterpriseDetails details(String name, String jurisdiction, String industry, String address,
            String principalName, String principalPhone, String principalEmail, String controllerName,
            String controllerPhone, String controllerEmail, String standardisationGrade, String status,
            FocusAttributes focus) {
        return new EnterpriseDetails(name, RequestValues.jurisdiction(jurisdiction, "jurisdiction"),
                RequestValues.industry(industry, "industry"), address,
                Person.of("principal", principalName, principalPhone, principalEmail),
                Person.of("controller", controllerName, controllerPhone, controllerEmail),
                StandardisationGrade.parse(standardisationGrade), EnterpriseStatus.parse(status), focus);
    }

    /** The training-focus attributes; a fire-safety person is given with both name and phone, or not at all. */
    static FocusAttributes focus(String hospitalGrade, Boolean keyCulturalRelicUnit, Boolean largeCommercialComplex,
            String fireSafetyName, String fireSafetyPhone) {
        boolean named = fireSafetyName != null && !fireSafetyName.isBlank();
        boolean phoned = fireSafetyPhone != null && !fireSafetyPhone.isBlank();
        Person fireSafety = named || phoned ? Person.of("fireSafety", fireSafetyName, fireSafetyPhone) : null;
        return new FocusAttributes(HospitalGrade.parse(hospitalGrade), Boolean.TRUE.equals(keyCulturalRelicUnit),
                Boolean.TRUE.equals(largeCommercialComplex), fireSafety);
    }
}
