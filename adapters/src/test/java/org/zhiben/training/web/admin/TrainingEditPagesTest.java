package org.zhiben.training.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.RolePermissions;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.training.ExamResult;
import org.zhiben.training.OperationType;
import org.zhiben.training.ReexamFlag;
import org.zhiben.training.ReexamFlagId;
import org.zhiben.training.SpecialOperationCertificate;
import org.zhiben.training.Trainee;
import org.zhiben.training.TraineeRole;
import org.zhiben.training.TrainingFixtures;
import org.zhiben.training.TrainingRecord;
import org.zhiben.training.application.ManageCertificates;
import org.zhiben.training.application.RecordTraining;
import org.zhiben.training.storage.ReexamFlags;

/**
 * The pages that correct training records and certificates, and the "登记为重大隐患" buttons: the edit form carries
 * the version it was read at in a hidden field and asks for the reason; a wrong value is marked next to its field, a
 * stale edit is refused with a clear message, and in both cases nothing changes; an expired certificate's holder and
 * a principal whose re-examination failed or is overdue are registered as major hazards after a confirmation, and
 * the page links the hazard registered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingEditPagesTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    RecordTraining recordTraining;
    @Autowired
    ManageCertificates certificates;
    @Autowired
    ReexamFlags flags;
    @Autowired
    RolePermissions rolePermissions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_enterprise_manager_corrects_a_record_on_the_form_and_a_stale_or_wrong_correction_changes_nothing() {
        UUID enterprise = TrainingFixtures.enterprise(enterprises, "页面更正化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true).id().value();
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise));
        TrainingRecord record = TestCallers.asCommitteeAdmin(rolePermissions, () -> recordTraining.execute(
                new RecordTraining.Command(new TrainingRecord.Details(Trainee.of("孙悟空", "0427"),
                        TraineeRole.SPECIAL_OPERATION_WORKER, "焊接与热切割作业复审培训", "克州安全生产培训中心",
                        TODAY.minusDays(3), TODAY.minusDays(1), 16, ExamResult.PASSED, null), enterprise, null,
                        null)));
        String page = "/training/records/" + record.id();

        assertThat(html(mvc.get().uri(page).with(manager).exchange())).contains("id=\"edit-record\"",
                page + "/edit");
        String form = html(mvc.get().uri(page + "/edit").with(manager).exchange());
        assertThat(form).contains("更正培训记录", "更正原因", "name=\"version\"", "value=\"0\"", "孙**",
                "焊接与热切割作业复审培训").doesNotContain("孙悟空");
        assertThat(RawCodes.inHtml(form)).isEmpty();
        assertThat(RawCodes.visibleText(html(mvc.get().uri(page + "/edit").param("lang", "en").with(manager)
                .exchange()))).contains("Correct a training record", "Reason for the correction");

        MvcTestResult noReason = edit(manager, page, "0", "20", "");
        assertThat(html(noReason)).contains("id=\"reason-error\"");
        MvcTestResult badHours = edit(manager, page, "0", "八", "学时登记错误");
        assertThat(html(badHours)).contains("id=\"hours-error\"");
        assertThat(version(record)).isZero();

        MvcTestResult saved = edit(manager, page, "0", "20", "学时按培训机构证明更正");
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(page);
        assertThat(html(mvc.get().uri(page).with(manager).exchange())).contains("id=\"record-hours\">20<");
        assertThat(jdbc.queryForObject("SELECT reason FROM audit.entry WHERE entity_id = ? AND action = "
                + "'training-record.revised'", String.class, record.id().toString())).isEqualTo("学时按培训机构证明更正");

        MvcTestResult stale = edit(manager, page, "0", "24", "再次更正");
        String refused = html(stale);
        assertThat(refused).contains("该记录已被他人修改，您的更正未保存");
        assertThat(RawCodes.inHtml(refused)).isEmpty();
        assertThat(version(record)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT hours FROM training.training_record WHERE id = ?", Integer.class,
                record.id().value())).isEqualTo(20);

        UUID other = TrainingFixtures.enterprise(enterprises, "页面更正化工", TestCallers.AKTO, "HAZARDOUS_CHEMICALS",
                true).id().value();
        assertThat(mvc.get().uri(page + "/edit").with(TestCallers.as(RoleAssignment.enterpriseManager(other)))
                .exchange()).hasStatus(404);
        assertThat(mvc.get().uri(page + "/edit").with(TestCallers.auditor()).exchange()).hasStatus(403);
    }

    @Test
    void a_certificate_is_corrected_on_its_form_and_an_expired_ones_holder_is_registered_as_a_major_hazard() {
        UUID enterprise = TrainingFixtures.enterprise(enterprises, "页面更正化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true).id().value();
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise));
        String prefix = "P" + TestNames.letters() + "-";
        SpecialOperationCertificate expired = register(enterprise, prefix + "1", TODAY.minusDays(1));
        SpecialOperationCertificate valid = register(enterprise, prefix + "2", TODAY.plusYears(3));

        String list = html(mvc.get().uri("/training/certificates").with(manager).exchange());
        assertThat(list).contains("id=\"hazard-" + expired.id() + "\"", "登记为重大隐患", "data-confirm=",
                "登记后不能撤回", "/training/certificates/" + valid.id() + "/edit")
                .doesNotContain("id=\"hazard-" + valid.id() + "\"");
        assertThat(RawCodes.inHtml(list)).isEmpty();

        String form = html(mvc.get().uri("/training/certificates/" + expired.id() + "/edit").with(manager)
                .exchange());
        assertThat(form).contains("更正特种作业操作证", "name=\"version\"", prefix + "1", "更正原因");
        MvcTestResult reversed = mvc.post().uri("/training/certificates/" + expired.id() + "/edit").with(manager)
                .param("version", "0").param("holderName", "王**").param("idLastDigits", "0427")
                .param("operationType", "ELECTRICAL").param("number", prefix + "1")
                .param("issuedOn", TODAY.toString()).param("expiresOn", TODAY.minusYears(1).toString())
                .param("reason", "有效期录入错误").exchange();
        assertThat(html(reversed)).contains("id=\"expiresOn-error\"");
        MvcTestResult corrected = mvc.post().uri("/training/certificates/" + valid.id() + "/edit").with(manager)
                .param("version", "0").param("holderName", "王**").param("idLastDigits", "0427")
                .param("operationType", "WELDING").param("number", prefix + "2")
                .param("issuedOn", TODAY.minusYears(3).toString()).param("expiresOn", TODAY.plusYears(3).toString())
                .param("reason", "作业类别录入错误").exchange();
        assertThat(corrected).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject("SELECT operation_type || ' ' || version FROM "
                + "training.special_operation_certificate WHERE id = ?", String.class, valid.id().value()))
                .isEqualTo("WELDING 1");
        MvcTestResult stale = mvc.post().uri("/training/certificates/" + valid.id() + "/edit").with(manager)
                .param("version", "0").param("holderName", "王**").param("idLastDigits", "0427")
                .param("operationType", "REFRIGERATION").param("number", prefix + "2")
                .param("issuedOn", TODAY.minusYears(3).toString()).param("expiresOn", TODAY.plusYears(3).toString())
                .param("reason", "再次更正").exchange();
        assertThat(html(stale)).contains("该记录已被他人修改，您的更正未保存");
        assertThat(jdbc.queryForObject("SELECT operation_type FROM training.special_operation_certificate WHERE id = ?",
                String.class, valid.id().value())).isEqualTo("WELDING");

        MvcTestResult registered = mvc.post().uri("/training/certificates/" + expired.id() + "/major-hazard")
                .with(manager).exchange();
        assertThat(registered).hasStatus3xxRedirection();
        Object created = registered.getMvcResult().getFlashMap().get("hazardCreated");
        assertThat(created).isInstanceOf(HazardFlash.Created.class);
        HazardFlash.Created hazard = (HazardFlash.Created) created;
        assertThat(hazard.clause()).isEqualTo("2");
        String shown = html(mvc.get().uri("/training/certificates").with(manager).flashAttr("hazardCreated", hazard)
                .exchange());
        assertThat(shown).contains("id=\"hazard-link\"", "href=\"/hazards/" + hazard.hazardId() + "\"",
                "《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》 第 2 项");
        assertThat(html(mvc.get().uri("/hazards/" + hazard.hazardId()).with(manager).exchange()))
                .contains("特种作业人员未持证上岗");

        MvcTestResult stillValid = mvc.post().uri("/training/certificates/" + valid.id() + "/major-hazard")
                .with(manager).exchange();
        assertThat(stillValid.getMvcResult().getFlashMap().get("failure"))
                .isEqualTo("training.hazard.certificate-not-expired");
    }

    @Test
    void a_principal_whose_reexamination_is_overdue_is_registered_as_a_major_hazard_from_the_reexamination_page() {
        Enterprise enterprise = TrainingFixtures.enterprise(enterprises, "页面补考化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true);
        ReexamFlag overdue = flag(enterprise, TODAY.minusDays(40));
        ReexamFlag pending = flag(enterprise, TODAY.minusDays(3));
        RequestPostProcessor county = TestCallers.countyOfficer(TestCallers.AKTO);

        String list = html(mvc.get().uri("/training/reexaminations").with(county).exchange());
        assertThat(list).contains("id=\"hazard-" + overdue.id() + "\"", "data-confirm=", "未依法经考核合格",
                "登记后不能撤回").doesNotContain("id=\"hazard-" + pending.id() + "\"");
        assertThat(RawCodes.inHtml(list)).isEmpty();
        assertThat(html(mvc.get().uri("/training/reexaminations")
                .with(TestCallers.as(RoleAssignment.enterpriseManager(enterprise.id().value()))).exchange()))
                .doesNotContain("id=\"hazard-" + overdue.id() + "\"");

        MvcTestResult registered = mvc.post().uri("/training/reexaminations/" + overdue.id() + "/major-hazard")
                .with(county).exchange();
        assertThat(registered).hasStatus3xxRedirection();
        HazardFlash.Created hazard = (HazardFlash.Created) registered.getMvcResult().getFlashMap()
                .get("hazardCreated");
        assertThat(hazard.clause()).isEqualTo("1");
        String shown = html(mvc.get().uri("/training/reexaminations").with(county).flashAttr("hazardCreated", hazard)
                .exchange());
        assertThat(shown).contains("href=\"/hazards/" + hazard.hazardId() + "\"", "第 1 项");

        MvcTestResult inTime = mvc.post().uri("/training/reexaminations/" + pending.id() + "/major-hazard")
                .with(county).exchange();
        assertThat(inTime.getMvcResult().getFlashMap().get("failure")).isEqualTo("training.hazard.reexam-pending");
        assertThat(mvc.post().uri("/training/reexaminations/" + overdue.id() + "/major-hazard")
                .with(TestCallers.countyOfficer(TestCallers.ARTUX)).exchange()).hasStatus(404);
    }

    private MvcTestResult edit(RequestPostProcessor caller, String page, String version, String hours,
            String reason) {
        return mvc.post().uri(page + "/edit").with(caller).param("version", version).param("name", "孙**")
                .param("idLastDigits", "0427").param("role", "SPECIAL_OPERATION_WORKER")
                .param("course", "焊接与热切割作业复审培训").param("provider", "克州安全生产培训中心")
                .param("startedOn", TODAY.minusDays(3).toString()).param("endedOn", TODAY.minusDays(1).toString())
                .param("hours", hours).param("exam", "PASSED").param("reason", reason).exchange();
    }

    private long version(TrainingRecord record) {
        return jdbc.queryForObject("SELECT version FROM training.training_record WHERE id = ?", Long.class,
                record.id().value());
    }

    private SpecialOperationCertificate register(UUID enterprise, String number, LocalDate expiresOn) {
        return TestCallers.asCommitteeAdmin(rolePermissions, () -> certificates.register(new ManageCertificates.Command(
                enterprise, Trainee.of("王小明", "0427"), OperationType.ELECTRICAL, number, expiresOn.minusYears(6),
                expiresOn, null, null)));
    }

    private ReexamFlag flag(Enterprise enterprise, LocalDate failedOn) {
        ReexamFlag flag = ReexamFlag.raise(ReexamFlagId.newId(), enterprise.id().value(), enterprise.jurisdiction(),
                enterprise.industry(), UUID.randomUUID(), failedOn, 45, 30);
        return flag.asStored(flags.save(flag));
    }

    private static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
