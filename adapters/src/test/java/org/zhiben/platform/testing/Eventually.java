package org.zhiben.platform.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for what the event listeners do after a commit, on their own threads: reads a value again and again (every
 * 50 ms) until it satisfies the condition or the time is up, and returns the last value read, for the test to assert.
 */
public final class Eventually {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private Eventually() {
    }

    public static <T> T await(Supplier<T> read, Predicate<? super T> until) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T value = read.get();
        while (!until.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = read.get();
        }
        return value;
    }
}
