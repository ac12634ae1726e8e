package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.HazardPermissions;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.platform.testing.CountedStatements;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.DataScope;

/**
 * What one registration over the API ({@code POST /api/v1/hazards} by an API client's bearer token, with an
 * {@code Idempotency-Key}, as the intake benchmark sends it) costs the database, counted at the JDBC driver: the
 * statements and transactions of the request, once the standards have been read by an earlier request. The count is
 * pinned so that a statement added to the intake path shows here (see ADR 12).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountedStatements.Configuration.class)
class HazardRegistrationStatementsTest {

    /**
     * Statements of one registration in its transactions (18 before the standards were kept in memory and the new
     * hazard was inserted without a look-up, 14 before the number was taken outside the transaction and the client
     * was read once, 12 before the look at the standards' revision); ADR 12 and ADR 13 list them.
     */
    static final int STATEMENTS = 13;
    /** Transactions of one registration (3 before the idempotency key was looked up in the request's transaction). */
    static final int TRANSACTIONS = 2;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    RegisterApiClient registerApiClient;
    @Autowired
    JdbcTemplate jdbc;

    HazardApiSupport api;
    RequestPostProcessor client;
    UUID enterprise;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
        client = TestCallers.bearer(TestCallers.accessToken(registerApiClient, mvc, DataScope.wholePrefecture(),
                HazardPermissions.REPORT, HazardPermissions.READ));
        enterprise = api.enterprise(TestCallers.AKTO, "HAZARDOUS_CHEMICALS");
    }

    private MvcTestResult register() {
        String key = "statements-" + UUID.randomUUID();
        return mvc.post().uri(HazardApiSupport.BASE).with(client).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(api.toJson(Map.of("enterpriseId", enterprise,
                        "location", "二号仓库东侧", "description", "危险化学品储罐区安全阀失效",
                        "discoveredOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString(),
                        "channel", "SUPERVISORY_INSPECTION", "sourceReference", key)))
                .exchange();
    }

    @Test
    void one_registration_costs_a_pinned_number_of_statements_and_transactions() {
        assertThat(register()).hasStatus(201);
        long numbersBefore = numbersTaken();

        CountedStatements.Recording recording = CountedStatements.during(() -> {
            MvcTestResult result = register();
            assertThat(result).hasStatus(201);
            return result;
        });

        System.out.println("One registration: " + recording);
        assertThat(recording.statements()).as(recording.toString()).hasSize(STATEMENTS);
        assertThat(recording.transactionCount()).as(recording.toString()).isEqualTo(TRANSACTIONS);
        assertThat(recording.statements()).as("the standards are not read again")
                .noneMatch(sql -> sql.contains("determination_standard") || sql.contains("standard_clause"));
        assertThat(recording.statements()).as("their revision is looked at once")
                .containsOnlyOnce("select value from hazards.standards_revision");
        assertThat(recording.statements()).as("the new hazard is inserted without a look-up")
                .noneMatch(sql -> sql.startsWith("select") && sql.contains("from hazards.major_hazard"));
        assertThat(recording.statements()).as("the API client is read once, when its token is checked")
                .filteredOn(sql -> sql.contains("from identity.api_client")).hasSize(1);
        assertThat(recording.statements()).as("the number is taken outside the registration's transactions (ADR 13)")
                .noneMatch(sql -> sql.contains("hazard_number_sequence"));
        assertThat(numbersTaken()).as("by one statement on the numbering's own connection")
                .isEqualTo(numbersBefore + 1);
    }

    private long numbersTaken() {
        Long taken = jdbc.queryForObject("select coalesce(sum(last_value), 0) from hazards.hazard_number_sequence",
                Long.class);
        return taken == null ? 0 : taken;
    }
}
