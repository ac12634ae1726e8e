package org.zhiben.hazards;

/**
 * The escalation ladder for slow rectification, in order. Task 25: "对进展缓慢的及时采取函告、通报、约谈、曝光等措施".
 */
public enum EscalationStep {
    WARNING_LETTER("函告"),
    CIRCULAR("通报"),
    INTERVIEW("约谈"),
    PUBLIC_EXPOSURE("曝光");

    private final String label;

    EscalationStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
