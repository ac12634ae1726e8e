package org.zhiben.reporting;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;

/**
 * Which lines of the policy statistics table to compile: those of some units (all units when {@code units} is
 * {@code null}), of one kind (any when {@code null}), issued within a period (open ends when {@code null}), one page
 * of them (from 0, 1 to {@value #MAX_SIZE} lines).
 */
public record PolicyFilter(Set<UnitCode> units, PolicyKind kind, LocalDate issuedFrom, LocalDate issuedTo, int page,
        int size) {

    public static final int MAX_SIZE = 200;

    public PolicyFilter {
        units = units == null ? null : Set.copyOf(units);
        if (page < 0) {
            throw new InvalidValueException("page", "reporting.policy.page-invalid",
                    "the page number must not be negative", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "reporting.policy.size-invalid",
                    "the page size must be between 1 and " + MAX_SIZE, size, MAX_SIZE);
        }
        if (issuedFrom != null && issuedTo != null && issuedTo.isBefore(issuedFrom)) {
            throw new InvalidValueException("issuedTo", "reporting.policy.period.reversed",
                    "the period ends before it begins", issuedFrom, issuedTo);
        }
    }

    /** The same filter restricted to the given units (those the caller may see). */
    public PolicyFilter within(Set<UnitCode> visible) {
        Set<UnitCode> kept = units == null ? visible
                : units.stream().filter(visible::contains).collect(Collectors.toSet());
        return new PolicyFilter(kept, kind, issuedFrom, issuedTo, page, size);
    }
}
