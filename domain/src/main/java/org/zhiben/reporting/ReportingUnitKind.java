package org.zhiben.reporting;

/**
 * The three kinds of reporting unit the plan names in section 六(六): "各县（市）、口岸管委会、州安委会各成员单位……每月底前报送
 * 自治州事故隐患动态存量统计表".
 */
public enum ReportingUnitKind {
    /** 县（市）人民政府: the government of a county or of the county-level city; reports on its jurisdiction. */
    COUNTY_OR_CITY("县（市）"),
    /** 口岸管委会: a port administration; reports on its port's jurisdiction. */
    PORT_ADMINISTRATION("口岸管委会"),
    /** 州安委会成员单位: a member unit of the prefecture safety committee; reports on the industries it supervises. */
    MEMBER_UNIT("成员单位");

    private final String label;

    ReportingUnitKind(String label) {
        this.label = label;
    }

    /** The Chinese name of the kind. */
    public String label() {
        return label;
    }
}
