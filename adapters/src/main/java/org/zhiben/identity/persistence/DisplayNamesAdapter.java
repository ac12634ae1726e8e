package org.zhiben.identity.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.identity.DisplayNames;

/**
 * Display names from {@code identity.user_account}, remembered for a minute per account name: a page listing fifty
 * audit entries of three people asks the database three times, and a changed name shows within a minute.
 */
@Component
class DisplayNamesAdapter implements DisplayNames {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final int MOST_REMEMBERED = 10_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    DisplayNamesAdapter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<String> of(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Remembered known = remembered.get(username);
        if (known != null && known.until().isAfter(now)) {
            return known.name();
        }
        List<String> found = jdbc.queryForList(
                "SELECT display_name FROM identity.user_account WHERE username = ?", String.class, username);
        Optional<String> name = found.stream().findFirst();
        if (remembered.size() >= MOST_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(username, new Remembered(name, now.plus(REMEMBERED)));
        return name;
    }

    private record Remembered(Optional<String> name, Instant until) {
    }
}
