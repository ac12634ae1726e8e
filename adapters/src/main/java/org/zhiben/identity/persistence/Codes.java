package org.zhiben.identity.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lists of codes stored as one comma-separated column (codes never contain a comma). */
final class Codes {

    private Codes() {
    }

    static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
    }

    static <T> Set<T> split(String column, Function<String, T> parse) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(String::strip).map(parse).collect(Collectors.toSet());
    }
}
