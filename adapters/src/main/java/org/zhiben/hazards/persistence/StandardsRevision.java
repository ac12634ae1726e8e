package org.zhiben.hazards.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The revision of the determination standards ({@code hazards.standards_revision}): a number that changes with every
 * statement that changes a standard, its sectors, its clauses or the clause groups' industries, whoever runs it — the
 * application, another instance of it on the same database, an edit by hand in SQL. What is read from those tables
 * may be kept while this number stays the same. Its values come from a sequence and are never handed out twice, so a
 * value seen inside a transaction that rolls back is never the value of committed data.
 */
@Component
class StandardsRevision {

    private final JdbcClient jdbc;

    StandardsRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The revision as the caller's transaction sees it. */
    long current() {
        return jdbc.sql("select value from hazards.standards_revision").query(Long.class).single();
    }
}
