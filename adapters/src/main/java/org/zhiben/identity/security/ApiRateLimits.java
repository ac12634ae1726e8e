package org.zhiben.identity.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How many API calls each client may make: a token bucket per client id, in this process's memory. A client may make
 * {@code requestsPerMinute} calls at once, and the bucket refills evenly at that rate (one call every
 * {@code 60 s / requestsPerMinute}). The limit is {@code zhiben.security.rate-limit.requests-per-minute} for every
 * client, or the client's own under {@code zhiben.security.rate-limit.clients.<client id>}.
 *
 * <p>Buckets are kept only for clients that called with a valid token (a registered, enabled client, or one of the
 * trusted external issuer); beyond {@value #MAXIMUM_BUCKETS} buckets the full ones — clients idle long enough to have
 * their whole allowance back — are dropped, which changes nothing for them. Each application node counts on its own.
 */
class ApiRateLimits {

    static final int MAXIMUM_BUCKETS = 10_000;

    private final int defaultPerMinute;
    private final Map<String, Integer> perClient;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimits(int defaultPerMinute, Map<String, Integer> perClient, LongSupplier nanoTime) {
        if (defaultPerMinute < 1 || perClient.values().stream().anyMatch(limit -> limit == null || limit < 1)) {
            throw new IllegalArgumentException("zhiben.security.rate-limit: every limit must be at least 1 per minute");
        }
        this.defaultPerMinute = defaultPerMinute;
        this.perClient = Map.copyOf(perClient);
        this.nanoTime = nanoTime;
    }

    /** The limit of this client, in calls per minute. */
    int limitOf(String clientId) {
        return perClient.getOrDefault(clientId, defaultPerMinute);
    }

    /** Takes one call from the client's allowance: empty when it may call now, else how long until it may. */
    java.util.Optional<Duration> take(String clientId) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= MAXIMUM_BUCKETS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        long wait = buckets.computeIfAbsent(clientId, id -> new Bucket(limitOf(id), now)).take(now);
        return wait == 0 ? java.util.Optional.empty() : java.util.Optional.of(Duration.ofNanos(wait));
    }

    /** A token bucket: {@code capacity} tokens, refilled at {@code capacity} per minute. */
    static final class Bucket {

        private static final long MINUTE = Duration.ofMinutes(1).toNanos();

        private final int capacity;
        private final double nanosPerToken;
        private double tokens;
        private long updatedAt;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.nanosPerToken = (double) MINUTE / capacity;
            this.tokens = capacity;
            this.updatedAt = now;
        }

        /** 0 when a token was taken, else the nanoseconds until one is there. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) * nanosPerToken));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > updatedAt) {
                tokens = Math.min(capacity, tokens + (now - updatedAt) / nanosPerToken);
                updatedAt = now;
            }
        }
    }
}
