package org.zhiben.hazards.application;

import org.zhiben.hazards.HazardFinding;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/**
 * Registers a finding in the major-hazard database.
 *
 * @param outcome the level determined at once (e.g. by the inspector on site against the standard in force), or
 *                {@code null} when the level is determined later
 */
public record RegisterHazardCommand(HazardFinding finding, HazardLevelOutcome outcome, Actor actor) {

    public RegisterHazardCommand {
        Require.notNull(finding, "finding");
        Require.notNull(actor, "actor");
    }
}
