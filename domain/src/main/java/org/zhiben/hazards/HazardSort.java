package org.zhiben.hazards;

import java.util.Comparator;
import java.util.Locale;
import org.zhiben.shared.InvalidValueException;

/**
 * The order of a search of the hazard register: by discovery date (newest first, the default), by number, by current
 * deadline (hazards without a deadline last) or by status, ascending or descending. Written {@code number},
 * {@code -number} (descending), {@code deadline}, {@code -deadline}, {@code status}, {@code -status},
 * {@code discovered}.
 */
public record HazardSort(Key key, boolean descending) {

    /** What the register is ordered by. */
    public enum Key { DISCOVERED, NUMBER, DEADLINE, STATUS }

    /** Newest discovery first. */
    public static final HazardSort DEFAULT = new HazardSort(Key.DISCOVERED, true);

    public HazardSort {
        if (key == null) {
            key = Key.DISCOVERED;
            descending = true;
        }
    }

    /** Reads {@code number}, {@code -deadline}, ...; blank or null is the default. */
    public static HazardSort parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String value = text.strip();
        boolean descending = value.startsWith("-");
        String name = descending ? value.substring(1) : value;
        try {
            Key key = Key.valueOf(name.toUpperCase(Locale.ROOT));
            return key == Key.DISCOVERED ? DEFAULT : new HazardSort(key, descending);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("sort", "hazard.search.sort-invalid",
                    "sort by number, deadline, status or discovered, with - for descending", text);
        }
    }

    /** As {@link #parse} reads it. */
    public String text() {
        return key == Key.DISCOVERED ? "discovered" : (descending ? "-" : "") + key.name().toLowerCase(Locale.ROOT);
    }

    /** The same key in the other direction: what a second click on a column header asks for. */
    public HazardSort reversed() {
        return new HazardSort(key, !descending);
    }

    /** The order as a comparator of hazards, for any implementation of the register; ties by id. */
    public Comparator<MajorHazard> comparator() {
        Comparator<MajorHazard> by = switch (key) {
            case DISCOVERED -> Comparator.comparing(MajorHazard::discoveredOn);
            case NUMBER -> Comparator.comparing(MajorHazard::number,
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case DEADLINE -> Comparator.comparing(h -> h.currentDeadline().orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case STATUS -> Comparator.comparing(MajorHazard::status);
        };
        return (descending ? by.reversed() : by).thenComparing(h -> h.id().value());
    }
}
