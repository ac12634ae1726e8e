package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A test clock set to a day and moved on by the test. */
final class MovingClock extends Clock {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Instant now;

    MovingClock(LocalDate day) {
        setDay(day);
    }

    void setDay(LocalDate day) {
        now = day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
    }

    void advanceDays(long days) {
        now = now.plus(Duration.ofDays(days));
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, ZONE);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
