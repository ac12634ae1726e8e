package org.zhiben.enforcement;

/** The class of a production-safety accident (生产安全事故等级), which decides the reward per concealed death. */
public enum AccidentClass {
    /** 一般事故. */
    GENERAL("一般事故"),
    /** 较大事故. */
    LARGER("较大事故"),
    /** 重大事故. */
    MAJOR("重大事故"),
    /** 特别重大事故. */
    ESPECIALLY_MAJOR("特别重大事故");

    private final String label;

    AccidentClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
