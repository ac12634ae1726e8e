package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * Task 7: "全面落实特种作业人员持证上岗" — a special-operation certificate is listed as expiring from the lead time (60
 * days by default) before its expiry, valid through its expiry date and expired from the next day; with a test clock
 * at 29 February and the change of year.
 */
class SpecialOperationCertificateTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static SpecialOperationCertificate expiringOn(LocalDate expiry) {
        return new SpecialOperationCertificate(CertificateId.newId(), UUID.randomUUID(), JurisdictionCode.of("653022"),
                IndustryCode.of("HAZARDOUS_CHEMICALS"), Trainee.of("孙悟空", "0427"), OperationType.WELDING,
                "T-2018-0427", expiry.minusYears(6), expiry, null, null, Instant.parse("2024-01-01T00:00:00Z"),
                "manager", 0);
    }

    static LocalDate today(String localDateTime) {
        return LocalDate.now(Clock.fixed(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant(), ZONE));
    }

    @Test
    void a_certificate_expiring_on_the_twenty_ninth_of_february_is_listed_from_the_last_day_of_the_year_before() {
        SpecialOperationCertificate certificate = expiringOn(LocalDate.of(2024, 2, 29));

        assertThat(certificate.stateOn(today("2023-12-30T23:59:59"), 60)).isEqualTo(CertificateState.VALID);
        assertThat(certificate.stateOn(today("2023-12-31T00:00:00"), 60)).isEqualTo(CertificateState.EXPIRING);
        assertThat(certificate.stateOn(today("2024-02-29T23:59:59"), 60)).isEqualTo(CertificateState.EXPIRING);
        assertThat(certificate.stateOn(today("2024-03-01T00:00:00"), 60)).isEqualTo(CertificateState.EXPIRED);
    }

    @Test
    void a_certificate_expiring_on_the_last_day_of_a_quarter_is_expired_on_the_first_day_of_the_next_and_the_sixty_days_count_february_as_it_is() {
        // "即将到期的证书提前 60 天列出": 60 days before 31 March are 30 January in 2026, 31 January in the leap year 2024
        SpecialOperationCertificate firstQuarter2026 = expiringOn(LocalDate.of(2026, 3, 31));
        assertThat(firstQuarter2026.stateOn(today("2026-01-29T23:59:59"), 60)).isEqualTo(CertificateState.VALID);
        assertThat(firstQuarter2026.stateOn(today("2026-01-30T00:00:00"), 60)).isEqualTo(CertificateState.EXPIRING);
        assertThat(firstQuarter2026.stateOn(today("2026-03-31T23:59:59"), 60)).isEqualTo(CertificateState.EXPIRING);
        assertThat(firstQuarter2026.stateOn(today("2026-04-01T00:00:00"), 60)).isEqualTo(CertificateState.EXPIRED);

        SpecialOperationCertificate firstQuarter2024 = expiringOn(LocalDate.of(2024, 3, 31));
        assertThat(firstQuarter2024.stateOn(today("2024-01-30T12:00:00"), 60)).isEqualTo(CertificateState.VALID);
        assertThat(firstQuarter2024.stateOn(today("2024-01-31T00:00:00"), 60)).isEqualTo(CertificateState.EXPIRING);

        SpecialOperationCertificate lastQuarter = expiringOn(LocalDate.of(2026, 12, 31));
        assertThat(lastQuarter.stateOn(today("2026-11-01T00:00:00"), 60)).isEqualTo(CertificateState.EXPIRING);
        assertThat(lastQuarter.stateOn(today("2026-10-31T23:59:59"), 60)).isEqualTo(CertificateState.VALID);
        assertThat(lastQuarter.stateOn(today("2027-01-01T00:00:00"), 60)).isEqualTo(CertificateState.EXPIRED);
    }

    @Test
    void the_lead_time_is_configurable_and_a_certificate_expiring_on_new_years_day_is_expired_on_the_second() {
        SpecialOperationCertificate certificate = expiringOn(LocalDate.of(2025, 1, 1));

        assertThat(certificate.stateOn(LocalDate.of(2024, 12, 2), 30)).isEqualTo(CertificateState.EXPIRING);
        assertThat(certificate.stateOn(LocalDate.of(2024, 12, 1), 30)).isEqualTo(CertificateState.VALID);
        assertThat(certificate.stateOn(LocalDate.of(2024, 12, 31), 0)).isEqualTo(CertificateState.VALID);
        assertThat(certificate.stateOn(LocalDate.of(2025, 1, 1), 0)).isEqualTo(CertificateState.EXPIRING);
        assertThat(certificate.stateOn(LocalDate.of(2025, 1, 2), 60)).isEqualTo(CertificateState.EXPIRED);
        assertThatThrownBy(() -> certificate.stateOn(LocalDate.of(2024, 1, 1), -1))
                .hasFieldOrPropertyWithValue("code", "training.certificate.lead-days-invalid");
    }

    @Test
    void a_certificate_expires_after_it_is_issued_and_is_reviewed_while_it_is_valid() {
        SpecialOperationCertificate valid = expiringOn(LocalDate.of(2027, 5, 1));
        assertThatThrownBy(() -> new SpecialOperationCertificate(CertificateId.newId(), valid.enterpriseId(),
                valid.jurisdiction(), valid.industry(), valid.holder(), valid.operationType(), "T-1",
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1), null, null, valid.recordedAt(), "manager", 0))
                .hasFieldOrPropertyWithValue("code", "training.certificate.expiry-before-issue");
        assertThatThrownBy(() -> new SpecialOperationCertificate(CertificateId.newId(), valid.enterpriseId(),
                valid.jurisdiction(), valid.industry(), valid.holder(), valid.operationType(), "T-1",
                LocalDate.of(2021, 5, 1), LocalDate.of(2027, 5, 1), null, LocalDate.of(2028, 1, 1),
                valid.recordedAt(), "manager", 0))
                .hasFieldOrPropertyWithValue("code", "training.certificate.review-outside-validity");
    }

    @Test
    void a_certificate_is_corrected_at_the_version_read_under_the_same_rules_and_stays_with_its_enterprise() {
        SpecialOperationCertificate certificate = expiringOn(LocalDate.of(2024, 2, 29)).asStored(3);

        SpecialOperationCertificate renewed = certificate.revise(3, certificate.holder(), OperationType.ELECTRICAL,
                "T-2024-0427", LocalDate.of(2024, 2, 20), LocalDate.of(2030, 2, 19), null, LocalDate.of(2027, 2, 19));

        assertThat(renewed.expiresOn()).isEqualTo(LocalDate.of(2030, 2, 19));
        assertThat(renewed.operationType()).isEqualTo(OperationType.ELECTRICAL);
        assertThat(renewed.enterpriseId()).isEqualTo(certificate.enterpriseId());
        assertThat(renewed.version()).isEqualTo(3);
        assertThatThrownBy(() -> certificate.revise(2, certificate.holder(), OperationType.ELECTRICAL, "T-1",
                LocalDate.of(2024, 2, 20), LocalDate.of(2030, 2, 19), null, null))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> certificate.revise(3, certificate.holder(), OperationType.ELECTRICAL, "T-1",
                LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 20), null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.certificate.expiry-before-issue");
    }
}
