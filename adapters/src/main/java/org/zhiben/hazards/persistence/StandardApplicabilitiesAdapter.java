package org.zhiben.hazards.persistence;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.StandardApplicabilities;
import org.zhiben.hazards.StandardApplicability;
import org.zhiben.shared.IndustryCode;

/** The plan's mapping of standard clause groups to industries, as {@link ShippedStandardsMigration} stored it. */
@Component
class StandardApplicabilitiesAdapter implements StandardApplicabilities {

    private final JdbcClient jdbc;

    StandardApplicabilitiesAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StandardApplicability of(String standardCode) {
        Map<IndustryCode, Set<String>> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT industry_code, grp FROM hazards.standard_group_industry WHERE standard_code = ? "
                        + "ORDER BY industry_code, grp")
                .param(standardCode)
                .query((rs, n) -> groups.computeIfAbsent(IndustryCode.of(rs.getString("industry_code")),
                        k -> new LinkedHashSet<>()).add(rs.getString("grp")))
                .list();
        return new StandardApplicability(standardCode, groups);
    }
}
