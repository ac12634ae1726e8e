package org.zhiben.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The phases of the campaign, in order. The phases are numbered 1..n and follow each other without gap or
 * overlap: each phase starts the day after the previous one ends, so every day of the campaign lies in exactly
 * one phase.
 */
public record CampaignSchedule(List<Phase> phases) {

    public CampaignSchedule {
        phases = Checks.notEmptyCopy(phases, "phases");
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            if (phase.number() != i + 1) {
                throw new InvalidValueException("phases", "campaign.schedule.misnumbered",
                        "phase at position " + (i + 1) + " is numbered " + phase.number(), i + 1, phase.number());
            }
            if (i > 0 && !phase.startsOn().equals(phases.get(i - 1).endsOn().plusDays(1))) {
                throw new InvalidValueException("phases", "campaign.schedule.not-contiguous",
                        "phase " + phase.number() + " does not start the day after phase " + i + " ends",
                        phase.number(), i);
            }
        }
    }

    /** The phase the date falls in; empty before the campaign starts and after it ends. */
    public Optional<Phase> phaseOn(LocalDate date) {
        Require.notNull(date, "date");
        return phases.stream().filter(phase -> phase.includes(date)).findFirst();
    }

    /** The first day of the first phase. */
    public LocalDate startsOn() {
        return phases.get(0).startsOn();
    }

    /** The last day of the last phase. */
    public LocalDate endsOn() {
        return phases.get(phases.size() - 1).endsOn();
    }
}
