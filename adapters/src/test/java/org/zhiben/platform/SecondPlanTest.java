package org.zhiben.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.zhiben.ZhibenApplication;
import org.zhiben.identity.DataScopePolicy;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.identity.application.BootstrapAdministrator;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestPostgres;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * Another prefecture loads its own plan: the application started with {@code zhiben.plan.location}
 * ({@code ZHIBEN_PLAN_LOCATION}) pointing at a small, made-up plan (test resources {@code plans/example-2026-2028}),
 * on a database of its own, takes its prefecture code, committee office, dates, baseline and targets from it — and
 * nothing of Kizilsu's plan shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondPlanTest {

    private static final String EXAMPLE_PREFECTURE = "990000";
    private static final UnitCode EXAMPLE_OFFICE = UnitCode.of("EX_OFFICE");

    private ConfigurableApplicationContext app;
    private MockMvcTester mvc;
    private RequestPostProcessor officeAdmin;

    @BeforeAll
    void start_the_application_on_the_example_plan() throws Exception {
        String database = "second_plan_" + Long.toHexString(System.nanoTime());
        try (Connection connection = DriverManager.getConnection(TestPostgres.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        Path files = Files.createTempDirectory("zhiben-second-plan-files");
        app = new SpringApplicationBuilder(ZhibenApplication.class).run(
                "--server.port=0",
                "--zhiben.plan.location=classpath:plans/example-2026-2028/",
                "--spring.datasource.url=" + TestPostgres.get().getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--zhiben.embedded-postgres.enabled=false",
                "--zhiben.files.dir=" + files);
        TestPostgres.lease(app);
        mvc = MockMvcTester.create(MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build());
        officeAdmin = TestCallers.as(RoleAssignment.ofUnit(EXAMPLE_OFFICE, Role.COMMITTEE_ADMIN));
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void the_first_administrator_belongs_to_the_committee_office_of_the_plan() {
        var admin = app.getBean(UserAccounts.class).findByUsername(BootstrapAdministrator.ADMINISTRATOR).orElseThrow();

        assertThat(admin.unit()).isEqualTo(EXAMPLE_OFFICE);
    }

    @Test
    void the_prefecture_code_of_the_plan_makes_a_scope_prefecture_wide_and_kizilsus_does_not() {
        DataScopePolicy policy = app.getBean(DataScopePolicy.class);

        assertThat(policy.scopeOf(RoleAssignment.ofJurisdiction(UnitCode.of("EX_EMB"),
                JurisdictionCode.of(EXAMPLE_PREFECTURE), Role.COUNTY_OFFICER)).prefectureWide()).isTrue();
        assertThat(policy.scopeOf(RoleAssignment.ofJurisdiction(UnitCode.of("EX_EMB"),
                JurisdictionCode.of("653000"), Role.COUNTY_OFFICER)).prefectureWide()).isFalse();
        assertThat(mvc.get().uri("/api/v1/organization/jurisdictions").with(officeAdmin)).hasStatusOk()
                .bodyText().contains(EXAMPLE_PREFECTURE, "990001").doesNotContain("653000", "克孜勒苏");
    }

    @Test
    void the_home_page_shows_the_plans_prefecture_phases_and_targets_and_nothing_of_kizilsu() {
        assertThat(mvc.get().uri("/").with(officeAdmin)).hasStatusOk().bodyText()
                .contains("示例自治州安全生产委员会办公室", "安全生产治本攻坚三年行动（2026—2028年）")
                .contains("示例阶段目标：完成示例摸排", "2026年11月30日")
                .contains("示例总目标：2027年3月底前消除2025年6月底前发现的存量重大隐患（至多剩2项）", "2027年3月31日",
                        "2027年12月31日", "2028年6月30日")
                .doesNotContain("克孜勒苏", "克州", "2024年12月20日", "2023年", "（2024—2026年）");
        assertThat(mvc.get().uri("/?lang=en").with(officeAdmin)).hasStatusOk().bodyText()
                .contains("Office of the Work Safety Committee of Example Autonomous Prefecture", "(2026-2028)")
                .doesNotContain("Kizilsu");
    }

    @Test
    void the_indicators_are_measured_with_the_plans_baseline_dates_and_values() {
        assertThat(mvc.get().uri("/api/v1/hazards/indicators?asOf=2027-02-28").with(officeAdmin)).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.targets.stockFoundOnOrBefore").isEqualTo("2025-06-30");
                    assertThat(json).extractingPath("$.targets.stockMeasuredOn").isEqualTo("2027-03-31");
                    assertThat(json).extractingPath("$.targets.stockAtMost").isEqualTo(2);
                    assertThat(json).extractingPath("$.targets.previousYearStart").isEqualTo("2026-01-01");
                    assertThat(json).extractingPath("$.targets.incrementYearStart").isEqualTo("2027-01-01");
                    assertThat(json).extractingPath("$.targets.incrementYearEnd").isEqualTo("2027-12-31");
                    assertThat(json).extractingPath("$.targets.overdueMeasuredOn").isEqualTo("2028-06-30");
                    assertThat(json).extractingPath("$.targets.overdueAtMost").isEqualTo(0);
                    assertThat(json).extractingPath("$.stock2023Cleared").isEqualTo(true);
                });
        assertThat(mvc.get().uri("/api/v1/hazards/stock/monthly?month=2027-02").with(officeAdmin)).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.stockFoundOnOrBefore").isEqualTo("2025-06-30");
                    assertThat(json).extractingPath("$.report.due").isEqualTo("2027-02-28");
                    assertThat(json).extractingPath("$.report.submitTo").isEqualTo("EX_OFFICE");
                    assertThat(json).extractingPath("$.report.form").isEqualTo("示例表1 重大隐患存量表");
                });
        assertThat(mvc.get().uri("/api/v1/hazards/stock/monthly?month=2026-12").with(officeAdmin)).hasStatusOk()
                .bodyJson().extractingPath("$.report").isNull();
    }

    @Test
    void the_stock_page_names_the_plans_baseline_targets_and_report() {
        assertThat(mvc.get().uri("/hazards/stock?month=2027-02").with(officeAdmin)).hasStatusOk().bodyText()
                .contains("其中2025年及以前发现", "2025年存量重大隐患", "2027年重大隐患增量得到遏制",
                        "2026年新增 0 项，2027年新增 0 项", "2028年重大隐患动态清零", "目标：不超过 2 项")
                .contains("按示例表1 重大隐患存量表，本期报表应于2027年2月28日前报送示例州安委办")
                .doesNotContain("2023年", "2024年12月20日", "克孜勒苏");
    }
}
