package org.zhiben.hazards.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.HazardNumber;
import org.zhiben.hazards.storage.HazardNumbering;
import org.zhiben.shared.JurisdictionCode;

/**
 * Hazard numbers from {@code hazards.hazard_number_sequence}, one row per jurisdiction and year: a single
 * {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} takes the next value under the row's lock, so concurrent
 * registrations queue on the row and never share a number, and a rolled-back registration gives its number back.
 */
@Component
class HazardNumberingAdapter implements HazardNumbering {

    private final JdbcTemplate jdbc;

    HazardNumberingAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public HazardNumber next(JurisdictionCode jurisdiction, int year) {
        Long next = jdbc.queryForObject("""
                insert into hazards.hazard_number_sequence (jurisdiction, year, last_value) values (?, ?, 1)
                on conflict (jurisdiction, year)
                do update set last_value = hazards.hazard_number_sequence.last_value + 1
                returning last_value""", Long.class, jurisdiction.value(), year);
        return HazardNumber.of(jurisdiction, year, next);
    }
}
