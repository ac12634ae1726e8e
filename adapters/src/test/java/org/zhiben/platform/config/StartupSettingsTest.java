package org.zhiben.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.zhiben.ZhibenApplication;
import org.zhiben.identity.config.AdministratorPasswordCheck;

/**
 * A start-up that cannot succeed fails within seconds, before the embedded PostgreSQL starts, with one clear line and
 * no stack trace.
 */
class StartupSettingsTest {

    @Test
    void an_initial_administrator_password_the_policy_refuses_stops_the_start_up_and_is_never_shown() {
        StandardEnvironment environment = environment(Map.of("zhiben.identity.admin-initial-password", "short1A"));

        assertThatThrownBy(() -> new AdministratorPasswordCheck().postProcessEnvironment(environment, null))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("ZHIBEN_ADMIN_INITIAL_PASSWORD: ")
                .hasMessageContaining("12")
                .hasMessageNotContaining("short1A");
    }

    @Test
    void a_password_the_policy_accepts_or_none_at_all_passes() {
        assertThatCode(() -> new AdministratorPasswordCheck().postProcessEnvironment(
                environment(Map.of("zhiben.identity.admin-initial-password", "Kizilsu-2024-safe")), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> new AdministratorPasswordCheck().postProcessEnvironment(environment(Map.of()), null))
                .doesNotThrowAnyException();
    }

    @Test
    void the_platform_refuses_an_unknown_time_zone_a_bad_port_a_plan_folder_without_its_files_and_mail_without_a_sender(
            @TempDir Path emptyFolder) {
        PlatformSettingsCheck check = new PlatformSettingsCheck();

        assertThatThrownBy(() -> check.postProcessEnvironment(environment(Map.of("zhiben.time-zone", "Asia/Kashi1")),
                null)).hasMessageStartingWith("ZHIBEN_TIME_ZONE: ");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment(Map.of("server.port", "80800")), null))
                .hasMessageStartingWith("PORT: ");
        assertThatThrownBy(() -> check.postProcessEnvironment(
                environment(Map.of("zhiben.plan.location", "file:" + emptyFolder + "/")), null))
                .hasMessageStartingWith("ZHIBEN_PLAN_LOCATION: ").hasMessageContaining("organization.yaml");
        assertThatThrownBy(() -> check.postProcessEnvironment(
                environment(Map.of("zhiben.notifications.mail.enabled", "true")), null))
                .hasMessageStartingWith("ZHIBEN_NOTIFICATIONS_MAIL_FROM: ");
        assertThatCode(() -> check.postProcessEnvironment(environment(Map.of("zhiben.time-zone", "Asia/Shanghai",
                "server.port", "8080")), null)).doesNotThrowAnyException();
    }

    @Test
    void the_reporter_prints_one_line_for_an_invalid_setting_and_leaves_other_failures_to_spring_boot() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        InvalidSettingReporter reporter = new InvalidSettingReporter(new PrintStream(printed, true,
                StandardCharsets.UTF_8));

        boolean handled = reporter.reportException(new IllegalStateException("wrapped",
                new InvalidSettingException("PORT", "not a port number between 0 and 65535")));
        boolean other = reporter.reportException(new IllegalStateException("something else"));

        assertThat(handled).isTrue();
        assertThat(other).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("Zhiben cannot start: PORT: not a port number between 0 and 65535" + System.lineSeparator());
    }

    /** The real launcher in a process of its own: exit code 2, one line, no stack trace, no database started. */
    @Test
    void the_launcher_fails_fast_with_one_line_and_exit_code_2(@TempDir Path data) throws Exception {
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ZhibenApplication.class.getName())
                .redirectErrorStream(true);
        launch.environment().put("ZHIBEN_ADMIN_INITIAL_PASSWORD", "weak");
        launch.environment().put("ZHIBEN_DATA_DIR", data.toString());
        Process run = launch.start();
        boolean ended = run.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            run.destroyForcibly();
        }
        List<String> lines = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank()).toList();

        assertThat(ended).as("the process ended").isTrue();
        assertThat(run.exitValue()).isEqualTo(2);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith(InvalidSettingReporter.PREFIX + "ZHIBEN_ADMIN_INITIAL_PASSWORD: ")
                .doesNotContain("weak");
        assertThat(hasDatabaseFiles(data)).as("no PostgreSQL was started").isFalse();
    }

    private static boolean hasDatabaseFiles(Path data) throws IOException {
        try (var files = Files.list(data)) {
            return files.findAny().isPresent();
        }
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
