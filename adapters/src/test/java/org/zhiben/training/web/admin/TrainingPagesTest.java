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
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.training.TrainingFixtures;

/**
 * The training pages: an enterprise's manager records a staff member's training on the form and finds it in the list,
 * masked, in Chinese and without raw codes; a wrong value is marked next to its field and nothing is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingPagesTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_enterprise_manager_records_a_workers_training_on_the_form_and_reads_it_masked_in_the_list() {
        UUID enterprise = TrainingFixtures.enterprise(enterprises, "页面培训化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true).id().value();
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise));

        String form = html(mvc.get().uri("/training/records/new").with(manager).exchange());
        assertThat(form).contains("登记培训", "身份证号后四位", "特种作业人员");
        assertThat(RawCodes.inHtml(form)).isEmpty();

        MvcTestResult saved = mvc.post().uri("/training/records/new").with(manager)
                .param("name", "孙悟空").param("idLastDigits", "0427").param("role", "SPECIAL_OPERATION_WORKER")
                .param("enterpriseId", enterprise.toString()).param("course", "焊接与热切割作业复审培训")
                .param("provider", "克州安全生产培训中心").param("startedOn", TODAY.minusDays(2).toString())
                .param("endedOn", TODAY.minusDays(1).toString()).param("hours", "16").param("exam", "PASSED")
                .param("certificateNumber", "AQ-TX-2024-0427").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String detail = html(mvc.get().uri(saved.getResponse().getRedirectedUrl()).with(manager).exchange());
        assertThat(detail).contains("孙**（身份证尾号 0427）", "焊接与热切割作业复审培训", "特种作业人员")
                .doesNotContain("孙悟空");
        assertThat(RawCodes.inHtml(detail)).isEmpty();

        String list = html(mvc.get().uri("/training/records").with(manager).exchange());
        assertThat(list).contains("孙**（身份证尾号 0427）", "合格");
        assertThat(RawCodes.inHtml(list)).isEmpty();
    }

    @Test
    void a_wrong_value_is_marked_next_to_its_field_and_nothing_is_stored() {
        UUID enterprise = TrainingFixtures.enterprise(enterprises, "页面培训化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true).id().value();
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise));

        MvcTestResult refused = mvc.post().uri("/training/records/new").with(manager)
                .param("name", "孙悟空").param("idLastDigits", "04").param("role", "PRINCIPAL")
                .param("enterpriseId", enterprise.toString()).param("course", "主要负责人培训")
                .param("provider", "克州安全生产培训中心").param("startedOn", TODAY.toString())
                .param("endedOn", TODAY.minusDays(3).toString()).param("hours", "八").param("exam", "PASSED")
                .exchange();
        assertThat(refused).hasStatusOk();
        String page = html(refused);
        assertThat(page).contains("id=\"idLastDigits-error\"", "身份证号后四位为三位数字加一位数字或 X",
                "id=\"hours-error\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM training.training_record WHERE enterprise_id = ?",
                Long.class, enterprise)).isZero();
    }

    private static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
