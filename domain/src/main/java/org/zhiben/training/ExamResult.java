package org.zhiben.training;

/** The result of the exam that ends a training. */
public enum ExamResult {
    /** 考试合格. */
    PASSED("合格", "Passed"),
    /** 考试不合格. */
    FAILED("不合格", "Failed"),
    /** 缺考 (task 5: "严肃查处企业主要负责人代培代考或缺考行为"). */
    ABSENT("缺考", "Absent"),
    /** 未组织考试. */
    NOT_EXAMINED("未考试", "Not examined");

    private final String label;
    private final String labelEn;

    ExamResult(String label, String labelEn) {
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
