package org.zhiben.enforcement;

/** How an inspector marks a checklist item. */
public enum ChecklistMark {
    /** Not yet marked. */
    UNMARKED("未检查"),
    /** 符合. */
    FINE("符合"),
    /** 不适用. */
    NOT_APPLICABLE("不适用"),
    /** 发现问题: a finding, which cites a clause of the determination standard. */
    FINDING("发现问题");

    private final String label;

    ChecklistMark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
