package org.zhiben.enterprises;

import java.util.Locale;
import org.zhiben.shared.InvalidValueException;

/** Operating status of an enterprise as the supervisors know it. */
public enum EnterpriseStatus {
    /** In production or business (正常生产经营). */
    OPERATING("生产经营"),
    /** Ordered to stop and rectify (停产整顿). */
    SUSPENDED("停产整顿"),
    /** Closed down (关闭取缔). */
    CLOSED("关闭取缔");

    private final String chineseName;

    EnterpriseStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * Reads a status as written in an import sheet: its name in any case or its Chinese name ({@code 停产整顿});
     * an empty value means {@link #OPERATING}.
     */
    public static EnterpriseStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return OPERATING;
        }
        String value = text.strip();
        for (EnterpriseStatus status : values()) {
            if (status.name().equals(value.toUpperCase(Locale.ROOT)) || status.chineseName.equals(value)) {
                return status;
            }
        }
        throw new InvalidValueException("status", "enterprise.status.unknown",
                "unknown enterprise status: " + value, value);
    }
}
