package org.zhiben.hazards.standards;

import java.util.Map;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;

/**
 * The sector names used in the standards' YAML files ({@code hazardous-chemicals}) and the industry codes of the
 * organisation module they stand for ({@code HAZARDOUS_CHEMICALS}): the sectors for which national major-hazard
 * determination standards exist. An unknown name is refused, never guessed, so that a standard is never silently
 * attached to no sector.
 */
public final class SectorSlugs {

    private static final Map<String, IndustryCode> CODES = Map.of(
            "hazardous-chemicals", IndustryCode.of("HAZARDOUS_CHEMICALS"),
            "fireworks", IndustryCode.of("FIREWORKS"),
            "mines", IndustryCode.of("MINES"),
            "industry-trade", IndustryCode.of("INDUSTRY_TRADE"),
            "metallurgy", IndustryCode.of("METALLURGY"),
            "civil-explosives", IndustryCode.of("CIVIL_EXPLOSIVES"),
            "urban-gas", IndustryCode.of("URBAN_GAS"),
            "construction", IndustryCode.of("CONSTRUCTION"));

    private SectorSlugs() {
    }

    /** The industry a sector name stands for; {@code field} names the value in the file, e.g. {@code sectors[0]}. */
    public static IndustryCode industry(String slug, String field) {
        IndustryCode code = slug == null ? null : CODES.get(slug.strip());
        if (code == null) {
            throw new InvalidValueException(field, "hazard.standard.sector.unknown",
                    "unknown sector " + slug + "; known: " + CODES.keySet(), String.valueOf(slug));
        }
        return code;
    }
}
