package org.zhiben.hazards.persistence;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.StandardApplicabilities;
import org.zhiben.hazards.StandardApplicability;
import org.zhiben.shared.IndustryCode;

/**
 * The plan's mapping of standard clause groups to industries, as {@link ShippedStandardsMigration} stored it. Only
 * that migration writes the mapping, before the application starts, so each standard's mapping is read once and then
 * kept in memory: every determination asks for it.
 */
@Component
class StandardApplicabilitiesAdapter implements StandardApplicabilities {

    private final JdbcClient jdbc;
    private final Map<String, StandardApplicability> read = new ConcurrentHashMap<>();

    StandardApplicabilitiesAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StandardApplicability of(String standardCode) {
        StandardApplicability known = read.get(standardCode);
        if (known != null) {
            return known;
        }
        StandardApplicability applicability = load(standardCode);
        read.putIfAbsent(standardCode, applicability);
        return applicability;
    }

    private StandardApplicability load(String standardCode) {
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
