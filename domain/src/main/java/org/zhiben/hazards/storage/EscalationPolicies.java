package org.zhiben.hazards.storage;

import java.util.List;
import org.zhiben.hazards.EscalationPolicy;
import org.zhiben.shared.Actor;

/**
 * The versions of the escalation policy: thresholds are data, changed by adding a version that applies from its
 * date, never by editing one (past runs stay explained by the version then in force).
 */
public interface EscalationPolicies {

    /** Every version, oldest first. */
    List<EscalationPolicy> findAll();

    /**
     * Adds a version; it cannot apply from a day already past ({@code hazard.escalation.policy-in-past}) nor from the
     * day of an existing version ({@code hazard.escalation.policy-exists}).
     */
    EscalationPolicy add(EscalationPolicy policy, Actor actor);
}
