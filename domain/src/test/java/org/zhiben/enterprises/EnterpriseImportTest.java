package org.zhiben.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

class EnterpriseImportTest {

    private static final Set<String> JURISDICTIONS = Set.of("653001", "653022");
    private static final Set<String> INDUSTRIES = Set.of("HAZARDOUS_CHEMICALS", "INDUSTRY_TRADE");
    private static final Set<String> HIGH_RISK = Set.of("HAZARDOUS_CHEMICALS");

    private final EnterpriseImport enterpriseImport = new EnterpriseImport(
            j -> JURISDICTIONS.contains(j.value()), i -> INDUSTRIES.contains(i.value()),
            i -> HIGH_RISK.contains(i.value()), EnterpriseId::newId);

    private static Map<String, String> goodFields(String creditCode, String name) {
        Map<String, String> fields = new HashMap<>();
        fields.put("creditCode", creditCode);
        fields.put("name", name);
        fields.put("jurisdiction", "653001");
        fields.put("industry", "HAZARDOUS_CHEMICALS");
        fields.put("address", "阿图什市工业园区1号");
        fields.put("principalName", "王建国");
        fields.put("principalPhone", "13899123456");
        fields.put("controllerName", "李明");
        fields.put("controllerPhone", "0908-4221234");
        fields.put("standardisationGrade", "二级");
        fields.put("status", "");
        return fields;
    }

    private static EnterpriseImportRow row(int line, Map<String, String> fields) {
        return new EnterpriseImportRow(line, fields);
    }

    /**
     * People fill in the sheet as the form reads: counties, industries and grades by name — "阿克陶县", "危险化学品",
     * and "未评定", the name the form gives to an enterprise without a standardisation grade.
     */
    @Test
    void counties_industries_and_grades_are_read_by_their_names_as_well_as_by_their_codes() {
        EnterpriseImport byName = new EnterpriseImport(j -> JURISDICTIONS.contains(j.value()),
                i -> INDUSTRIES.contains(i.value()), i -> HIGH_RISK.contains(i.value()), EnterpriseId::newId,
                name -> "阿克陶县".equals(name) ? Optional.of(JurisdictionCode.of("653022")) : Optional.empty(),
                name -> "危险化学品".equals(name) ? Optional.of(IndustryCode.of("HAZARDOUS_CHEMICALS"))
                        : Optional.empty());
        Map<String, String> fields = goodFields("91653001MA7AB1234K", "克州化工有限公司");
        fields.put("jurisdiction", " 阿克陶县 ");
        fields.put("industry", "危险化学品");
        fields.put("standardisationGrade", "未评定");

        EnterpriseImportResult result = byName.run(List.of(row(2, fields)), Map.of());

        assertThat(result.report().errors()).isEmpty();
        Enterprise created = result.toSave().get(0);
        assertThat(created.jurisdiction()).isEqualTo(JurisdictionCode.of("653022"));
        assertThat(created.industry()).isEqualTo(IndustryCode.of("HAZARDOUS_CHEMICALS"));
        assertThat(created.highRisk()).isTrue();
        assertThat(created.standardisationGrade()).isEqualTo(StandardisationGrade.NONE);

        fields.put("jurisdiction", "不存在县");
        assertThat(byName.run(List.of(row(2, fields)), Map.of()).report().errors())
                .extracting(RowError::field, RowError::code)
                .containsExactly(tuple("jurisdiction", "enterprise.jurisdiction.unknown"));
    }

    @Test
    void a_good_row_creates_an_enterprise_whose_high_risk_follows_from_its_industry() {
        EnterpriseImportResult result = enterpriseImport.run(
                List.of(row(2, goodFields("91653001MA7AB1234K", "克州化工有限公司"))), Map.of());

        assertThat(result.report().created()).isEqualTo(1);
        assertThat(result.report().errors()).isEmpty();
        Enterprise created = result.toSave().get(0);
        assertThat(created.creditCode()).isEqualTo(UnifiedSocialCreditCode.of("91653001MA7AB1234K"));
        assertThat(created.highRisk()).isTrue();
        assertThat(created.standardisationGrade()).isEqualTo(StandardisationGrade.LEVEL_2);
        assertThat(created.status()).isEqualTo(EnterpriseStatus.OPERATING);
        assertThat(created.actualController()).isEqualTo(new Person("李明", "0908-4221234"));
    }

    /**
     * Task 4's focus groups need the hospital grade, the key cultural-relic unit, the large commercial complex and the
     * fire-safety responsible person: optional columns, 是/否 for the flags, the person with both name and phone.
     */
    @Test
    void the_training_focus_columns_are_optional_and_read_into_the_focus_attributes() {
        Map<String, String> fields = goodFields("91653001MA7AB1234K", "克州人民医院");
        fields.put("hospitalGrade", "二级医院");
        fields.put("keyCulturalRelicUnit", "否");
        fields.put("largeCommercialComplex", "是");
        fields.put("fireSafetyName", "赵消防");
        fields.put("fireSafetyPhone", "13800000003");

        Enterprise created = enterpriseImport.run(List.of(row(2, fields)), Map.of()).toSave().get(0);

        assertThat(created.focus()).isEqualTo(new FocusAttributes(HospitalGrade.LEVEL_2, false, true,
                new Person("赵消防", "13800000003")));
        assertThat(enterpriseImport.run(List.of(row(2, goodFields("91653001MA7AB1234K", "甲公司"))), Map.of())
                .toSave().get(0).focus()).isEqualTo(FocusAttributes.NONE);

        fields.put("fireSafetyPhone", "");
        fields.put("keyCulturalRelicUnit", "也许");
        assertThat(enterpriseImport.run(List.of(row(2, fields)), Map.of()).report().errors())
                .extracting(RowError::field, RowError::code)
                .containsExactly(tuple("keyCulturalRelicUnit", "enterprise.yes-no.invalid"));
        fields.put("keyCulturalRelicUnit", "否");
        assertThat(enterpriseImport.run(List.of(row(2, fields)), Map.of()).report().errors())
                .extracting(RowError::field, RowError::code)
                .containsExactly(tuple("fireSafetyPhone", "validation.required"));
    }

    @Test
    void the_e_mail_columns_are_optional_and_read_into_the_principal_and_the_actual_controller() {
        Map<String, String> withMail = goodFields("91653001MA7AB1234K", "克州化工有限公司");
        withMail.put("principalEmail", "wang@Example.CN");
        withMail.put("controllerEmail", "");

        Enterprise created = enterpriseImport.run(List.of(row(2, withMail)), Map.of()).toSave().get(0);

        assertThat(created.principal().email()).isEqualTo("wang@example.cn");
        assertThat(created.actualController().hasEmail()).isFalse();
    }

    @Test
    void a_bad_e_mail_refuses_the_row_on_its_column() {
        Map<String, String> bad = goodFields("91653001MA7AB1234K", "克州化工有限公司");
        bad.put("controllerEmail", "li.ming@");

        EnterpriseImportResult result = enterpriseImport.run(List.of(row(2, bad)), Map.of());

        assertThat(result.toSave()).isEmpty();
        assertThat(result.report().errors()).extracting(RowError::field, RowError::code)
                .containsExactly(tuple("controllerEmail", "enterprise.person.email.invalid"));
    }

    @Test
    void re_importing_a_row_with_e_mails_leaves_the_enterprise_unchanged() {
        Map<String, String> fields = goodFields("91653001MA7AB1234K", "克州化工有限公司");
        fields.put("principalEmail", "wang@example.cn");
        fields.put("controllerEmail", "li@example.cn");
        Enterprise stored = enterpriseImport.run(List.of(row(2, fields)), Map.of()).toSave().get(0);

        EnterpriseImportResult again = enterpriseImport.run(List.of(row(2, fields)),
                Map.of(stored.creditCode(), stored));

        assertThat(again.report().unchanged()).isEqualTo(1);
        assertThat(again.toSave()).isEmpty();
    }

    @Test
    void bad_rows_never_stop_good_rows_and_each_refused_cell_is_reported() {
        Map<String, String> bad = goodFields("91653001MA7AB1235K", "");
        bad.put("jurisdiction", "659999");
        bad.put("principalPhone", "12345");
        bad.put("status", "营业中");

        EnterpriseImportResult result = enterpriseImport.run(List.of(
                row(2, bad),
                row(3, goodFields("92653022MA78K9P2X4", "阿克陶县建材店"))), Map.of());

        assertThat(result.report().created()).isEqualTo(1);
        assertThat(result.toSave()).extracting(Enterprise::name).containsExactly("阿克陶县建材店");
        assertThat(result.report().errors())
                .extracting(RowError::lineNumber, RowError::field, RowError::code)
                .containsExactly(
                        tuple(2, "creditCode", "enterprise.credit-code.check"),
                        tuple(2, "name", "validation.required"),
                        tuple(2, "jurisdiction", "enterprise.jurisdiction.unknown"),
                        tuple(2, "principalPhone", "enterprise.person.phone.invalid"),
                        tuple(2, "status", "enterprise.status.unknown"));
        assertThat(result.report().rejected()).isEqualTo(1);
    }

    @Test
    void a_malformed_or_unknown_industry_is_reported_on_the_industry_column() {
        Map<String, String> malformed = goodFields("91653001MA7AB1234K", "甲公司");
        malformed.put("industry", "chemicals");
        Map<String, String> unknown = goodFields("92653022MA78K9P2X4", "乙公司");
        unknown.put("industry", "AVIATION");

        ImportReport report = enterpriseImport.run(List.of(row(2, malformed), row(3, unknown)), Map.of()).report();

        assertThat(report.errors()).extracting(RowError::lineNumber, RowError::field, RowError::code)
                // a cell may name the industry, so a text that is neither a name nor a code is an unknown industry
                .containsExactly(tuple(2, "industry", "enterprise.industry.unknown"),
                        tuple(3, "industry", "enterprise.industry.unknown"));
    }

    @Test
    void the_same_credit_code_twice_in_one_file_is_refused_on_the_second_line() {
        EnterpriseImportResult result = enterpriseImport.run(List.of(
                row(2, goodFields("91653001MA7AB1234K", "克州化工有限公司")),
                row(3, goodFields("91653001ma7ab1234k", "克州化工有限公司（重复）"))), Map.of());

        assertThat(result.report().created()).isEqualTo(1);
        assertThat(result.toSave()).extracting(Enterprise::name).containsExactly("克州化工有限公司");
        assertThat(result.report().errors())
                .extracting(RowError::lineNumber, RowError::field, RowError::code, RowError::arguments)
                .containsExactly(tuple(3, "creditCode", "enterprise.import.duplicate-in-file", List.of(2)));
    }

    /** A file read as a stream comes in parts: a credit code seen in an earlier part is still a duplicate. */
    @Test
    void an_import_in_parts_finds_a_duplicate_of_an_earlier_part_and_sums_up_every_part() {
        EnterpriseImport.Run run = enterpriseImport.start(enterprise -> true, enterprise -> true);
        Map<String, String> first = goodFields("91653001MA7AB1234K", "克州化工有限公司");
        Map<String, String> second = goodFields("92653022MA78K9P2X4", "阿克陶县建材店");

        EnterpriseImportResult part1 = run.next(List.of(row(2, first), row(3, second)), Map.of());
        Map<UnifiedSocialCreditCode, Enterprise> stored = new HashMap<>();
        part1.toCreate().forEach(e -> stored.put(e.creditCode(), e));
        Map<String, String> renamed = goodFields("92653022MA78K9P2X4", "阿克陶县建材有限公司");
        Map<String, String> unknown = goodFields("91653001MA7AB1234K", "克州化工有限公司");
        unknown.put("industry", "SPACE_TRAVEL");
        EnterpriseImportResult part2 = run.next(List.of(row(4, renamed), row(5, unknown)), stored);

        assertThat(part1.report()).isEqualTo(new ImportReport(2, 0, 0, List.of()));
        assertThat(part2.toCreate()).isEmpty();
        assertThat(part2.toUpdate()).isEmpty();
        assertThat(part2.report().errors()).extracting(RowError::lineNumber, RowError::field, RowError::code,
                        RowError::arguments)
                .containsExactly(tuple(4, "creditCode", "enterprise.import.duplicate-in-file", List.of(3)),
                        tuple(5, "creditCode", "enterprise.import.duplicate-in-file", List.of(2)));
        assertThat(run.rows()).isEqualTo(4);
        assertThat(run.report().created()).isEqualTo(2);
        assertThat(run.report().rejected()).isEqualTo(2);
    }

    @Test
    void importing_the_same_file_again_changes_nothing_and_a_changed_row_updates() {
        List<EnterpriseImportRow> rows = List.of(
                row(2, goodFields("91653001MA7AB1234K", "克州化工有限公司")),
                row(3, goodFields("92653022MA78K9P2X4", "阿克陶县建材店")));
        EnterpriseImportResult first = enterpriseImport.run(rows, Map.of());
        Map<UnifiedSocialCreditCode, Enterprise> stored = new HashMap<>();
        first.toSave().forEach(e -> stored.put(e.creditCode(), e));

        EnterpriseImportResult again = enterpriseImport.run(rows, stored);

        assertThat(again.report()).isEqualTo(new ImportReport(0, 0, 2, List.of()));
        assertThat(again.toSave()).isEmpty();

        Map<String, String> suspended = goodFields("92653022MA78K9P2X4", "阿克陶县建材店");
        suspended.put("status", "停产整顿");
        EnterpriseImportResult changed = enterpriseImport.run(List.of(
                row(2, goodFields("91653001MA7AB1234K", "克州化工有限公司")), row(3, suspended)), stored);

        assertThat(changed.report()).isEqualTo(new ImportReport(0, 1, 1, List.of()));
        assertThat(changed.toSave()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(stored.get(UnifiedSocialCreditCode.of("92653022MA78K9P2X4")).id());
            assertThat(e.status()).isEqualTo(EnterpriseStatus.SUSPENDED);
        });
    }

    @Test
    void error_messages_carry_no_personal_data() {
        Map<String, String> bad = goodFields("91653001MA7AB1234K", "克州化工有限公司");
        bad.put("controllerPhone", "8888-77");
        bad.put("principalName", "王".repeat(51));

        ImportReport report = enterpriseImport.run(List.of(row(2, bad)), Map.of()).report();

        assertThat(report.errors()).extracting(RowError::field).containsExactly("principalName", "controllerPhone");
        assertThat(report.errors()).allSatisfy(error -> {
            assertThat(error.message()).doesNotContain("8888-77").doesNotContain("王王");
            assertThat(error.arguments()).doesNotContain("8888-77", "王".repeat(51));
        });
    }

    @Test
    void the_credit_codes_to_look_up_are_the_well_formed_ones() {
        assertThat(EnterpriseImport.creditCodesIn(List.of(
                row(2, goodFields("91653001MA7AB1234K", "甲")),
                row(3, goodFields("bad", "乙")),
                row(4, Map.of()))))
                .containsExactly(UnifiedSocialCreditCode.of("91653001MA7AB1234K"));
    }

    @Test
    void an_enterprise_revised_with_an_equal_profile_reports_no_change() {
        EnterpriseProfile profile = new EnterpriseProfile("甲公司", JurisdictionCode.of("653001"),
                IndustryCode.of("INDUSTRY_TRADE"), false, "阿图什市", new Person("王建国", "13899123456"),
                new Person("王建国", "13899123456"), StandardisationGrade.NONE, EnterpriseStatus.OPERATING);
        Enterprise enterprise = Enterprise.register(new EnterpriseId(UUID.randomUUID()),
                UnifiedSocialCreditCode.of("91653001MA7AB1234K"), profile);

        assertThat(enterprise.revise(profile)).isFalse();
        assertThat(enterprise.toString()).doesNotContain("王建国").doesNotContain("13899123456");
    }
}
