package org.zhiben.platform.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Typed, path-aware access to a parsed YAML mapping: a missing or mistyped value fails with the path of the value in
 * the file, so a broken plan file is reported precisely at start-up.
 */
public final class YamlNode {

    private final String path;
    private final Map<?, ?> values;

    YamlNode(String path, Map<?, ?> values) {
        this.path = path;
        this.values = values;
    }

    public String path() {
        return path;
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    public String string(String key) {
        Object value = values.get(key);
        return value == null ? null : String.valueOf(value);
    }

    public String requiredString(String key) {
        String value = string(key);
        if (value == null || value.isBlank()) {
            throw error(key, "is required");
        }
        return value;
    }

    public int requiredInt(String key) {
        Object value = values.get(key);
        if (value instanceof Number number) {
            return number.intValue();
        }
        throw error(key, "must be a whole number");
    }

    public boolean bool(String key, boolean defaultValue) {
        Object value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw error(key, "must be true or false");
    }

    public LocalDate date(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (RuntimeException e) {
            throw error(key, "must be a date (yyyy-MM-dd)");
        }
    }

    public LocalDate requiredDate(String key) {
        LocalDate date = date(key);
        if (date == null) {
            throw error(key, "is required");
        }
        return date;
    }

    public List<String> strings(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw error(key, "must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    public List<YamlNode> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw error(key, "must be a list");
        }
        List<YamlNode> nodes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw error(key + "[" + i + "]", "must be a mapping");
            }
            nodes.add(new YamlNode(path + "." + key + "[" + i + "]", map));
        }
        return nodes;
    }

    public YamlNode node(String key) {
        Object value = values.get(key);
        if (!(value instanceof Map<?, ?> map)) {
            throw error(key, "must be a mapping");
        }
        return new YamlNode(path + "." + key, map);
    }

    private IllegalStateException error(String key, String problem) {
        return new IllegalStateException(path + "." + key + " " + problem);
    }
}
