package org.zhiben.hazards;

/** Which clause groups of each stored standard fit which industry (see {@link StandardApplicability}). */
public interface StandardApplicabilities {

    /** The mapping for the standard; {@link StandardApplicability#allClauses} when none is stored. */
    StandardApplicability of(String standardCode);
}
