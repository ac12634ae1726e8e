package org.zhiben;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.zhiben.platform.config.InvalidSettingReporter;

/**
 * Zhiben (治本): runs a work-safety root-cause campaign. One deployable application, cut into business modules
 * (the direct sub-packages of {@code org.zhiben}), each a small hexagon spread over the domain, application and
 * adapters jars.
 */
@SpringBootApplication
@EnableScheduling
public class ZhibenApplication {

    /**
     * Starts the application. A setting it cannot start with ends the process with exit code 2 after one line on the
     * standard error ({@link InvalidSettingReporter}), before anything is started.
     */
    public static void main(String[] args) {
        try {
            SpringApplication.run(ZhibenApplication.class, args);
        } catch (RuntimeException failure) {
            if (InvalidSettingReporter.find(failure).isPresent()) {
                System.exit(2);
            }
            throw failure;
        }
    }
}
