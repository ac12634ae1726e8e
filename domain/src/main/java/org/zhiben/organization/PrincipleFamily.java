package org.zhiben.organization;

/**
 * The families of responsibility principles of the plan, section 四(二): "州安委会相关成员单位按照“管行业必须管安全、
 * 管业务必须管安全、管生产经营必须管安全”“谁主管谁负责、谁审批谁负责、谁举办谁负责”“谁主管谁牵头、谁为主谁牵头、
 * 谁靠近谁牵头”的原则……".
 */
public enum PrincipleFamily {
    /** 三管三必须: the "three musts". */
    THREE_MUSTS("三管三必须", "The three musts"),
    /** 谁主管谁负责、谁审批谁负责、谁举办谁负责. */
    ACCOUNTABILITY("谁…谁负责", "Accountability"),
    /** 谁主管谁牵头、谁为主谁牵头、谁靠近谁牵头. */
    LEADERSHIP("谁…谁牵头", "Leadership"),
    /** The plan's other rules of the division of duties: territorial management, supervision duty, "one matter". */
    SUPPLEMENTARY("属地管理、监管职责与“一件事”", "Territory, supervision duty and \"one matter\"");

    private final String labelZh;
    private final String labelEn;

    PrincipleFamily(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
