package org.zhiben.campaign.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code campaign.progress_entry}: one entry of the task ledger (台账). What it reports is never changed; the
 * lead unit's review is added once.
 */
@Entity
@Table(schema = "campaign", name = "progress_entry")
public class ProgressEntryJpaEntity {

    @Id
    private UUID id;
    @Column(name = "task_number")
    private int taskNumber;
    @Column(name = "milestone_code")
    private String milestoneCode;
    @Column(name = "recorded_by_unit")
    private String recordedBy;
    private String author;
    @Column(name = "reported_on")
    private LocalDate reportedOn;
    private String text;
    @Column(name = "evidence_reference")
    private String evidenceReference;
    @Column(name = "completes_milestone")
    private boolean completesMilestone;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    private String review;
    @Column(name = "reviewed_by_unit")
    private String reviewedBy;
    private String reviewer;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "return_reason")
    private String returnReason;
    @Version
    private long version;

    protected ProgressEntryJpaEntity() {
    }

    public ProgressEntryJpaEntity(UUID id, int taskNumber, String milestoneCode, String recordedBy, String author,
                                  LocalDate reportedOn, String text, String evidenceReference,
                                  boolean completesMilestone, Instant recordedAt, String review,
                                  String reviewedBy, String reviewer, Instant reviewedAt, String returnReason,
                                  long version) {
        this.id = id;
        this.taskNumber = taskNumber;
        this.milestoneCode = milestoneCode;
        this.recordedBy = recordedBy;
        this.author = author;
        this.reportedOn = reportedOn;
        this.text = text;
        this.evidenceReference = evidenceReference;
        this.completesMilestone = completesMilestone;
        this.recordedAt = recordedAt;
        this.review = review;
        this.reviewedBy = reviewedBy;
        this.reviewer = reviewer;
        this.reviewedAt = reviewedAt;
        this.returnReason = returnReason;
        this.version = version;
    }

    public String getReview() {
        return review;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public UUID getId() {
        return id;
    }

    public int getTaskNumber() {
        return taskNumber;
    }

    public String getMilestoneCode() {
        return milestoneCode;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getAuthor() {
        return author;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public String getText() {
        return text;
    }

    public String getEvidenceReference() {
        return evidenceReference;
    }

    public boolean isCompletesMilestone() {
        return completesMilestone;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
