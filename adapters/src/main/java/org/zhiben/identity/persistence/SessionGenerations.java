package org.zhiben.identity.persistence;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The session generation of each account ({@code identity.user_account.session_generation}): a session belongs to the
 * generation its sign-in read, and is valid only while the account is enabled and still at that generation. Raising
 * it ends every session of the account at once.
 *
 * <p>Plain SQL on purpose: raising joins the caller's transaction (the administrator's change commits with it or not at
 * all) without touching the account's version, and the check made on every request is one primary-key read.
 */
@Component
public class SessionGenerations {

    /** What a request on a session needs to know about its account. */
    public record State(boolean enabled, long generation) {
    }

    private final JdbcTemplate jdbc;

    SessionGenerations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's current state, empty when there is no such account. */
    public Optional<State> of(UUID userId) {
        List<State> found = jdbc.query(
                "SELECT enabled, session_generation FROM identity.user_account WHERE id = ?",
                (rs, row) -> new State(rs.getBoolean(1), rs.getLong(2)), userId);
        return found.stream().findFirst();
    }

    /** The generation a sign-in of this username starts its session with; empty for an unknown username. */
    public OptionalLong ofUsername(String username) {
        List<Long> found = jdbc.query("SELECT session_generation FROM identity.user_account WHERE username = ?",
                (rs, row) -> rs.getLong(1), username);
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.get(0));
    }

    /** Ends every session of the account: their generation is no longer the account's. */
    public void advance(UUID userId) {
        jdbc.update("UPDATE identity.user_account SET session_generation = session_generation + 1 WHERE id = ?",
                userId);
    }
}
