package org.zhiben.reporting;

/**
 * The kind of a policy or rule a unit issues, as the policy statistics table (附表2 自治州安全生产治本攻坚出台政策统计表)
 * lists it: "各级、各部门出台的相关安全生产制度类文件".
 */
public enum PolicyKind {
    /** 法规: a regulation (a local regulation or government rule). */
    REGULATION("法规"),
    /** 规范性文件: a normative document. */
    NORMATIVE_DOCUMENT("规范性文件"),
    /** 标准: a standard. */
    STANDARD("标准"),
    /** 工作制度: a work rule. */
    WORK_RULE("工作制度");

    private final String label;

    PolicyKind(String label) {
        this.label = label;
    }

    /** The Chinese name, as the table reads. */
    public String label() {
        return label;
    }
}
