package org.zhiben.enforcement;

/** The kinds of administrative measure a penalty case may decide (task 27). */
public enum MeasureKind {
    /** 警告. */
    WARNING("警告"),
    /** 罚款, an amount in fen. */
    FINE("罚款"),
    /** 停产停业整顿. */
    SUSPENSION("停产整顿"),
    /** 关闭取缔. */
    CLOSURE("关闭取缔"),
    /** 行业禁入. */
    INDUSTRY_BAN("行业禁入"),
    /** 吊销有关证照. */
    REVOCATION("吊销");

    private final String label;

    MeasureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
