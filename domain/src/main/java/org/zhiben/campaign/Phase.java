package org.zhiben.campaign;

import java.time.LocalDate;
import java.util.List;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * One phase of the campaign (阶段划分): "从2024年开始至2026年结束,分五个阶段进行。" Both dates are inclusive.
 *
 * @param number   1 for the first phase, counting up
 * @param code     a stable code, e.g. {@code MOBILISATION}
 * @param summary  what the phase is for, as the plan says it; may be null
 * @param targets  the dated targets that fall in this phase (may be empty)
 */
public record Phase(int number, String code, String name, String nameEn, LocalDate startsOn, LocalDate endsOn,
                    String summary, List<DatedTarget> targets) {

    public Phase {
        Checks.inRange(number, 1, 99, "phase.number");
        code = Require.notBlank(code, "phase.code");
        name = Require.notBlank(name, "phase.name");
        nameEn = Require.notBlank(nameEn, "phase.nameEn");
        Require.notNull(startsOn, "phase.startsOn");
        Require.notNull(endsOn, "phase.endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidValueException("phase.endsOn", "campaign.phase.ends-before-start",
                    "phase " + number + " ends before it starts", number);
        }
        summary = Checks.optional(summary);
        targets = Checks.copy(targets, "phase.targets");
    }

    /** Whether the date falls in this phase, its first and last day included. */
    public boolean includes(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
