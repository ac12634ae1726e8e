package org.zhiben.platform.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.zhiben.platform.config.PlatformConfiguration;

/**
 * The clock of every Spring test: the system time unless a test sets it. A test that sets it must {@link #reset()}
 * it when done (the context, and so this clock, is shared by all test classes).
 */
@Component
@Primary
public class MutableClock extends Clock {

    private final ZoneId zone = PlatformConfiguration.DEFAULT_ZONE;
    private volatile Instant fixed;

    /** Stops the clock at this local date-time of the campaign's zone. */
    public void setTo(LocalDateTime localDateTime) {
        fixed = localDateTime.atZone(zone).toInstant();
    }

    /** Back to the system time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return otherZone.equals(zone) ? this : Clock.fixed(instant(), otherZone);
    }

    @Override
    public Instant instant() {
        Instant stopped = fixed;
        return stopped == null ? Instant.now() : stopped;
    }
}
