package org.zhiben.campaign;

import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * A responsible party (责任单位) of a key task: either one named unit, or a collective the plan names as a whole,
 * such as "自治州安委会有关成员单位分工负责" or "各县(市)人民政府".
 */
public sealed interface ResponsibleParty {

    /** A unit the plan names, e.g. the housing and urban-rural development bureau. */
    static ResponsibleParty unit(UnitCode code) {
        return new Unit(code);
    }

    /**
     * Reads a party from its token as written in the plan's data: the name of a {@link Collective}
     * ({@code RELEVANT_MEMBER_UNITS}, {@code COUNTY_GOVERNMENTS}), otherwise a unit code.
     */
    static ResponsibleParty of(String token) {
        String value = Require.notBlank(token, "responsibleParty");
        for (Collective collective : Collective.values()) {
            if (collective.name().equals(value)) {
                return collective;
            }
        }
        return new Unit(UnitCode.of(value));
    }

    /** One named unit. */
    record Unit(UnitCode code) implements ResponsibleParty {

        public Unit {
            Require.notNull(code, "responsibleParty.unit");
        }
    }

    /** A group of units that the plan names as a whole; which units belong to it is organisation data. */
    enum Collective implements ResponsibleParty {

        /** 自治州安委会有关成员单位分工负责: every member unit of the prefecture safety committee, each by its duties. */
        RELEVANT_MEMBER_UNITS("自治州安委会有关成员单位分工负责",
                "relevant member units of the prefecture safety committee, each by its duties"),

        /** 各县(市)人民政府: the governments of the counties and the city, with the port administrations. */
        COUNTY_GOVERNMENTS("各县(市)人民政府", "county and city governments");

        private final String label;
        private final String labelEn;

        Collective(String label, String labelEn) {
            this.label = label;
            this.labelEn = labelEn;
        }

        /** The words of the plan. */
        public String label() {
            return label;
        }

        public String labelEn() {
            return labelEn;
        }
    }
}
