package org.zhiben.training;

/**
 * The standardisation grade of a mine rescue team (矿山救护队标准化等级), which the region assesses ("配合自治区开展
 * 矿山救护队标准化定级工作"); a team not yet assessed is 未定级.
 */
public enum MineRescueGrade {

    LEVEL_1("一级", "Level 1"),
    LEVEL_2("二级", "Level 2"),
    LEVEL_3("三级", "Level 3"),
    NOT_GRADED("未定级", "Not yet graded");

    private final String label;
    private final String labelEn;

    MineRescueGrade(String label, String labelEn) {
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
