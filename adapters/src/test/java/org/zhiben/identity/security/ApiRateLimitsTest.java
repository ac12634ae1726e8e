package org.zhiben.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiRateLimitsTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final ApiRateLimits limits = new ApiRateLimits(60, Map.of("busy-bureau", 120, "slow-bureau", 2), now::get);

    @Test
    void a_client_may_make_its_limit_at_once_and_then_one_call_each_time_a_token_is_back() {
        for (int i = 0; i < 60; i++) {
            assertThat(limits.take("psb")).as("call %d", i).isEmpty();
        }
        assertThat(limits.take("psb")).contains(Duration.ofSeconds(1));

        now.addAndGet(Duration.ofMillis(400).toNanos());
        assertThat(limits.take("psb")).contains(Duration.ofMillis(600));
        now.addAndGet(Duration.ofMillis(600).toNanos());
        assertThat(limits.take("psb")).isEmpty();
        assertThat(limits.take("psb")).isPresent();
    }

    @Test
    void a_client_with_its_own_limit_is_held_to_it_and_clients_do_not_share_a_bucket() {
        assertThat(limits.limitOf("busy-bureau")).isEqualTo(120);
        assertThat(limits.limitOf("anyone")).isEqualTo(60);
        for (int i = 0; i < 120; i++) {
            assertThat(limits.take("busy-bureau")).isEmpty();
        }
        assertThat(limits.take("busy-bureau")).contains(Duration.ofMillis(500));

        assertThat(limits.take("slow-bureau")).isEmpty();
        assertThat(limits.take("slow-bureau")).isEmpty();
        assertThat(limits.take("slow-bureau")).contains(Duration.ofSeconds(30));
        assertThat(limits.take("psb")).isEmpty();
    }

    @Test
    void an_idle_client_gets_back_no_more_than_its_limit() {
        assertThat(limits.take("slow-bureau")).isEmpty();
        now.addAndGet(Duration.ofHours(1).toNanos());

        assertThat(limits.take("slow-bureau")).isEmpty();
        assertThat(limits.take("slow-bureau")).isEmpty();
        assertThat(limits.take("slow-bureau")).isPresent();
    }

    @Test
    void a_limit_below_one_call_per_minute_is_refused_at_start() {
        assertThatThrownBy(() -> new ApiRateLimits(0, Map.of(), now::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiRateLimits(10, Map.of("x", 0), now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
