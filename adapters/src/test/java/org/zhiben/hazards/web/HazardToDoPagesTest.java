package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.testing.TestCallers.AKTO;
import static org.zhiben.platform.testing.TestCallers.ARTUX;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.HazardPermissions;
import org.zhiben.identity.Role;
import org.zhiben.identity.RolePermissions;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The to-do list of each role, as the pages show it: a hazard waits for determination, its plan, acceptance (验收),
 * write-off and an extension decision with the supervising side of its jurisdiction — not with another county, not
 * with an inspector, who reports but does not decide — and for its rectification with the enterprise's own safety
 * manager; each item leaves the list once the move is made. The enterprise's manager is sent to the enterprise's
 * home, with its name, its open hazards and their deadlines, the overdue ones marked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HazardToDoPagesTest {

    static final RequestPostProcessor ADMIN = HazardApiSupport.ADMIN;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RolePermissions rolePermissions;

    HazardApiSupport api;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void each_step_of_a_hazard_waits_for_the_side_that_takes_it_and_leaves_the_list_once_taken() {
        UUID aktoEnterprise = api.enterprise(AKTO, "HAZARDOUS_CHEMICALS");
        UUID artuxEnterprise = api.enterprise(ARTUX, "HAZARDOUS_CHEMICALS");
        RequestPostProcessor aktoOfficer = TestCallers.countyOfficer(AKTO);
        RequestPostProcessor secondAktoOfficer = TestCallers.countyOfficer(AKTO);
        RequestPostProcessor artuxOfficer = TestCallers.countyOfficer(ARTUX);
        RequestPostProcessor inspector = TestCallers.as(RoleAssignment.ofJurisdiction(UnitCode.of("EMB"),
                JurisdictionCode.of(AKTO), Role.INSPECTOR));
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(aktoEnterprise));
        UUID id = reported(aktoEnterprise);
        UUID other = reported(artuxEnterprise);

        String determination = "/hazards/" + id + "#move-determination";
        assertThat(toDo(aktoOfficer)).contains(determination).contains("待判定隐患").doesNotContain(other.toString());
        assertThat(toDo(artuxOfficer)).contains("/hazards/" + other + "#move-determination")
                .doesNotContain(id.toString());
        assertThat(toDo(inspector)).doesNotContain(id.toString());
        assertThat(toDo(manager)).doesNotContain(id.toString());
        assertThat(home(aktoOfficer)).contains(determination);

        api.changed("POST", id, "/determination", 0, Map.of("clause",
                Map.of("standardCode", "CHEM-2017", "clauseNumber", "15"), "reason", "现场核实"));
        assertThat(toDo(aktoOfficer)).doesNotContain(determination).contains("/hazards/" + id + "#move-plan")
                .contains("待制定整改方案");

        api.changed("POST", id, "/rectification-plan", 1, plan(today.plusDays(30)));
        String rectification = "/hazards/" + id + "#move-rectification";
        assertThat(toDo(aktoOfficer)).doesNotContain(id.toString());
        assertThat(toDo(manager)).contains(rectification).contains("待整改并提交整改材料")
                .contains("期限 " + chinese(today.plusDays(30)));

        api.changed(aktoOfficer, "POST", id, "/deadline-extensions", 2, Map.of(
                "newDeadline", today.plusDays(45).toString(), "reason", "设备到货延迟"));
        String decision = "/hazards/" + id + "#move-extensionDecision";
        assertThat(toDo(secondAktoOfficer)).contains(decision).contains("延期申请待审批");
        assertThat(toDo(aktoOfficer)).as("whoever requested the extension does not decide it")
                .doesNotContain(decision);
        assertThat(toDo(artuxOfficer)).doesNotContain(id.toString());
        api.changed("POST", id, "/deadline-extensions/decision", 3, Map.of("approved", true, "reason", "同意"));
        assertThat(toDo(aktoOfficer)).doesNotContain(decision);

        api.changed(manager, "POST", id, "/rectification", 4, Map.of("evidence", "已更换安全阀并投用", "attachmentIds", photo(id)));
        assertThat(toDo(manager)).doesNotContain(rectification);
        String verification = "/hazards/" + id + "#move-verification";
        assertThat(toDo(aktoOfficer)).contains(verification).contains("待验收");
        assertThat(toDo(inspector)).doesNotContain(verification);
        assertThat(toDo(ADMIN)).as("whoever reported the hazard does not accept it").doesNotContain(verification);

        api.changed(aktoOfficer, "POST", id, "/verification", 5, Map.of("reason", "现场核验合格"));
        String writeOff = "/hazards/" + id + "#move-writeOff";
        assertThat(toDo(aktoOfficer)).doesNotContain(verification).contains(writeOff).contains("待销号");
        assertThat(toDo(ADMIN)).doesNotContain(writeOff);

        api.changed(aktoOfficer, "POST", id, "/write-off", 6, Map.of("reason", "闭环销号"));
        assertThat(toDo(aktoOfficer)).doesNotContain(id.toString());
    }

    @Test
    void an_enterprise_manager_lands_on_the_enterprise_home_with_its_open_hazards_and_deadlines() {
        UUID enterprise = api.enterprise(AKTO, "HAZARDOUS_CHEMICALS");
        UUID elsewhere = api.enterprise(AKTO, "HAZARDOUS_CHEMICALS");
        String name = jdbc.queryForObject("select name from enterprises.enterprise where id = ?", String.class,
                enterprise);
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise));
        UUID onTime = reported(enterprise);
        api.changed("POST", onTime, "/determination", 0, Map.of("clause",
                Map.of("standardCode", "CHEM-2017", "clauseNumber", "15"), "reason", "现场核实"));
        api.changed("POST", onTime, "/rectification-plan", 1, plan(today.plusDays(20)));
        UUID late = reported(enterprise);
        api.changed("POST", late, "/determination", 0, Map.of("clause",
                Map.of("standardCode", "CHEM-2017", "clauseNumber", "15"), "reason", "现场核实"));
        api.changed("POST", late, "/rectification-plan", 1, plan(today.plusDays(20)));
        pastDeadline(late, today.minusDays(3));
        UUID notMine = reported(elsewhere);

        assertThat(mvc.get().uri("/").with(manager)).hasStatus3xxRedirection().hasRedirectedUrl("/my-enterprise");
        assertThat(mvc.get().uri("/").with(TestCallers.countyOfficer(AKTO))).hasStatusOk();

        String page = page("/my-enterprise", manager);
        assertThat(page).contains("<h1 class=\"enterprise-name\"><span>" + name + "</span>")
                .contains("id=\"open-hazard-" + onTime + "\"").contains("id=\"open-hazard-" + late + "\"")
                .doesNotContain(notMine.toString())
                .contains("逾期 3 天")
                .contains("/hazards/" + late + "#move-rectification")
                .contains("/hazards/" + onTime + "#move-rectification");
        assertThat(page.indexOf("id=\"open-hazard-" + late + "\""))
                .as("the overdue hazard comes first").isLessThan(page.indexOf("id=\"open-hazard-" + onTime + "\""));
        assertThat(page.substring(page.indexOf("id=\"open-hazard-" + late + "\"")))
                .contains("class=\"badge status-overdue\"");

        api.changed(manager, "POST", late, "/rectification", 2, Map.of("evidence", "已整改", "attachmentIds", photo(late)));
        assertThat(page("/my-enterprise", manager)).doesNotContain("/hazards/" + late + "#move-rectification")
                .contains("/hazards/" + onTime + "#move-rectification");
    }

    @Test
    void every_role_that_signs_in_has_the_to_do_page_and_every_role_reading_hazards_the_inbox_and_its_count() {
        for (Role role : Role.values()) {
            if (role == Role.API_CLIENT) {
                continue;
            }
            RequestPostProcessor caller = TestCallers.as(TestCallers.typical(role));
            if (rolePermissions.of(role).contains(HazardPermissions.READ)) {
                assertThat(page("/inbox", caller)).as(role.name()).contains("id=\"inbox-link\"")
                        .contains("id=\"inbox-unread\"");
            }
            assertThat(page("/todo", caller)).as(role.name()).contains("id=\"nav-todo\"")
                    .contains("<h1>待办事项</h1>");
        }
    }

    private UUID reported(UUID enterprise) {
        Map<String, Object> body = new HashMap<>(Map.of("enterpriseId", enterprise, "location", "反应釜区",
                "description", "安全阀未投用", "discoveredOn", today.minusDays(10).toString(),
                "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-" + UUID.randomUUID(),
                "levelPending", true));
        return UUID.fromString(api.registered(body).get("id").asString());
    }

    /** A photo of the rectified place, uploaded for the hazard; its id, as the evidence names it. */
    private java.util.List<String> photo(UUID hazard) {
        MvcTestResult upload = api.upload(hazard, "photo.png", "image/png", HazardApiSupport.PNG);
        assertThat(upload).hasStatus(201);
        return java.util.List.of(api.read(upload).get("id").asString());
    }

    private Map<String, Object> plan(LocalDate deadline) {
        return Map.of("responsiblePerson", "王五", "measures", "更换安全阀", "fundsFen", 50_000,
                "deadline", deadline.toString(), "contingencyPlan", "停用反应釜");
    }

    /** The hazard's deadline as it stands once that day has passed (the plan is kept; only time has gone by). */
    private void pastDeadline(UUID hazard, LocalDate deadline) {
        jdbc.update("update hazards.major_hazard set plan = jsonb_set(plan, '{deadline}', to_jsonb(?::text)), "
                + "current_deadline = ?, discovered_on = ? where id = ?", deadline.toString(), deadline,
                deadline.minusDays(30), hazard);
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private String toDo(RequestPostProcessor caller) {
        return page("/todo", caller);
    }

    private String home(RequestPostProcessor caller) {
        return page("/", caller);
    }

    private String page(String path, RequestPostProcessor caller) {
        MvcTestResult result = mvc.get().uri(path).with(caller).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
