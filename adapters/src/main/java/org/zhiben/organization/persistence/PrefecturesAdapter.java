package org.zhiben.organization.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.organization.Prefecture;
import org.zhiben.organization.Prefectures;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The prefecture as loaded from the plan by {@link OrganizationReferenceData}. It changes only through that migration
 * at start-up, so it is read once and kept in memory.
 */
@Component
class PrefecturesAdapter implements Prefectures {

    private final JdbcClient jdbc;
    private volatile Prefecture prefecture;

    PrefecturesAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Prefecture current() {
        Prefecture loaded = prefecture;
        if (loaded == null) {
            loaded = jdbc.sql("SELECT jurisdiction_code, committee_office FROM organization.prefecture")
                    .query((rs, n) -> new Prefecture(JurisdictionCode.of(rs.getString("jurisdiction_code")),
                            UnitCode.of(rs.getString("committee_office"))))
                    .optional()
                    .orElseThrow(() -> new IllegalStateException("no prefecture loaded from the plan (organization.yaml)"));
            prefecture = loaded;
        }
        return loaded;
    }
}
