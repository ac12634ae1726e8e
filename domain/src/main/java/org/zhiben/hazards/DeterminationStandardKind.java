package org.zhiben.hazards;

/** What kind of document a {@link DeterminationStandard} is. */
public enum DeterminationStandardKind {
    /** A national major-hazard determination standard (重大事故隐患判定标准), e.g. 安监总管三〔2017〕121号. */
    NATIONAL_STANDARD,
    /**
     * Key inspection items (重点检查事项) that a department defines for its sector while no national standard exists
     * (plan task 22: "尚未出台重大事故隐患判定标准的部门结合事故教训和行业普遍认知确定本行业领域重点检查事项").
     */
    KEY_INSPECTION_ITEMS
}
