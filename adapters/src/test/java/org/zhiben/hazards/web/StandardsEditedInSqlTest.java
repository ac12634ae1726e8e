package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.StandardClause;
import org.zhiben.platform.testing.CountedStatements;

/**
 * The determination standards are kept in memory, yet a change made to their rows in plain SQL — by another instance
 * of the application on the same database, or by hand — is seen by the next read and by the next determination of a
 * registration: a new version inserted, a clause's text and a standard's date changed, a clause group mapped to an
 * industry.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountedStatements.Configuration.class)
class StandardsEditedInSqlTest {

    /** A sector no shipped standard covers: the version inserted here is the only one for it. */
    private static final String SECTOR = "SPORTS";

    @Autowired
    DeterminationStandards standards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;

    HazardApiSupport api;
    String code;
    LocalDate yesterday;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
        code = "NODE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        standards.findAll();
    }

    /** The version stays, out of force, like the versions the other tests leave; its group mapping goes. */
    @AfterEach
    void putTheVersionOutOfForce() {
        jdbc.update("delete from hazards.standard_group_industry where standard_code = ?", code);
        jdbc.update("update hazards.determination_standard set effective_from = null where code = ?", code);
    }

    /** A new version as another node's import writes it: the standard, its sector and its clause, in one commit. */
    private void insertVersionInSql(LocalDate effectiveFrom) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("insert into hazards.determination_standard (code, title, document_number, issuer, "
                    + "effective_from, kind, imported_at, version) values (?, '节点测试标准', '测试〔2099〕2号', "
                    + "'测试机关', ?, 'NATIONAL_STANDARD', now(), 0)", code, effectiveFrom);
            jdbc.update("insert into hazards.determination_standard_sector (standard_code, industry_code) "
                    + "values (?, ?)", code, SECTOR);
            jdbc.update("insert into hazards.standard_clause (standard_code, number, grp, text, sort_order) "
                    + "values (?, '1', '场馆', '看台安全通道被占用。', 0)", code);
        });
    }

    private MvcTestResult register() {
        UUID enterprise = api.enterprise("653001", SECTOR);
        Map<String, Object> body = new HashMap<>(Map.of("enterpriseId", enterprise, "location", "体育馆东看台",
                "description", "看台安全通道堆放杂物", "discoveredOn", yesterday.toString(),
                "channel", "SUPERVISORY_INSPECTION", "sourceReference", "NODE-" + UUID.randomUUID(),
                "clause", Map.of("standardCode", code, "clauseNumber", "1")));
        return api.register(body, null);
    }

    private MvcTestResult determine() {
        return mvc.post().uri("/api/v1/hazards/determinations").with(HazardApiSupport.ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"sector": "%s", "discoveredOn": "%s", "clause": {"standardCode": "%s", "clauseNumber": "1"}}
                        """.formatted(SECTOR, yesterday, code)).exchange();
    }

    @Test
    void a_version_inserted_and_a_clause_text_and_a_date_changed_in_sql_are_seen_by_the_next_read() {
        assertThat(standards.findByCode(code)).isEmpty();

        insertVersionInSql(LocalDate.of(2020, 1, 1));

        DeterminationStandard inserted = standards.findByCode(code).orElseThrow();
        assertThat(inserted.clauses()).containsExactly(new StandardClause("1", "场馆", "看台安全通道被占用。"));
        assertThat(standards.findAll()).extracting(DeterminationStandard::code).contains(code);

        jdbc.update("update hazards.standard_clause set text = '看台安全疏散通道被占用。' "
                + "where standard_code = ? and number = '1'", code);
        assertThat(standards.findByCode(code).orElseThrow().clauses())
                .containsExactly(new StandardClause("1", "场馆", "看台安全疏散通道被占用。"));

        jdbc.update("update hazards.determination_standard set effective_from = '2100-12-31' where code = ?", code);
        var recording = CountedStatements.during(standards::findAll);
        assertThat(recording.statements()).as("the look at the revision, then one read: " + recording).hasSize(2)
                .first().isEqualTo("select value from hazards.standards_revision");
        assertThat(standards.findAll()).filteredOn(s -> s.code().equals(code))
                .extracting(DeterminationStandard::effectiveFrom).containsExactly(LocalDate.of(2100, 12, 31));
        assertThat(standards.findByCode(code).orElseThrow().effectiveFrom()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void a_clause_changed_by_another_node_while_a_transaction_reads_it_is_seen_and_not_kept_stale() {
        insertVersionInSql(LocalDate.of(2020, 1, 1));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(standards.findByCode(code).orElseThrow().clauses().get(0).text())
                    .as("read anew in this transaction").isEqualTo("看台安全通道被占用。");
            CompletableFuture.runAsync(() -> jdbc.update("update hazards.standard_clause "
                    + "set text = '看台安全疏散通道被占用。' where standard_code = ? and number = '1'", code)).join();
            assertThat(standards.findByCode(code).orElseThrow().clauses().get(0).text())
                    .as("changed and committed by another connection").isEqualTo("看台安全疏散通道被占用。");
        });
        assertThat(standards.findByCode(code).orElseThrow().clauses().get(0).text())
                .as("kept as last read").isEqualTo("看台安全疏散通道被占用。");
    }

    @Test
    void a_registration_is_determined_against_the_standards_as_last_changed_in_sql() {
        assertThat(register()).hasStatus(400).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("hazard.clause.unknown");

        insertVersionInSql(LocalDate.of(2020, 1, 1));
        assertThat(register()).hasStatus(201).bodyJson().extractingPath("$.level").isEqualTo("MAJOR");

        jdbc.update("update hazards.determination_standard set effective_from = ? where code = ?",
                yesterday.plusDays(30), code);
        assertThat(register()).as("the version no longer applies on the day of discovery").hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("hazard.clause.not-in-force");

        jdbc.update("update hazards.determination_standard set effective_from = '2020-01-01' where code = ?", code);
        assertThat(register()).hasStatus(201).bodyJson().extractingPath("$.level").isEqualTo("MAJOR");
    }

    @Test
    void a_determination_gives_the_clause_text_and_the_group_mapping_as_last_changed_in_sql() {
        insertVersionInSql(LocalDate.of(2020, 1, 1));
        assertThat(determine()).hasStatusOk().bodyJson().extractingPath("$.clauseText").isEqualTo("看台安全通道被占用。");

        jdbc.update("update hazards.standard_clause set text = '看台安全疏散通道被占用。' "
                + "where standard_code = ? and number = '1'", code);
        assertThat(determine()).hasStatusOk().bodyJson().extractingPath("$.clauseText")
                .isEqualTo("看台安全疏散通道被占用。");

        jdbc.update("insert into hazards.standard_group_industry (standard_code, industry_code, grp) "
                + "values (?, ?, '泳池')", code, SECTOR);
        assertThat(determine()).as("only the group mapped to the sector applies now").hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].code").isEqualTo("hazard.clause.other-group");
    }
}
