package org.zhiben.organization.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.organization.OrganizationRevision;

/** The revision counted by the triggers on the organisation tables ({@code organization.revision}). */
@Component
class OrganizationRevisionJdbc implements OrganizationRevision {

    private final JdbcTemplate jdbc;

    OrganizationRevisionJdbc(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long current() {
        Long value = jdbc.queryForObject("select value from organization.revision", Long.class);
        return value == null ? 0 : value;
    }
}
