package org.zhiben.enforcement;

/** The steps of a listing on the serious-dishonesty list. */
public enum DishonestyStatus {
    /** 告知: the party was notified and may object. */
    NOTIFIED("已告知"),
    /** 列入决定. */
    DECIDED("已决定列入"),
    /** 公开. */
    PUBLISHED("已公开"),
    /** 提前移出. */
    REMOVED_EARLY("已提前移出");

    private final String label;

    DishonestyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
