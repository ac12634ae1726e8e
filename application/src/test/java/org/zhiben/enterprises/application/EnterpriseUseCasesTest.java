package org.zhiben.enterprises.application;

import org.junit.jupiter.api.DisplayName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseImportRow;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.ImportReport;
import org.zhiben.enterprises.Page;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.testing.FakeCurrentActors;
import org.zhiben.testing.RecordingAuditRecorder;

class EnterpriseUseCasesTest {

    private static final UnifiedSocialCreditCode CHEMICAL_PLANT = UnifiedSocialCreditCode.of("91653001MA7AB1234K");
    private static final UnifiedSocialCreditCode SHOP = UnifiedSocialCreditCode.of("92653022MA78K9P2X4");

    private final InMemoryEnterprises enterprises = new InMemoryEnterprises();
    private final FixedReferenceData referenceData = new FixedReferenceData();
    private final FakeCurrentActors actors = new FakeCurrentActors();
    private final RecordingAuditRecorder audit = new RecordingAuditRecorder();
    private final RegisterEnterprise register = new RegisterEnterprise(enterprises, referenceData, actors, audit);
    private final UpdateEnterprise update = new UpdateEnterprise(enterprises, referenceData, actors, audit);
    private final ImportEnterprises importEnterprises = new ImportEnterprises(enterprises, referenceData, actors,
            audit);
    private final FindEnterprises find = new FindEnterprises(enterprises, actors);

    private static EnterpriseDetails details(String name, String jurisdiction, String industry) {
        return new EnterpriseDetails(name, JurisdictionCode.of(jurisdiction), IndustryCode.of(industry), "阿图什市工业园区",
                new Person("王建国", "13899123456"), new Person("李明", "0908-4221234"), null, null);
    }

    @Test
    void a_registered_enterprise_is_high_risk_when_its_industry_is() {
        Enterprise plant = register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT,
                details("克州化工有限公司", "653001", "HAZARDOUS_CHEMICALS")));
        Enterprise shop = register.register(new RegisterEnterpriseCommand(SHOP,
                details("阿克陶县建材店", "653022", "INDUSTRY_TRADE")));

        assertThat(plant.highRisk()).isTrue();
        assertThat(shop.highRisk()).isFalse();
        assertThat(plant.standardisationGrade()).isEqualTo(StandardisationGrade.NONE);
        assertThat(plant.status()).isEqualTo(EnterpriseStatus.OPERATING);
        assertThat(find.byCreditCode(CHEMICAL_PLANT).id()).isEqualTo(plant.id());
    }

    @Test
    void a_credit_code_is_registered_only_once() {
        register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT, details("甲", "653001", "INDUSTRY_TRADE")));

        assertThatThrownBy(() -> register.register(
                new RegisterEnterpriseCommand(CHEMICAL_PLANT, details("乙", "653001", "INDUSTRY_TRADE"))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("enterprise.credit-code.taken"));
    }

    @Test
    void an_unknown_jurisdiction_or_industry_is_refused() {
        assertThatThrownBy(() -> register.register(
                new RegisterEnterpriseCommand(CHEMICAL_PLANT, details("甲", "659999", "INDUSTRY_TRADE"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("jurisdiction");
                    assertThat(e.code()).isEqualTo("enterprise.jurisdiction.unknown");
                });
        assertThatThrownBy(() -> register.register(
                new RegisterEnterpriseCommand(CHEMICAL_PLANT, details("甲", "653001", "AVIATION"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("enterprise.industry.unknown"));
        assertThat(enterprises.saves).isZero();
    }

    @Test
    void an_update_against_the_version_seen_is_stored_and_raises_the_version() {
        Enterprise plant = register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT,
                details("克州化工有限公司", "653001", "HAZARDOUS_CHEMICALS")));

        Enterprise renamed = update.update(new UpdateEnterpriseCommand(plant.id(), plant.version(),
                details("克州化工股份有限公司", "653001", "HAZARDOUS_CHEMICALS")));

        assertThat(renamed.version()).isEqualTo(plant.version() + 1);
        assertThat(find.byId(plant.id()).name()).isEqualTo("克州化工股份有限公司");
    }

    @Test
    void an_update_against_an_outdated_version_is_refused() {
        Enterprise plant = register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT,
                details("克州化工有限公司", "653001", "HAZARDOUS_CHEMICALS")));
        update.update(new UpdateEnterpriseCommand(plant.id(), plant.version(),
                details("克州化工股份有限公司", "653001", "HAZARDOUS_CHEMICALS")));

        assertThatThrownBy(() -> update.update(new UpdateEnterpriseCommand(plant.id(), plant.version(),
                details("克州化工集团", "653001", "HAZARDOUS_CHEMICALS"))))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo("concurrency.stale-version");
                    assertThat(e.arguments()).containsExactly("enterprise", plant.id().toString(), 0L, 1L);
                });
        assertThat(find.byId(plant.id()).name()).isEqualTo("克州化工股份有限公司");
    }

    @Test
    void an_update_that_changes_nothing_is_not_stored() {
        Enterprise plant = register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT,
                details("克州化工有限公司", "653001", "HAZARDOUS_CHEMICALS")));
        int savesBefore = enterprises.saves;

        Enterprise same = update.update(new UpdateEnterpriseCommand(plant.id(), plant.version(),
                details("克州化工有限公司", "653001", "HAZARDOUS_CHEMICALS")));

        assertThat(same.version()).isEqualTo(plant.version());
        assertThat(enterprises.saves).isEqualTo(savesBefore);
    }

    @Test
    void an_unknown_enterprise_is_not_found() {
        Enterprise plant = Enterprise.register(org.zhiben.enterprises.EnterpriseId.newId(), CHEMICAL_PLANT,
                details("甲", "653001", "INDUSTRY_TRADE").toProfile(referenceData));

        assertThatThrownBy(() -> update.update(new UpdateEnterpriseCommand(plant.id(), 0,
                details("甲", "653001", "INDUSTRY_TRADE")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> find.byCreditCode(SHOP)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void importing_a_sheet_twice_creates_then_leaves_unchanged() {
        List<EnterpriseImportRow> rows = List.of(
                new EnterpriseImportRow(2, row(CHEMICAL_PLANT.value(), "克州化工有限公司", "HAZARDOUS_CHEMICALS")),
                new EnterpriseImportRow(3, row(SHOP.value(), "阿克陶县建材店", "INDUSTRY_TRADE")),
                new EnterpriseImportRow(4, row("91653001MA7AB1235K", "坏行", "INDUSTRY_TRADE")));

        ImportReport first = importEnterprises.importRows(new ImportEnterprisesCommand(rows));
        ImportReport second = importEnterprises.importRows(new ImportEnterprisesCommand(rows));

        assertThat(first.created()).isEqualTo(2);
        assertThat(first.errors()).singleElement().satisfies(error -> {
            assertThat(error.lineNumber()).isEqualTo(4);
            assertThat(error.code()).isEqualTo("enterprise.credit-code.check");
        });
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(find.byCreditCode(CHEMICAL_PLANT).highRisk()).isTrue();
    }

    @Test
    void an_import_updates_an_enterprise_registered_before() {
        Enterprise plant = register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT,
                details("克州化工有限公司", "653001", "HAZARDOUS_CHEMICALS")));
        Map<String, String> suspended = row(CHEMICAL_PLANT.value(), "克州化工有限公司", "HAZARDOUS_CHEMICALS");
        suspended.put("status", "停产整顿");

        ImportReport report = importEnterprises.importRows(
                new ImportEnterprisesCommand(List.of(new EnterpriseImportRow(2, suspended))));

        assertThat(report.updated()).isEqualTo(1);
        Enterprise stored = find.byId(plant.id());
        assertThat(stored.status()).isEqualTo(EnterpriseStatus.SUSPENDED);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    @DisplayName("an import changes only enterprises inside the importer's data scope (数据权限在写入处强制执行)")
    void an_import_refuses_rows_outside_the_importers_scope_and_stores_the_others() {
        Enterprise plant = register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT,
                details("克州化工有限公司", "653001", "HAZARDOUS_CHEMICALS")));
        Map<String, String> intoAkto = row(CHEMICAL_PLANT.value(), "克州化工有限公司", "HAZARDOUS_CHEMICALS");
        intoAkto.put("jurisdiction", "653022");
        Map<String, String> shop = row(SHOP.value(), "阿克陶县建材店", "INDUSTRY_TRADE");
        shop.put("jurisdiction", "653022");

        actors.withScope(DataScope.jurisdiction(JurisdictionCode.of("653022")));
        ImportReport report = importEnterprises.importRows(new ImportEnterprisesCommand(List.of(
                new EnterpriseImportRow(2, intoAkto), new EnterpriseImportRow(3, shop))));
        actors.withScope(DataScope.wholePrefecture());

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.lineNumber()).isEqualTo(2);
            assertThat(error.code()).isEqualTo("enterprise.import.out-of-scope");
        });
        assertThat(find.byId(plant.id()).jurisdiction()).isEqualTo(JurisdictionCode.of("653001"));
        assertThat(find.byCreditCode(SHOP).jurisdiction()).isEqualTo(JurisdictionCode.of("653022"));
    }

    @Test
    void a_search_finds_only_enterprises_inside_the_scope_and_an_empty_scope_finds_nothing() {
        register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT,
                details("克州化工有限公司", "653001", "HAZARDOUS_CHEMICALS")));
        register.register(new RegisterEnterpriseCommand(SHOP, details("阿克陶县建材店", "653022", "INDUSTRY_TRADE")));

        actors.withScope(DataScope.jurisdiction(JurisdictionCode.of("653022")));
        assertThat(find.search(null, null, null, 0, 20).items())
                .extracting(Enterprise::name).containsExactly("阿克陶县建材店");
        actors.withScope(DataScope.none());
        assertThat(find.search(null, null, null, 0, 20).items()).isEmpty();
    }

    @Test
    void enterprises_are_searched_by_jurisdiction_industry_and_name_a_page_at_a_time() {
        register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT,
                details("克州化工有限公司", "653001", "HAZARDOUS_CHEMICALS")));
        register.register(new RegisterEnterpriseCommand(SHOP, details("阿克陶县建材店", "653022", "INDUSTRY_TRADE")));
        register.register(new RegisterEnterpriseCommand(UnifiedSocialCreditCode.of("91350100M000100Y43"),
                details("阿图什化工贸易公司", "653001", "INDUSTRY_TRADE")));

        Page<Enterprise> chemicalsInArtux = find.search(JurisdictionCode.of("653001"), null, "化工", 0, 1);

        assertThat(chemicalsInArtux.total()).isEqualTo(2);
        assertThat(chemicalsInArtux.items()).hasSize(1);
        assertThat(chemicalsInArtux.pageCount()).isEqualTo(2);
        assertThat(find.search(null, IndustryCode.of("INDUSTRY_TRADE"), null, 0, 20).items())
                .extracting(Enterprise::name).containsExactlyInAnyOrder("阿克陶县建材店", "阿图什化工贸易公司");
    }

    @Test
    void registering_and_updating_are_audited_with_codes_and_field_names_and_an_unchanged_update_is_not() {
        actors.actingAs(new Actor("akto-officer", "COUNTY_OFFICER", "AKTO_GOV"),
                DataScope.jurisdiction(JurisdictionCode.of("653022")));
        Enterprise shop = register.register(new RegisterEnterpriseCommand(SHOP,
                details("阿克陶县建材店", "653022", "INDUSTRY_TRADE")));
        Enterprise renamed = update.update(new UpdateEnterpriseCommand(shop.id(), shop.version(),
                details("阿克陶县建材商店", "653022", "INDUSTRY_TRADE")));
        update.update(new UpdateEnterpriseCommand(shop.id(), renamed.version(),
                details("阿克陶县建材商店", "653022", "INDUSTRY_TRADE")));

        assertThat(audit.actions()).containsExactly("enterprise.registered", "enterprise.updated");
        assertThat(audit.entries()).allSatisfy(entry -> {
            assertThat(entry.entityId()).isEqualTo(shop.id().toString());
            assertThat(entry.actor().username()).isEqualTo("akto-officer");
            assertThat(entry.change()).contains("jurisdiction=653022").doesNotContain("阿克陶县建材", "13899123456");
        });
        assertThat(audit.entries().get(1).change()).contains("changed=name;", "version=0->1");
    }

    @Test
    void a_county_may_not_register_an_enterprise_of_another_county_nor_move_one_of_its_own_there() {
        actors.withScope(DataScope.jurisdiction(JurisdictionCode.of("653022")));

        assertThatThrownBy(() -> register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT,
                details("克州化工有限公司", "653001", "INDUSTRY_TRADE"))))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.code()).isEqualTo("enterprise.out-of-scope"));
        Enterprise shop = register.register(new RegisterEnterpriseCommand(SHOP,
                details("阿克陶县建材店", "653022", "INDUSTRY_TRADE")));
        assertThatThrownBy(() -> update.update(new UpdateEnterpriseCommand(shop.id(), shop.version(),
                details("阿克陶县建材店", "653001", "INDUSTRY_TRADE"))))
                .isInstanceOf(NotPermittedException.class);

        actors.withScope(DataScope.wholePrefecture());
        assertThat(find.byId(shop.id()).jurisdiction()).isEqualTo(JurisdictionCode.of("653022"));
        assertThatThrownBy(() -> find.byCreditCode(CHEMICAL_PLANT)).isInstanceOf(NotFoundException.class);
        assertThat(audit.actions()).containsExactly("enterprise.registered");
    }

    @Test
    void an_enterprise_outside_the_callers_scope_does_not_exist_for_them() {
        Enterprise plant = register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT,
                details("克州化工有限公司", "653001", "INDUSTRY_TRADE")));
        actors.withScope(DataScope.jurisdiction(JurisdictionCode.of("653022")));

        assertThatThrownBy(() -> find.byId(plant.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> find.byCreditCode(CHEMICAL_PLANT)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> update.update(new UpdateEnterpriseCommand(plant.id(), plant.version(),
                details("改名", "653022", "INDUSTRY_TRADE")))).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("the fields that decide who supervises an enterprise are not its own manager's to change")
    void an_enterprise_manager_may_change_its_contacts_but_not_its_jurisdiction_industry_or_credit_code() {
        Enterprise plant = register.register(new RegisterEnterpriseCommand(CHEMICAL_PLANT,
                details("克州化工有限公司", "653001", "HAZARDOUS_CHEMICALS")));
        actors.actingAs(new Actor("plant-manager", "ENTERPRISE_MANAGER", null),
                DataScope.enterprise(plant.id().value()));

        assertThatThrownBy(() -> update.update(new UpdateEnterpriseCommand(plant.id(), plant.version(),
                details("克州化工有限公司", "653022", "HAZARDOUS_CHEMICALS"))))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.code()).isEqualTo("enterprise.jurisdiction.supervisor-only"));
        assertThatThrownBy(() -> update.update(new UpdateEnterpriseCommand(plant.id(), plant.version(),
                details("克州化工有限公司", "653001", "INDUSTRY_TRADE"))))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.code()).isEqualTo("enterprise.industry.supervisor-only"));
        assertThatThrownBy(() -> update.update(new UpdateEnterpriseCommand(plant.id(), plant.version(), SHOP,
                details("克州化工有限公司", "653001", "HAZARDOUS_CHEMICALS"))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("enterprise.credit-code.unchangeable"));
        Map<String, String> moved = row(CHEMICAL_PLANT.value(), "克州化工有限公司", "INDUSTRY_TRADE");
        ImportReport imported = importEnterprises.importRows(
                new ImportEnterprisesCommand(List.of(new EnterpriseImportRow(2, moved))));
        assertThat(imported.errors()).singleElement()
                .satisfies(error -> assertThat(error.code()).isEqualTo("enterprise.industry.supervisor-only"));

        Enterprise renamed = update.update(new UpdateEnterpriseCommand(plant.id(), plant.version(), CHEMICAL_PLANT,
                details("克州化工股份有限公司", "653001", "HAZARDOUS_CHEMICALS")));
        assertThat(renamed.name()).isEqualTo("克州化工股份有限公司");
        assertThat(renamed.highRisk()).isTrue();

        actors.actingAs(new Actor("artux-officer", "COUNTY_OFFICER", "ARTUX_GOV"),
                DataScope.jurisdiction(JurisdictionCode.of("653001")));
        assertThat(update.update(new UpdateEnterpriseCommand(plant.id(), renamed.version(),
                details("克州化工股份有限公司", "653001", "INDUSTRY_TRADE"))).industry())
                .isEqualTo(IndustryCode.of("INDUSTRY_TRADE"));
    }

    @Test
    void a_page_size_beyond_the_limit_is_refused() {
        assertThatThrownBy(() -> new EnterpriseSearch(null, null, null, 0, 500))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("enterprise.search.size.invalid"));
    }

    private static Map<String, String> row(String creditCode, String name, String industry) {
        Map<String, String> fields = new HashMap<>();
        fields.put("creditCode", creditCode);
        fields.put("name", name);
        fields.put("jurisdiction", "653001");
        fields.put("industry", industry);
        fields.put("address", "阿图什市工业园区");
        fields.put("principalName", "王建国");
        fields.put("principalPhone", "13899123456");
        fields.put("controllerName", "李明");
        fields.put("controllerPhone", "0908-4221234");
        return fields;
    }
}
