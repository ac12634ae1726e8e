package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.organization.OrganizationRevision;
import org.zhiben.shared.UnitCode;

/**
 * The reporting units are kept in memory between reads, yet a change of the organisation data — even one written in
 * plain SQL, bypassing the application, as a bulk load or another node would — shows in the next read.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportingUnitsRevisionTest {

    private static final UnitCode UNIT = UnitCode.of("REVISION_TEST_GOV");

    @Autowired
    ReportingUnits units;
    @Autowired
    OrganizationRevision revision;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void removeTheCounty() {
        jdbc.update("delete from organization.unit where code = ?", UNIT.value());
        jdbc.update("delete from organization.jurisdiction where code = '659999'");
    }

    @Test
    void a_county_added_and_removed_in_sql_is_seen_by_the_next_read() {
        int before = units.findAll().size();
        long first = revision.current();
        assertThat(units.findByCode(UNIT)).isEmpty();
        assertThat(revision.current()).as("reading changes nothing").isEqualTo(first);

        jdbc.update("insert into organization.jurisdiction (code, name, name_en, kind, parent_code, "
                + "seconds_staff_to_office, sort_order) values ('659999', '测试县', 'Test County', 'COUNTY', "
                + "(select code from organization.jurisdiction where kind = 'PREFECTURE'), false, 9999)");
        jdbc.update("insert into organization.unit (code, name, short_name, name_en, kind, member_of_committee, "
                + "hosted_by, jurisdiction_code, sort_order) values (?, '测试县人民政府', '测试县', "
                + "'Test County Government', 'LOCAL_GOVERNMENT', false, null, '659999', 9999)", UNIT.value());

        assertThat(revision.current()).isGreaterThan(first);
        ReportingUnit county = units.findByCode(UNIT).orElseThrow();
        assertThat(county.kind()).isEqualTo(ReportingUnitKind.COUNTY_OR_CITY);
        assertThat(county.name()).isEqualTo("测试县人民政府");
        assertThat(units.findAll()).hasSize(before + 1);

        jdbc.update("update organization.unit set name = '测试县政府' where code = ?", UNIT.value());
        assertThat(units.findByCode(UNIT).orElseThrow().name()).isEqualTo("测试县政府");

        removeTheCounty();
        assertThat(units.findByCode(UNIT)).isEmpty();
        assertThat(units.findAll()).hasSize(before);
    }

    @Test
    void units_read_inside_a_change_that_rolled_back_are_never_taken_for_the_committed_ones() {
        UnitCode office = UnitCode.of("AKTO_GOV");
        String name = units.findByCode(office).orElseThrow().name();
        long seenInRolledBack = new TransactionTemplate(transactions).execute(status -> {
            jdbc.update("update organization.unit set name = '改名未成' where code = ?", office.value());
            assertThat(units.findByCode(office).orElseThrow().name()).isEqualTo("改名未成");
            status.setRollbackOnly();
            return revision.current();
        });

        jdbc.update("update organization.unit set sort_order = sort_order where code = ?", office.value());

        assertThat(revision.current()).as("the committed change's revision").isNotEqualTo(seenInRolledBack);
        assertThat(units.findByCode(office).orElseThrow().name()).isEqualTo(name);
    }
}
