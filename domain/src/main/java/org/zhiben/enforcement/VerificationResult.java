package org.zhiben.enforcement;

/** What on-site verification (现场核查) found of a tip-off. */
public enum VerificationResult {
    /** 属实. */
    TRUE("属实"),
    /** 部分属实. */
    PARTLY_TRUE("部分属实"),
    /** 不属实. */
    FALSE("不属实");

    private final String label;

    VerificationResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the tip-off is valid: true or partly true. */
    public boolean valid() {
        return this != FALSE;
    }
}
