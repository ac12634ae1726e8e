package org.zhiben.hazards.storage;

import java.util.List;
import org.zhiben.hazards.DutySeparationRule;

/**
 * The versions of the separation-of-duties rule: changed by adding a version that applies from its date, never by
 * editing one, so that every past refusal stays explained by the version then in force.
 */
public interface DutySeparationRules {

    /** Every version, oldest first. */
    List<DutySeparationRule> findAll();
}
