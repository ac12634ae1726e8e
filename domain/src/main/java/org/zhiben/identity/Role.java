package org.zhiben.identity;

/**
 * What a person (or another bureau's system) does in the campaign. A role decides which {@link org.zhiben.shared.Permission}s one has
 * ({@link RolePermissions}); the role together with one's unit, jurisdiction or enterprise decides which data one sees
 * ({@link DataScopePolicy}).
 */
public enum Role {

    /** 委员会办公室管理员: staff of the committee office (安委会办公室); sees the whole prefecture, manages accounts. */
    COMMITTEE_ADMIN("委员会办公室管理员", "Committee office administrator"),

    /**
     * 部门工作人员: staff of a member unit; sees the industries whose competent or supervising unit is its unit
     * (“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”).
     */
    DEPARTMENT_OFFICER("部门工作人员", "Department officer"),

    /** 县市/口岸工作人员: staff of a county, city or port administration; sees its own jurisdiction (属地). */
    COUNTY_OFFICER("县市/口岸工作人员", "County or port officer"),

    /** 执法检查人员: inspector; sees what its unit sees — the unit's jurisdiction and/or industries. */
    INSPECTOR("执法检查人员", "Inspector"),

    /** 企业安全管理人员: safety manager of one enterprise; sees only that enterprise. */
    ENTERPRISE_MANAGER("企业安全管理人员", "Enterprise safety manager"),

    /**
     * 举报受理人员: receives tip-offs; the only role that may see a whistleblower's identity
     * (“完善举报受理、现场核查、奖金发放、信息保护等制度措施”).
     */
    TIP_OFF_OFFICER("举报受理人员", "Tip-off officer"),

    /**
     * 法制审核人员: reviews the legality of major enforcement decisions before they are final (“重大执法决定法制审核制度”);
     * sees the whole prefecture's enforcement.
     */
    LEGAL_REVIEWER("法制审核人员", "Legal reviewer"),

    /** 审计人员: reads everything, changes nothing, and is the one who reads the audit trail. */
    AUDITOR("审计人员", "Auditor"),

    /** 外部系统: another bureau's system, with the scopes and data scope granted when it was registered. */
    API_CLIENT("外部系统", "API client");

    private final String chineseLabel;
    private final String englishLabel;

    Role(String chineseLabel, String englishLabel) {
        this.chineseLabel = chineseLabel;
        this.englishLabel = englishLabel;
    }

    public String chineseLabel() {
        return chineseLabel;
    }

    public String englishLabel() {
        return englishLabel;
    }
}
