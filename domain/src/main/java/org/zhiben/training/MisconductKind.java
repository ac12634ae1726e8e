package org.zhiben.training;

/** What a principal is suspected of (task 5: "严肃查处企业主要负责人代培代考或缺考行为"). */
public enum MisconductKind {
    /** 代培: someone else attended the training. */
    PROXY_TRAINING("代培", "Proxy training"),
    /** 代考: someone else sat the exam. */
    PROXY_EXAM("代考", "Proxy exam"),
    /** 缺考: did not sit the exam. */
    NO_SHOW("缺考", "No-show");

    private final String label;
    private final String labelEn;

    MisconductKind(String label, String labelEn) {
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
