package org.zhiben.hazards;

/**
 * The channel through which a hazard was found. The plan (task 23) requires that hazards from every channel be
 * aggregated in full: "实现企业自查上报、督导检查发现、群众举报查实等各渠道排查的重大事故隐患全量汇总".
 */
public enum DiscoveryChannel {
    /** 企业自查上报: found by the enterprise's own inspection and reported by it; source = self-inspection report no. */
    SELF_INSPECTION("企业自查上报"),
    /** 督导检查发现: found by a supervisory inspection; source = inspection record no. */
    SUPERVISORY_INSPECTION("督导检查发现"),
    /** 群众举报查实: a public tip-off that was verified on site; source = tip-off case no. */
    VERIFIED_TIP_OFF("群众举报查实");

    private final String label;

    DiscoveryChannel(String label) {
        this.label = label;
    }

    /** The Chinese name used in the plan and on 附表1. */
    public String label() {
        return label;
    }
}
