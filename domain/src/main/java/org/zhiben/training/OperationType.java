package org.zhiben.training;

/**
 * The categories of special operations (特种作业) whose workers hold a special-operation certificate (特种作业操作证),
 * as the catalogue of the 特种作业人员安全技术培训考核管理规定 (原国家安全监管总局令第30号, 附件) lists them.
 */
public enum OperationType {
    /** 电工作业. */
    ELECTRICAL("电工作业", "Electrical work"),
    /** 焊接与热切割作业. */
    WELDING("焊接与热切割作业", "Welding and thermal cutting"),
    /** 高处作业. */
    WORK_AT_HEIGHT("高处作业", "Work at height"),
    /** 制冷与空调作业. */
    REFRIGERATION("制冷与空调作业", "Refrigeration and air conditioning"),
    /** 煤矿安全作业. */
    COAL_MINE("煤矿安全作业", "Coal-mine safety work"),
    /** 金属非金属矿山安全作业. */
    METAL_MINE("金属非金属矿山安全作业", "Metal and non-metal mine safety work"),
    /** 石油天然气安全作业. */
    OIL_GAS("石油天然气安全作业", "Oil and gas safety work"),
    /** 冶金（有色）生产安全作业. */
    METALLURGY("冶金（有色）生产安全作业", "Metallurgical production safety work"),
    /** 危险化学品安全作业. */
    HAZARDOUS_CHEMICALS("危险化学品安全作业", "Hazardous-chemical safety work"),
    /** 烟花爆竹安全作业. */
    FIREWORKS("烟花爆竹安全作业", "Fireworks safety work");

    private final String label;
    private final String labelEn;

    OperationType(String label, String labelEn) {
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
