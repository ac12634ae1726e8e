package org.zhiben.enforcement;

/** How a tip-off came in. */
public enum TipOffChannel {
    /** 举报电话. */
    HOTLINE("举报电话"),
    /** 网络. */
    WEB("网络"),
    /** 信件. */
    LETTER("信件"),
    /** 来访. */
    WALK_IN("来访");

    private final String label;

    TipOffChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
