package org.zhiben.organization;

/** Kind of a jurisdiction (属地). */
public enum JurisdictionKind {
    /** 自治州: the prefecture itself, the root of the hierarchy. */
    PREFECTURE,
    /** 县级市: a county-level city (阿图什市 Artux). */
    COUNTY_LEVEL_CITY,
    /** 县: a county (阿克陶县 Akto, 阿合奇县 Akqi, 乌恰县 Ulugqat). */
    COUNTY,
    /**
     * 口岸管委会: a port administration (吐尔尕特口岸 Torugart, 伊尔克什坦口岸 Irkeshtam), a jurisdiction of its own
     * kind: "各县(市)人民政府、口岸管委会……负责制定并实施辖区安全生产治本攻坚三年行动方案".
     */
    PORT_ADMINISTRATION
}
