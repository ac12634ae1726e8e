package org.zhiben.hazards.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.hazards.HazardNumber;
import org.zhiben.hazards.storage.HazardNumbering;
import org.zhiben.platform.testing.CountedStatements;
import org.zhiben.shared.JurisdictionCode;

/**
 * Hazard numbers (隐患编号) are taken outside the registration's transaction (ADR 13): a registration that has taken
 * its number and not yet committed does not hold up the next one of the same county and year, numbers are never handed
 * out twice, and the price is a gap where a registration failed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountedStatements.Configuration.class)
class HazardNumberingAdapterTest {

    private static final JurisdictionCode AKTO = JurisdictionCode.of("653022");

    @Autowired
    HazardNumbering numbering;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    /** A year of its own for each test, so that the tests' sequences start at 1 whatever ran before. */
    private static int freshYear() {
        return ThreadLocalRandom.current().nextInt(3000, 9999);
    }

    private long sequence(HazardNumber number) {
        return Long.parseLong(number.value().substring(number.value().lastIndexOf('-') + 1));
    }

    @Test
    void a_registration_that_has_not_committed_does_not_hold_up_the_next_number_of_its_county() throws Exception {
        int year = freshYear();
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<HazardNumber> first = CompletableFuture.supplyAsync(() ->
                new TransactionTemplate(transactions).execute(status -> {
                    jdbc.queryForObject("select 1", Integer.class);
                    HazardNumber number = numbering.next(AKTO, year);
                    taken.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return number;
                }));
        try {
            assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
            HazardNumber second = CompletableFuture.supplyAsync(() -> numbering.next(AKTO, year))
                    .get(3, TimeUnit.SECONDS);
            assertThat(first).isNotDone();
            release.countDown();
            assertThat(sequence(first.get(10, TimeUnit.SECONDS))).isEqualTo(1);
            assertThat(second.value()).isEqualTo("653022-" + year + "-00002");
        } finally {
            release.countDown();
        }
    }

    @Test
    void a_number_taken_by_a_registration_that_is_rolled_back_is_not_handed_out_again() {
        int year = freshYear();
        HazardNumber rolledBack = new TransactionTemplate(transactions).execute(status -> {
            HazardNumber number = numbering.next(AKTO, year);
            status.setRollbackOnly();
            return number;
        });

        HazardNumber next = numbering.next(AKTO, year);

        assertThat(sequence(rolledBack)).isEqualTo(1);
        assertThat(sequence(next)).as("the rolled-back registration's number stays a gap").isEqualTo(2);
    }

    @Test
    void registrations_at_the_same_time_never_get_the_same_number() throws Exception {
        int year = freshYear();
        int clients = 8;
        int each = 25;
        Set<String> numbers = new ConcurrentSkipListSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    start.await();
                    int duplicates = 0;
                    for (int i = 0; i < each; i++) {
                        HazardNumber number = new TransactionTemplate(transactions)
                                .execute(status -> numbering.next(AKTO, year));
                        if (!numbers.add(number.value())) {
                            duplicates++;
                        }
                    }
                    return duplicates;
                }));
            }
            start.countDown();
            for (Future<Integer> client : done) {
                assertThat(client.get(60, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        TreeSet<Long> sequences = new TreeSet<>();
        numbers.forEach(n -> sequences.add(sequence(new HazardNumber(n))));
        assertThat(sequences).hasSize(clients * each);
        assertThat(sequences.first()).isEqualTo(1);
        assertThat(sequences.last()).as("no registration failed, so no gap").isEqualTo(clients * each);
    }
}
