package org.zhiben.platform.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The platform's settings, checked as soon as they are known and before anything starts, so that a start-up that
 * cannot succeed fails within seconds with one clear line ({@link InvalidSettingReporter}): the campaign's time zone,
 * the HTTP port, a plan folder outside the application, and the mail settings when mail is on.
 */
public class PlatformSettingsCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String zone = environment.getProperty("zhiben.time-zone");
        if (zone != null) {
            try {
                ZoneId.of(zone.strip());
            } catch (DateTimeException e) {
                throw new InvalidSettingException("ZHIBEN_TIME_ZONE",
                        "not a time zone; use a region such as Asia/Shanghai");
            }
        }
        String port = environment.getProperty("server.port");
        if (port != null && !port.isBlank() && !validPort(port.strip())) {
            throw new InvalidSettingException("PORT", "not a port number between 0 and 65535");
        }
        String plan = environment.getProperty("zhiben.plan.location");
        if (plan != null && plan.startsWith("file:")) {
            Path folder = Path.of(plan.substring("file:".length()));
            for (String file : new String[] {"organization.yaml", "campaign.yaml"}) {
                if (!Files.isReadable(folder.resolve(file))) {
                    throw new InvalidSettingException("ZHIBEN_PLAN_LOCATION",
                            "the folder " + folder + " has no readable " + file);
                }
            }
        }
        if (Boolean.parseBoolean(environment.getProperty("zhiben.notifications.mail.enabled", "false").strip())) {
            if (blank(environment.getProperty("zhiben.notifications.mail.from"))) {
                throw new InvalidSettingException("ZHIBEN_NOTIFICATIONS_MAIL_FROM",
                        "mail is enabled (ZHIBEN_NOTIFICATIONS_MAIL_ENABLED) but no sender address is set");
            }
            if (blank(environment.getProperty("spring.mail.host"))) {
                throw new InvalidSettingException("SPRING_MAIL_HOST",
                        "mail is enabled (ZHIBEN_NOTIFICATIONS_MAIL_ENABLED) but no SMTP server is set");
            }
        }
    }

    private static boolean validPort(String port) {
        try {
            int number = Integer.parseInt(port);
            return number >= 0 && number <= 65535;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
