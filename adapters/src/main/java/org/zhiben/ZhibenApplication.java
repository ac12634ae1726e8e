package org.zhiben;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Zhiben (治本): runs a work-safety root-cause campaign. One deployable application, cut into business modules
 * (the direct sub-packages of {@code org.zhiben}), each a small hexagon spread over the domain, application and
 * adapters jars.
 */
@SpringBootApplication
@EnableScheduling
public class ZhibenApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhibenApplication.class, args);
    }
}
