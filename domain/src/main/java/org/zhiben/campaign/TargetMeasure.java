package org.zhiben.campaign;

/** How a campaign target is measured from the major-hazard database, when it is. */
public enum TargetMeasure {

    /**
     * The stock found on or before a baseline day (Kizilsu: "2023年及以前") is cleared: the major hazards discovered on
     * or before the target's {@code foundOnOrBefore} still in the stock on its {@code measuredOn} day number at most
     * {@code atMost}.
     */
    MAJOR_HAZARD_STOCK_CLEARED,

    /**
     * The increment is contained: fewer major hazards newly enter the stock in the year up to the target's
     * {@code measuredOn} day than in the year before (or none at all).
     */
    MAJOR_HAZARD_INCREMENT_CONTAINED,

    /**
     * Dynamic clearance: the major hazards overdue on the target's {@code measuredOn} day number at most
     * {@code atMost}.
     */
    MAJOR_HAZARD_DYNAMIC_CLEARANCE
}
