package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * Separation of duties in the closed loop of a hazard (职责分离), kept as versioned data like the escalation policy: a
 * version applies from {@code effectiveFrom} until a later one does. Task 25: "建立负有安全监管职责有关部门审核把关销号机制"
 * — the review that closes a hazard is worth something only when someone other than the person who reported or
 * rectified it does it. While {@code enforced}:
 *
 * <ol>
 * <li>whoever reported or rectified the hazard (报告人、整改人) cannot verify it or write it off;</li>
 * <li>whoever requested a deadline extension cannot approve or reject it;</li>
 * <li>verification and write-off are done by an officer other than those persons ({@link Closure#OTHER_OFFICER}) or,
 *     if the rule says {@link Closure#SUPERVISING_UNIT}, for a listed hazard by an officer of its supervising unit
 *     (督办单位).</li>
 * </ol>
 *
 * A refusal is a {@link RuleViolationException} whose code names the rule broken ({@code hazard.duties.*}) and whose
 * arguments give the person and the day the rule version applies from.
 */
public record DutySeparationRule(LocalDate effectiveFrom, boolean enforced, Closure closure) {

    /** Who closes the loop (验收、销号). */
    public enum Closure {
        /** An officer other than whoever reported or rectified the hazard. */
        OTHER_OFFICER,
        /** As {@link #OTHER_OFFICER}, and for a listed hazard an officer of the listing's supervising unit. */
        SUPERVISING_UNIT
    }

    /** The duties the rule keeps apart from reporting, rectifying and requesting. */
    public enum Duty {
        VERIFY("验收"),
        WRITE_OFF("销号"),
        DECIDE_EXTENSION("审批延期申请");

        private final String label;

        Duty(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The rule in force from the campaign's start: on, any other officer closes the loop. */
    public static final DutySeparationRule DEFAULT = new DutySeparationRule(LocalDate.of(2024, 1, 1), true,
            Closure.OTHER_OFFICER);

    public DutySeparationRule {
        Require.notNull(effectiveFrom, "effectiveFrom");
        Require.notNull(closure, "closure");
    }

    /**
     * Refuses {@code actor} doing {@code duty} on {@code hazard} when this rule keeps them apart.
     *
     * @throws RuleViolationException {@code hazard.duties.reporter-closes} (报告人、整改人不得验收或销号),
     *                                {@code hazard.duties.requester-decides} (延期申请人不得审批本人的申请) or
     *                                {@code hazard.duties.not-supervising-unit} (挂牌隐患须由督办单位验收、销号)
     */
    public void check(MajorHazard hazard, Duty duty, Actor actor) {
        Require.notNull(hazard, "hazard");
        Require.notNull(duty, "duty");
        Require.notNull(actor, "actor");
        if (!enforced) {
            return;
        }
        if (duty == Duty.DECIDE_EXTENSION) {
            hazard.pendingExtension().filter(x -> sameOfficer(x.requestedBy(), actor)).ifPresent(x -> {
                throw new RuleViolationException("hazard.duties.requester-decides",
                        "separation of duties (in force from " + effectiveFrom + "): whoever requested a deadline "
                                + "extension cannot decide it", actor.username(), effectiveFrom);
            });
            return;
        }
        Optional<String> role = roleIn(hazard, actor);
        if (role.isPresent()) {
            throw new RuleViolationException("hazard.duties.reporter-closes",
                    "separation of duties (in force from " + effectiveFrom + "): whoever reported or rectified a "
                            + "hazard cannot verify it or write it off", actor.username(), role.get(), duty.label(),
                    effectiveFrom);
        }
        if (closure == Closure.SUPERVISING_UNIT) {
            hazard.listing().filter(l -> !l.supervisingUnit().value().equals(actor.unitCode())).ifPresent(l -> {
                throw new RuleViolationException("hazard.duties.not-supervising-unit",
                        "separation of duties (in force from " + effectiveFrom + "): a listed hazard is verified "
                                + "and written off by its supervising unit " + l.supervisingUnit().value(),
                        l.supervisingUnit().value(), duty.label(), effectiveFrom);
            });
        }
    }

    /** Whether {@code actor} reported (报告) or rectified (整改) the hazard, and which. */
    private static Optional<String> roleIn(MajorHazard hazard, Actor actor) {
        for (HazardTransition t : hazard.history()) {
            if (t.from() == null && sameOfficer(t.actor(), actor)) {
                return Optional.of("报告");
            }
        }
        for (HazardTransition t : hazard.history()) {
            if (t.to() == HazardStatus.RECTIFIED && sameOfficer(t.actor(), actor)) {
                return Optional.of("整改");
            }
        }
        return Optional.empty();
    }

    private static boolean sameOfficer(Actor a, Actor b) {
        return a.username().equals(b.username());
    }

    /** The rule in force on {@code date}: the version with the latest {@code effectiveFrom} not after it. */
    public static DutySeparationRule inForceOn(Collection<DutySeparationRule> rules, LocalDate date) {
        return rules.stream()
                .filter(r -> !r.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(DutySeparationRule::effectiveFrom))
                .orElseThrow(() -> new RuleViolationException("hazard.duties.no-rule-in-force",
                        "no separation-of-duties rule is in force on " + date, date));
    }
}
