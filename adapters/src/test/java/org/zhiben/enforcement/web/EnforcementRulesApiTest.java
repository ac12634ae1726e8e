package org.zhiben.enforcement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enforcement.EnforcementRules;
import org.zhiben.enforcement.RuleVersion;
import org.zhiben.identity.Role;
import org.zhiben.platform.testing.TestCallers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules as stored versioned data over the API: the migration's seed is the domain's shipped versions; the
 * committee office adds a version from a day after today (audited), never one in the past or on a day taken; other
 * roles read them; and the statistics endpoint answers a period with no inspection with findings without a rate.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EnforcementRulesApiTest {

    static final String BASE = "/api/v1/enforcement";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final RequestPostProcessor admin = TestCallers.committeeAdmin();
    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnforcementRules rules;
    @Autowired
    DataSource dataSource;

    /** A first day far ahead, so that no other test's rules change. */
    private static LocalDate farAhead() {
        return TODAY.plusDays(ThreadLocalRandom.current().nextInt(2_000, 25_000));
    }

    @Test
    void the_stored_rules_start_from_the_shipped_versions_of_the_domain() {
        List<RuleVersion> inForceToday = rules.versions().stream()
                .filter(v -> !v.effectiveFrom().isAfter(TODAY)).toList();

        assertThat(rules.versions()).containsAll(EnforcementRules.SHIPPED_VERSIONS);
        assertThat(inForceToday).containsExactlyInAnyOrderElementsOf(EnforcementRules.SHIPPED_VERSIONS);
    }

    @Test
    void the_committee_office_adds_a_version_ahead_which_is_audited_and_read_as_scheduled() {
        LocalDate from = farAhead();
        JsonNode added = created(post(admin, "/rules/penalty-rule",
                Map.of("effectiveFrom", from.toString(), "longOverdueDays", 60)));

        assertThat(added.get("kind").asString()).isEqualTo("PENALTY_RULE");
        assertThat(added.get("standing").asString()).isEqualTo("SCHEDULED");
        assertThat(added.get("penaltyRule").get("longOverdueDays").asInt()).isEqualTo(60);
        JsonNode all = ok(mvc.get().uri(BASE + "/rules").with(TestCallers.auditor()).exchange());
        assertThat(all.get("versions").valueStream().filter(v -> v.get("effectiveFrom").asString()
                .equals(from.toString()) && v.get("kind").asString().equals("PENALTY_RULE")).toList()).hasSize(1);
        assertThat(all.get("versions").valueStream().filter(v -> v.get("kind").asString().equals("REWARD")
                && v.get("standing").asString().equals("IN_FORCE")).findFirst().orElseThrow()
                .get("reward").get("fineBasisPoints").asInt()).isEqualTo(1_500);
        List<String> audited = JdbcClient.create(dataSource).sql("SELECT change FROM audit.entry WHERE entity_type = "
                + "'EnforcementRule' AND entity_id = :id").param("id", "penalty-rule@" + from)
                .query(String.class).list();
        assertThat(audited).singleElement().asString().contains("longOverdueDays=60");

        MvcTestResult again = post(admin, "/rules/penalty-rule",
                Map.of("effectiveFrom", from.toString(), "longOverdueDays", 30));
        assertThat(again).hasStatus(409);
        assertThat(body(again).get("code").asString()).isEqualTo("enforcement.rules.version-exists");
    }

    @Test
    void a_version_starting_today_or_earlier_is_refused_with_a_problem_and_nothing_changes() {
        int before = rules.versions().size();
        MvcTestResult past = post(admin, "/rules/tracing", Map.of("effectiveFrom", TODAY.toString(),
                "windowMonths", 12));

        assertThat(past).hasStatus(400);
        assertThat(past.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(fieldCode(past)).isEqualTo("enforcement.rules.not-in-future");
        assertThat(rules.versions()).hasSize(before);
    }

    @Test
    void raised_rewards_below_the_national_amounts_are_refused_and_raised_ones_are_kept() {
        Map<String, Object> raised = Map.of("name", "克州安全生产举报奖励实施办法", "effectiveFrom", farAhead().toString(),
                "fineBasisPoints", 2_000, "floorFen", 500_000, "capFen", 50_000_000, "perConcealedDeathFen",
                Map.of("GENERAL", 5_000_000, "LARGER", 6_000_000, "MAJOR", 7_000_000, "ESPECIALLY_MAJOR", 8_000_000),
                "concealedDeathCapFen", 50_000_000);
        JsonNode added = created(post(admin, "/rules/rewards", raised));
        assertThat(added.get("reward").get("jurisdiction").asString()).isEqualTo("653000");
        assertThat(added.get("reward").get("perConcealedDeathFen").get("MAJOR").asLong()).isEqualTo(7_000_000L);

        Map<String, Object> lowered = new java.util.HashMap<>(raised);
        lowered.put("effectiveFrom", farAhead().toString());
        lowered.put("fineBasisPoints", 1_000);
        MvcTestResult refused = post(admin, "/rules/rewards", lowered);
        assertThat(refused).hasStatus(409);
        assertThat(body(refused).get("code").asString()).isEqualTo("enforcement.reward.not-raised");
    }

    @Test
    void only_the_committee_office_changes_the_rules_and_declares_holidays() {
        RequestPostProcessor inspector = TestCallers.as(TestCallers.typical(Role.INSPECTOR));
        assertThat(post(inspector, "/rules/tracing", Map.of("effectiveFrom", farAhead().toString(),
                "windowMonths", 12))).hasStatus(403);
        assertThat(post(TestCallers.auditor(), "/rules/calendar-days", Map.of("day", farAhead().toString(),
                "kind", "HOLIDAY", "name", "国庆节"))).hasStatus(403);
        assertThat(mvc.get().uri(BASE + "/rules").with(inspector).exchange()).hasStatus(200);

        LocalDate saturday = farAhead().with(java.time.DayOfWeek.SATURDAY);
        JsonNode day = created(post(admin, "/rules/calendar-days", Map.of("day", saturday.toString(),
                "kind", "ADJUSTED_WORKING_DAY", "name", "国庆节")));
        assertThat(day.get("kindLabel").asString()).isEqualTo("调休上班");
        assertThat(rules.calendar().isWorkingDay(saturday)).isTrue();
        MvcTestResult weekday = post(admin, "/rules/calendar-days", Map.of("day",
                saturday.plusDays(2).toString(), "kind", "ADJUSTED_WORKING_DAY", "name", "国庆节"));
        assertThat(weekday).hasStatus(400);
        assertThat(fieldCode(weekday)).isEqualTo("enforcement.calendar.adjusted-not-weekend");
    }

    @Test
    void the_statistics_of_a_period_without_inspections_have_no_penalty_rate_and_a_bad_grouping_is_a_problem() {
        JsonNode statistics = ok(mvc.get().uri(BASE + "/statistics?from=2001-01-01&to=2001-02-28&by=month")
                .with(admin).exchange());

        assertThat(statistics.get("by").asString()).isEqualTo("month");
        assertThat(statistics.get("groups").valueStream().map(g -> g.get("name").asString()).toList())
                .containsExactly("2001年1月", "2001年2月");
        assertThat(statistics.get("total").get("inspections").asLong()).isZero();
        assertThat(statistics.get("total").get("penaltyRatePercent").isNull()).isTrue();
        assertThat(statistics.get("total").get("inspectionsByMethod").valueStream()
                .map(m -> m.get("label").asString()).toList()).contains("四不两直", "异地交叉执法");

        MvcTestResult bad = mvc.get().uri(BASE + "/statistics?from=2001-01-01&to=2001-02-28&by=county")
                .with(admin).exchange();
        assertThat(bad).hasStatus(400);
        assertThat(fieldCode(bad)).isEqualTo("validation.enum");
        assertThat(body(bad).get("detail").asString()).contains("county");
        assertThat(mvc.get().uri(BASE + "/statistics?from=2001-03-01&to=2001-02-28").with(admin).exchange())
                .hasStatus(400);
    }

    private MvcTestResult post(RequestPostProcessor caller, String path, Object body) {
        return mvc.post().uri(BASE + path).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)).exchange();
    }

    private JsonNode created(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return body(result);
    }

    private JsonNode ok(MvcTestResult result) {
        assertThat(result).hasStatus(200);
        return body(result);
    }

    private String fieldCode(MvcTestResult result) {
        return body(result).get("errors").get(0).get("code").asString();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
