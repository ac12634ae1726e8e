package org.zhiben.training;

/** How a special-operation certificate stands on a day, given the lead time of the expiry alert. */
public enum CertificateState {
    /** 有效. */
    VALID("有效", "Valid"),
    /** 即将到期: valid, but expiring within the lead time. */
    EXPIRING("即将到期", "Expiring"),
    /** 已过期. */
    EXPIRED("已过期", "Expired");

    private final String label;
    private final String labelEn;

    CertificateState(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }
}
