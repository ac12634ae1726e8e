package org.zhiben.hazards.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.EscalationPolicy;
import org.zhiben.hazards.storage.EscalationPolicies;
import org.zhiben.shared.Actor;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;

/** The versions of the escalation policy in {@code hazards.escalation_policy}. */
@Component
class EscalationPoliciesAdapter implements EscalationPolicies {

    private final EscalationPolicyRepository repository;
    private final Clock clock;

    EscalationPoliciesAdapter(EscalationPolicyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public List<EscalationPolicy> findAll() {
        return repository.findAll(Sort.by("effectiveFrom")).stream()
                .map(e -> new EscalationPolicy(e.getEffectiveFrom(), e.getWarningLetterDays(), e.getCircularDays(),
                        e.getInterviewDays(), e.getPublicExposureDays()))
                .toList();
    }

    @Override
    public EscalationPolicy add(EscalationPolicy policy, Actor actor) {
        if (policy.effectiveFrom().isBefore(LocalDate.now(clock))) {
            throw new InvalidValueException("effectiveFrom", "hazard.escalation.policy-in-past",
                    "a new escalation policy cannot apply from a day already past", policy.effectiveFrom());
        }
        if (repository.existsById(policy.effectiveFrom())) {
            throw new RuleViolationException("hazard.escalation.policy-exists",
                    "an escalation policy already applies from " + policy.effectiveFrom(), policy.effectiveFrom());
        }
        repository.save(new EscalationPolicyJpaEntity(policy.effectiveFrom(), policy.warningLetterAfterDays(),
                policy.circularAfterDays(), policy.interviewAfterDays(), policy.publicExposureAfterDays(),
                actor.username(), clock.instant()));
        return policy;
    }
}
