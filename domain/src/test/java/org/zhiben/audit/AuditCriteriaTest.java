package org.zhiben.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;

class AuditCriteriaTest {

    static final Instant T0 = Instant.parse("2024-04-01T02:00:00Z");
    static final AuditEntry ENTRY = new AuditEntry(7, T0, "li.ming", "DEPARTMENT_OFFICER", "EMB", "MajorHazard",
            "h-1", "WRITE_OFF", null, null, AuditChain.GENESIS_HASH, AuditChain.GENESIS_HASH);

    @Test
    void a_period_ends_after_it_starts() {
        assertThatThrownBy(() -> new AuditCriteria(null, null, null, T0, T0))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("audit.search.period-invalid"));
    }

    @Test
    void an_entry_matches_when_every_given_criterion_matches_and_the_period_includes_its_start_only() {
        assertThat(new AuditCriteria("li.ming", "MajorHazard", " ", T0, T0.plusSeconds(1)).matches(ENTRY)).isTrue();
        assertThat(new AuditCriteria("li.ming", "Enterprise", null, null, null).matches(ENTRY)).isFalse();
        assertThat(new AuditCriteria(null, null, "h-1", T0.minusSeconds(1), T0).matches(ENTRY)).isFalse();
        assertThat(AuditCriteria.all().matches(ENTRY)).isTrue();
    }
}
