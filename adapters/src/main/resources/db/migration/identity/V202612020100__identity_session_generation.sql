-- Account changes reach open sessions: a sign-in remembers the account's session generation, every request made on a
-- session compares it with this column, and disabling the account, resetting its password or changing its roles or
-- affiliation raises it, which ends every session the account had. Not mapped by the JPA entity; only
-- identity.persistence.SessionGenerations reads and writes it.
ALTER TABLE identity.user_account ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0;
