package org.zhiben.enterprises.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.HospitalGrade;
import org.zhiben.enterprises.Page;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.platform.web.PageView;

/**
 * Response bodies of the enterprises API. The phones and e-mail addresses of the principal and the actual controller
 * are personal data: only the detail view of one enterprise shows them in full; lists show them masked
 * ({@code 138****5678}, {@code z***@example.cn}).
 */
public final class EnterpriseResponses {

    static final String JURISDICTION = "a jurisdiction code of the plan, e.g. 653001 (a county or city) or 653000-P01 "
            + "(a port administration); the codes are listed by GET /api/v1/organization/jurisdictions";
    static final String INDUSTRY = "an industry code of the plan, e.g. HAZARDOUS_CHEMICALS; the codes are listed by "
            + "GET /api/v1/organization/industries";

    private EnterpriseResponses() {
    }

    record PersonResponse(String name, String phone,
            @Schema(description = "e-mail address; null when the person has none", nullable = true) String email) {

        static PersonResponse full(Person person) {
            return new PersonResponse(person.name(), person.phone(), person.email());
        }

        static PersonResponse masked(Person person) {
            return new PersonResponse(person.name(), maskPhone(person.phone()),
                    person.hasEmail() ? Person.maskEmail(person.email()) : null);
        }
    }

    @Schema(description = "One enterprise with its personal contacts in full; the ETag header carries the version")
    record EnterpriseResponse(UUID id, String creditCode, String name,
            @Schema(description = JURISDICTION) String jurisdiction, @Schema(description = INDUSTRY) String industry,
            boolean highRisk, String address, PersonResponse principal, PersonResponse actualController,
            @Schema(implementation = StandardisationGrade.class) String standardisationGrade,
            @Schema(implementation = EnterpriseStatus.class) String status,
            @Schema(implementation = HospitalGrade.class) String hospitalGrade, boolean keyCulturalRelicUnit,
            boolean largeCommercialComplex,
            @Schema(description = "the fire-safety responsible person (消防安全责任人); null when none is named",
                    nullable = true) PersonResponse fireSafetyResponsible,
            long version) {

        static EnterpriseResponse from(Enterprise e) {
            return new EnterpriseResponse(e.id().value(), e.creditCode().value(), e.name(), e.jurisdiction().value(),
                    e.industry().value(), e.highRisk(), e.address(), PersonResponse.full(e.principal()),
                    PersonResponse.full(e.actualController()), e.standardisationGrade().name(), e.status().name(),
                    e.focus().hospitalGrade().name(), e.focus().keyCulturalRelicUnit(),
                    e.focus().largeCommercialComplex(), e.focus().fireSafetyResponsible() == null ? null
                            : PersonResponse.full(e.focus().fireSafetyResponsible()),
                    e.version());
        }
    }

    @Schema(description = "An enterprise offered by a picker: its id, unified social credit code, name and address")
    record EnterpriseChoice(UUID id, String creditCode, String name, String address) {

        static EnterpriseChoice from(Enterprise e) {
            return new EnterpriseChoice(e.id().value(), e.creditCode().value(), e.name(), e.address());
        }
    }

    @Schema(description = "An enterprise in a list: phones and e-mail addresses masked")
    record EnterpriseSummary(UUID id, String creditCode, String name,
            @Schema(description = JURISDICTION) String jurisdiction, @Schema(description = INDUSTRY) String industry,
            boolean highRisk, PersonResponse principal, PersonResponse actualController,
            @Schema(implementation = StandardisationGrade.class) String standardisationGrade,
            @Schema(implementation = EnterpriseStatus.class) String status, long version) {

        static EnterpriseSummary from(Enterprise e) {
            return new EnterpriseSummary(e.id().value(), e.creditCode().value(), e.name(), e.jurisdiction().value(),
                    e.industry().value(), e.highRisk(), PersonResponse.masked(e.principal()),
                    PersonResponse.masked(e.actualController()), e.standardisationGrade().name(), e.status().name(),
                    e.version());
        }
    }

    /** A page of the register in the API's one paging shape. */
    static PageView<EnterpriseSummary> pageOf(Page<Enterprise> page) {
        return PageView.of(page.items(), EnterpriseSummary::from, page.page(), page.size(), page.total());
    }

    record RowErrorResponse(int lineNumber, String field, String code, String message) {
    }

    @Schema(description = "Outcome of a bulk import: counts by outcome and every refused cell by line")
    record ImportReportResponse(int created, int updated, int unchanged, long rejected,
            List<RowErrorResponse> errors) {
    }

    /** Keeps the first three and the last four characters: {@code 13812345678} → {@code 138****5678}. */
    public static String maskPhone(String phone) {
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
