package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;

/** A check led by the principal ("企业主要负责人……带队……开展1次检查") as it is recorded. */
class PrincipalCheckTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2025, 3, 31, 23, 30, 0, 0, ZONE);

    private static PrincipalCheck record(LocalDate on, String ledBy, List<HazardId> hazards) {
        return PrincipalCheck.record(UUID.randomUUID(), JurisdictionCode.of("653001"), IndustryCode.of("MINES"), on,
                ledBy, "储罐区、装卸区", "发现1处液位报警失效", hazards, "manager", NOW.toInstant(), ZONE);
    }

    @Test
    void a_check_is_recorded_with_its_event_and_its_leader_masked() {
        HazardId hazard = HazardId.newId();
        PrincipalCheck check = record(LocalDate.of(2025, 3, 31), "张三丰", List.of(hazard, hazard));

        assertThat(check.ledByMasked()).isEqualTo("张**");
        assertThat(check.toString()).doesNotContain("张三丰");
        assertThat(check.hazards()).containsExactly(hazard);
        assertThat(check.pullEvents()).singleElement().isInstanceOfSatisfying(PrincipalCheckRecorded.class,
                event -> assertThat(event.checkedOn()).isEqualTo(LocalDate.of(2025, 3, 31)));
    }

    @Test
    void a_check_cannot_be_made_after_the_day_it_is_recorded_in_the_campaigns_time_zone() {
        assertThatThrownBy(() -> record(LocalDate.of(2025, 4, 1), "张三", List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("hazard.principal-check.in-future");
                    assertThat(refused.field()).isEqualTo("checkedOn");
                });
    }

    @Test
    void its_leader_scope_and_findings_are_required_and_bounded() {
        assertThatThrownBy(() -> record(LocalDate.of(2025, 3, 1), " ", List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, r -> assertThat(r.field()).isEqualTo("ledBy"));
        assertThatThrownBy(() -> PrincipalCheck.record(UUID.randomUUID(), JurisdictionCode.of("653001"),
                IndustryCode.of("MINES"), LocalDate.of(2025, 3, 1), "张三", "x".repeat(501), "无", List.of(), "m",
                NOW.toInstant(), ZONE))
                .isInstanceOfSatisfying(InvalidValueException.class, r -> {
                    assertThat(r.field()).isEqualTo("scope");
                    assertThat(r.code()).isEqualTo("validation.too-long");
                });
    }
}
