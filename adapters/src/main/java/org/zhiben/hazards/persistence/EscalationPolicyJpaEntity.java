package org.zhiben.hazards.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code hazards.escalation_policy}: one version of the escalation thresholds, in force from its date. */
@Entity
@Table(schema = "hazards", name = "escalation_policy")
public class EscalationPolicyJpaEntity {

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "warning_letter_days")
    private int warningLetterDays;
    @Column(name = "circular_days")
    private int circularDays;
    @Column(name = "interview_days")
    private int interviewDays;
    @Column(name = "public_exposure_days")
    private int publicExposureDays;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected EscalationPolicyJpaEntity() {
    }

    EscalationPolicyJpaEntity(LocalDate effectiveFrom, int warningLetterDays, int circularDays, int interviewDays, int publicExposureDays, String createdBy, Instant createdAt) {
        this.effectiveFrom = effectiveFrom;
        this.warningLetterDays = warningLetterDays;
        this.circularDays = circularDays;
        this.interviewDays = interviewDays;
        this.publicExposureDays = publicExposureDays;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public int getWarningLetterDays() {
        return warningLetterDays;
    }

    public int getCircularDays() {
        return circularDays;
    }

    public int getInterviewDays() {
        return interviewDays;
    }

    public int getPublicExposureDays() {
        return publicExposureDays;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
