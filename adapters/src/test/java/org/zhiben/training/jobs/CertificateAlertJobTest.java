package org.zhiben.training.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.RolePermissions;
import org.zhiben.platform.jobs.OncePerSchedule;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.training.OperationType;
import org.zhiben.training.SpecialOperationCertificate;
import org.zhiben.training.Trainee;
import org.zhiben.training.TrainingFixtures;
import org.zhiben.training.application.ManageCertificates;

/**
 * The daily certificate alert, against the database with a test clock: expiring certificates are listed 60 days
 * ahead by default, expired ones flagged, and a daily job notifies the enterprise — on its day it notifies the
 * enterprise of each certificate expiring within 60 days (the 60th day before the expiry included, the expiry day
 * itself still "expiring") and of each expired one, once per certificate and state; a second firing the same day
 * (another node) does nothing; the next day notifies only what changed state.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CertificateAlertJobTest {

    @Autowired
    CertificateAlertJob job;
    @Autowired
    ManageCertificates certificates;
    @Autowired
    OncePerSchedule oncePerSchedule;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    RolePermissions rolePermissions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvcTester mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void each_expiring_and_expired_certificate_is_notified_once_per_state_and_the_job_runs_once_a_day() {
        // a day of its own, so that the day's slot is free in a database that other tests share
        LocalDate day = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        UUID enterprise = TrainingFixtures.enterprise(enterprises, "证书预警测试企业", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true).id().value();
        String prefix = "A" + TestNames.letters() + "-";
        SpecialOperationCertificate sixtyDaysAhead = register(enterprise, prefix + "60", day.plusDays(60));
        SpecialOperationCertificate sixtyOneDaysAhead = register(enterprise, prefix + "61", day.plusDays(61));
        SpecialOperationCertificate expiresToday = register(enterprise, prefix + "0", day);
        SpecialOperationCertificate expiredYesterday = register(enterprise, prefix + "1", day.minusDays(1));

        clock.setTo(day.atTime(2, 30));
        job.scheduledRun();
        job.scheduledRun();

        assertThat(oncePerSchedule.done(CertificateAlertJob.SCHEDULE, day.toString())).isTrue();
        assertThat(keys(enterprise)).containsExactlyInAnyOrder(
                "training.certificate-expiring:" + sixtyDaysAhead.id() + ":" + day.plusDays(60),
                "training.certificate-expiring:" + expiresToday.id() + ":" + day,
                "training.certificate-expired:" + expiredYesterday.id() + ":" + day.minusDays(1));

        clock.setTo(day.plusDays(1).atTime(2, 30));
        job.scheduledRun();

        assertThat(keys(enterprise)).hasSize(5).contains(
                "training.certificate-expiring:" + sixtyOneDaysAhead.id() + ":" + day.plusDays(61),
                "training.certificate-expired:" + expiresToday.id() + ":" + day);

        MvcTestResult inbox = mvc.get().uri("/api/v1/inbox").with(TestCallers.as(
                RoleAssignment.enterpriseManager(enterprise))).exchange();
        assertThat(inbox).hasStatusOk();
        LocalDate expired = day.minusDays(1);
        assertThat(new String(inbox.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("王**（身份证尾号 0427）的特种作业操作证（证号 " + prefix + "1）已于 " + expired.getYear() + "年"
                        + expired.getMonthValue() + "月" + expired.getDayOfMonth() + "日 到期，持证人不得上岗作业")
                .contains("/training/certificates?alerts=true");
    }

    private SpecialOperationCertificate register(UUID enterprise, String number, LocalDate expiresOn) {
        return TestCallers.asCommitteeAdmin(rolePermissions, () -> certificates.register(new ManageCertificates.Command(
                enterprise, Trainee.of("王小明", "0427"), OperationType.ELECTRICAL, number, expiresOn.minusYears(6),
                expiresOn, null, null)));
    }

    private List<String> keys(UUID enterprise) {
        return jdbc.queryForList("select post_key from hazards.notification where enterprise_id = ?", String.class,
                enterprise);
    }
}
