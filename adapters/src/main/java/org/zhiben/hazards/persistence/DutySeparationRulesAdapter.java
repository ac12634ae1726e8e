package org.zhiben.hazards.persistence;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.DutySeparationRule;
import org.zhiben.hazards.storage.DutySeparationRules;

/** The versions of the separation-of-duties rule in {@code hazards.duty_separation_rule}. */
@Component
class DutySeparationRulesAdapter implements DutySeparationRules {

    private final JdbcTemplate jdbc;

    DutySeparationRulesAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DutySeparationRule> findAll() {
        return jdbc.query("select effective_from, enforced, closure from hazards.duty_separation_rule "
                + "order by effective_from", (rs, row) -> new DutySeparationRule(
                        rs.getObject("effective_from", java.time.LocalDate.class), rs.getBoolean("enforced"),
                        DutySeparationRule.Closure.valueOf(rs.getString("closure"))));
    }
}
