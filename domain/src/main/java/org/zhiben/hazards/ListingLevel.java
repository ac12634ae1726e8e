package org.zhiben.hazards;

/** The level of government that lists a major hazard for supervision (挂牌督办). */
public enum ListingLevel {
    PREFECTURE("州级挂牌督办"),
    COUNTY("县级挂牌督办");

    private final String label;

    ListingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
