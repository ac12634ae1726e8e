package org.zhiben.platform.web;

import java.sql.SQLException;
import org.hibernate.StaleStateException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/** What a failure of the database means for the caller, read from the exception and its causes (SQLState). */
final class PersistenceFailures {

    private PersistenceFailures() {
    }

    /** The problem to answer, or {@code null} when the failure is not the request's doing (a 500). */
    static ApiProblemCode classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
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
}
