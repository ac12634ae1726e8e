package org.zhiben.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/** What a failure of the database means for the caller, read from the exception and its causes (SQLState). */
public final class PersistenceFailures {

    private PersistenceFailures() {
    }

    /**
     * The problem to answer, or {@code null} when the failure is not the request's doing (a 500). An unreachable
     * database is {@link ApiProblemCode#UNAVAILABLE} (503).
     */
    public static ApiProblemCode classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (unreachable(cause)) {
                return ApiProblemCode.UNAVAILABLE;
            }
            if (cause instanceof OptimisticLockingFailureException
                    || cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof StaleStateException
                    || cause instanceof PessimisticLockingFailureException
                    || cause instanceof jakarta.persistence.PessimisticLockException) {
                return ApiProblemCode.CONCURRENCY_CONFLICT;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505")) {
                    return ApiProblemCode.DUPLICATE;
                }
                if (state.equals("23503") || state.equals("40001") || state.equals("40P01")
                        || state.equals("55P03")) {
                    return ApiProblemCode.CONCURRENCY_CONFLICT;
                }
                if (state.startsWith("22")) {
                    return ApiProblemCode.VALIDATION;
                }
            }
        }
        return null;
    }

    /**
     * The database cannot be reached or is going down: no connection within the pool's time-out, a refused or broken
     * connection (SQLState class 08), or a server shutting down or starting (57P01, 57P02, 57P03). Not the caller's
     * doing and not a defect: a 503 the caller may retry. Also a commit or rollback that failed without an SQLState:
     * the pool answers so on a connection it has already closed as broken, and the failure that broke it (the
     * request's own, class 08) is then hidden behind the failed rollback.
     */
    private static boolean unreachable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof JDBCConnectionException || cause instanceof CannotGetJdbcConnectionException) {
            return true;
        }
        if (cause instanceof TransactionException && cause.getCause() instanceof SQLException sql
                && (sql.getSQLState() == null || sql.getSQLState().startsWith("08"))) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return false;
    }
}
