package org.zhiben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

/** What a failed commit or rollback means for the caller. */
class PersistenceFailuresTest {

    /**
     * A request whose pooled connection breaks as the database dies: the rollback then fails on the connection the
     * pool has closed (an SQLException without SQLState) and hides the connection failure. The database is
     * unavailable: 503, not a defect.
     */
    @Test
    void a_rollback_on_a_connection_the_pool_closed_as_broken_means_the_database_is_unavailable() {
        JpaSystemException failedRollback = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(PersistenceFailures.classify(failedRollback)).isEqualTo(ApiProblemCode.UNAVAILABLE);
        assertThat(PersistenceFailures.classify(new JpaSystemException(new TransactionException(
                "Unable to commit against JDBC Connection", new SQLException("broken", "08006")))))
                .isEqualTo(ApiProblemCode.UNAVAILABLE);
    }

    @Test
    void a_commit_refused_for_a_conflict_or_failing_for_another_reason_is_not_taken_for_an_outage() {
        assertThat(PersistenceFailures.classify(new JpaSystemException(new TransactionException(
                "Unable to commit against JDBC Connection", new SQLException("could not serialize", "40001")))))
                .isEqualTo(ApiProblemCode.CONCURRENCY_CONFLICT);
        assertThat(PersistenceFailures.classify(new JpaSystemException(new TransactionException(
                "Unable to commit against JDBC Connection", new SQLException("internal error", "XX000")))))
                .isNull();
        assertThat(PersistenceFailures.classify(new JpaSystemException(new TransactionException(
                "Transaction already active")))).isNull();
    }
}
