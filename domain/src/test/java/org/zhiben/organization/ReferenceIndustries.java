package org.zhiben.organization;

import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.UnitCode;

/** Industries as the reference data describes them, for the tests. */
final class ReferenceIndustries {

    /** 城镇燃气（含瓶装液化石油气）: the housing bureau is competent and supervises (plan 四(二)11). */
    static final Industry URBAN_GAS = new Industry(IndustryCode.of("URBAN_GAS"), "城镇燃气",
            "Urban gas (incl. bottled LPG)", true, UnitCode.of("HOUSING"), UnitCode.of("HOUSING"),
            "克安〔2024〕5号 四(二)11", null);

    /** 粮食流通和加工: the development and reform commission is competent (plan 四(二)1), emergency management supervises. */
    static final Industry GRAIN = new Industry(IndustryCode.of("GRAIN"), "粮食流通和加工",
            "Grain circulation and processing", false, UnitCode.of("NDRC"), UnitCode.of("EMB"),
            "克安〔2024〕5号 四(二)1", null);

    /** 道路运输: the transport bureau is competent and supervises. */
    static final Industry ROAD_TRANSPORT = new Industry(IndustryCode.of("ROAD_TRANSPORT"), "道路运输",
            "Road transport", false, UnitCode.of("TRANSPORT"), UnitCode.of("TRANSPORT"), null, null);

    /** 危险化学品: supervised by emergency management, with no single competent department in this test data. */
    static final Industry HAZARDOUS_CHEMICALS = new Industry(IndustryCode.of("HAZARDOUS_CHEMICALS"), "危险化学品",
            "Hazardous chemicals", true, null, UnitCode.of("EMB"), null, null);

    private ReferenceIndustries() {
    }
}
