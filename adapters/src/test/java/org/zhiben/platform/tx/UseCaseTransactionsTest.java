package org.zhiben.platform.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhiben.shared.RuleViolationException;

/**
 * A decorated use case runs each public method in one transaction: what it wrote before a refusal is rolled back,
 * what it wrote on success is committed, and without the decorator there is no transaction at all.
 */
@SpringBootTest
// MockMvc, unused here, makes this the configuration of the MockMvc tests: one cached context serves all
@AutoConfigureMockMvc
class UseCaseTransactionsTest {

    @Autowired
    UseCaseTransactions transactional;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_decorated_use_case_runs_in_a_transaction_and_an_undecorated_one_does_not() {
        SampleUseCase plain = new SampleUseCase(jdbc);

        assertThat(transactional.wrap(plain).inTransaction()).isTrue();
        assertThat(plain.inTransaction()).isFalse();
    }

    @Test
    void a_refusal_rolls_back_everything_the_use_case_wrote() {
        SampleUseCase useCase = transactional.wrap(new SampleUseCase(jdbc));
        String marker = "tx-" + UUID.randomUUID();

        assertThatThrownBy(() -> useCase.writeThenRefuse(marker)).isInstanceOf(RuleViolationException.class);
        assertThat(count(marker)).isZero();

        useCase.write(marker);
        assertThat(count(marker)).isOne();
    }

    private int count(String marker) {
        return jdbc.queryForObject("select count(*) from use_case_transactions_sample where marker = ?",
                Integer.class, marker);
    }

    /** A use case as the application jar writes them: a plain class. */
    static class SampleUseCase {

        private final JdbcTemplate jdbc;

        SampleUseCase(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            jdbc.execute("create table if not exists public.use_case_transactions_sample (marker text)");
        }

        public boolean inTransaction() {
            return TransactionSynchronizationManager.isActualTransactionActive();
        }

        public void write(String marker) {
            jdbc.update("insert into public.use_case_transactions_sample (marker) values (?)", marker);
        }

        public void writeThenRefuse(String marker) {
            write(marker);
            throw new RuleViolationException("sample.refused", "refused after writing");
        }
    }
}
