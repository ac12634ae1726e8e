package org.zhiben.organization;

/**
 * A principle that makes a unit responsible for a matter, or makes it the lead unit (牵头单位).
 */
public enum Principle {
    /** 管行业必须管安全: the industry's competent department is responsible. */
    MANAGES_INDUSTRY(PrincipleFamily.THREE_MUSTS, "管行业必须管安全",
            "Whoever manages an industry must manage its safety"),
    /** 管业务必须管安全: a unit whose business the matter is, is responsible. */
    MANAGES_BUSINESS(PrincipleFamily.THREE_MUSTS, "管业务必须管安全",
            "Whoever manages a business must manage its safety"),
    /** 管生产经营必须管安全: the unit managing the production and operation (e.g. SASAC for a state-owned enterprise). */
    MANAGES_PRODUCTION_OPERATION(PrincipleFamily.THREE_MUSTS, "管生产经营必须管安全",
            "Whoever manages production and operation must manage its safety"),
    /** 谁主管谁负责. */
    COMPETENT_RESPONSIBLE(PrincipleFamily.ACCOUNTABILITY, "谁主管谁负责",
            "Whoever is the competent authority is responsible"),
    /** 谁审批谁负责. */
    APPROVER_RESPONSIBLE(PrincipleFamily.ACCOUNTABILITY, "谁审批谁负责", "Whoever approved it is responsible"),
    /** 谁举办谁负责. */
    ORGANISER_RESPONSIBLE(PrincipleFamily.ACCOUNTABILITY, "谁举办谁负责",
            "Whoever organised or hosts it is responsible"),
    /** 谁主管谁牵头: tried first. */
    COMPETENT_LEADS(PrincipleFamily.LEADERSHIP, "谁主管谁牵头", "Whoever is the competent authority leads"),
    /** 谁为主谁牵头: tried when there is no competent department. */
    MAIN_ROLE_LEADS(PrincipleFamily.LEADERSHIP, "谁为主谁牵头", "Whoever plays the main role leads"),
    /** 谁靠近谁牵头: the fallback, in particular for new business forms with no clear regulator. */
    CLOSEST_LEADS(PrincipleFamily.LEADERSHIP, "谁靠近谁牵头", "Whoever is closest leads"),
    /**
     * 属地管理: the government of the jurisdiction (or the port administration) is territorially responsible —
     * "各县(市)人民政府、口岸管委会……负责制定并实施辖区安全生产治本攻坚三年行动方案".
     */
    TERRITORIAL(PrincipleFamily.SUPPLEMENTARY, "属地管理", "Territorial management"),
    /** 负有安全生产监督管理职责: the industry's supervising department is responsible. */
    SUPERVISION_DUTY(PrincipleFamily.SUPPLEMENTARY, "负有安全生产监督管理职责", "Work-safety supervision duty"),
    /**
     * 一件事: "“一件事”由牵头部门组织推动、各相关部门齐抓共管，全链条排查整治" — every other unit involved co-manages.
     */
    ONE_MATTER(PrincipleFamily.SUPPLEMENTARY, "一件事 全链条 各相关部门齐抓共管",
            "One matter: the lead organises, every related department co-manages along the whole chain");

    private final PrincipleFamily family;
    private final String labelZh;
    private final String labelEn;

    Principle(PrincipleFamily family, String labelZh, String labelEn) {
        this.family = family;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public PrincipleFamily family() {
        return family;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether the principle decides the lead unit (谁…谁牵头) rather than a responsibility. */
    public boolean decidesLead() {
        return family == PrincipleFamily.LEADERSHIP;
    }
}
