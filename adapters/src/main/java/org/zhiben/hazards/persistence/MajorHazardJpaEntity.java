package org.zhiben.hazards.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A row of {@code hazards.major_hazard}: one hazard. Plain columns for what is searched and counted, JSONB documents
 * (see {@link HazardDocuments}) for the value collections; {@code version} is the optimistic lock.
 */
@Entity
@Table(schema = "hazards", name = "major_hazard")
public class MajorHazardJpaEntity {

    @Id
    private UUID id;
    private String number;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    private String jurisdiction;
    private String industry;
    private String location;
    private String description;
    @Column(name = "discovered_on")
    private LocalDate discoveredOn;
    @Column(name = "discovered_by")
    private String discoveredBy;
    private String channel;
    @Column(name = "source_reference")
    private String sourceReference;
    @Column(name = "finding_attachments", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String findingAttachments;
    private String level;
    @Column(name = "clause_standard_code")
    private String clauseStandardCode;
    @Column(name = "clause_number")
    private String clauseNumber;
    @Column(name = "standard_code")
    private String standardCode;
    @Column(name = "plan", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String plan;
    private String status;
    @Column(name = "current_deadline")
    private LocalDate currentDeadline;
    private boolean listed;
    @Column(name = "overdue_noted_for_deadline")
    private LocalDate overdueNotedForDeadline;
    @Column(name = "evidence", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String evidence;
    @Column(name = "history", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String history;
    @Column(name = "extensions", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String extensions;
    @Column(name = "listings", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String listings;
    @Column(name = "escalations", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String escalations;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected MajorHazardJpaEntity() {
    }

    MajorHazardJpaEntity(UUID id) {
        this.id = id;
    }

    public UUID getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    void setNumber(String number) {
        this.number = number;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    void setEnterpriseId(UUID enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getIndustry() {
        return industry;
    }

    void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getLocation() {
        return location;
    }

    void setLocation(String location) {
        this.location = location;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDiscoveredOn() {
        return discoveredOn;
    }

    void setDiscoveredOn(LocalDate discoveredOn) {
        this.discoveredOn = discoveredOn;
    }

    public String getDiscoveredBy() {
        return discoveredBy;
    }

    void setDiscoveredBy(String discoveredBy) {
        this.discoveredBy = discoveredBy;
    }

    public String getChannel() {
        return channel;
    }

    void setChannel(String channel) {
        this.channel = channel;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    void setSourceReference(String sourceReference) {
        this.sourceReference = sourceReference;
    }

    public String getFindingAttachments() {
        return findingAttachments;
    }

    void setFindingAttachments(String findingAttachments) {
        this.findingAttachments = findingAttachments;
    }

    public String getLevel() {
        return level;
    }

    void setLevel(String level) {
        this.level = level;
    }

    public String getClauseStandardCode() {
        return clauseStandardCode;
    }

    void setClauseStandardCode(String clauseStandardCode) {
        this.clauseStandardCode = clauseStandardCode;
    }

    public String getClauseNumber() {
        return clauseNumber;
    }

    void setClauseNumber(String clauseNumber) {
        this.clauseNumber = clauseNumber;
    }

    public String getStandardCode() {
        return standardCode;
    }

    void setStandardCode(String standardCode) {
        this.standardCode = standardCode;
    }

    public String getPlan() {
        return plan;
    }

    void setPlan(String plan) {
        this.plan = plan;
    }

    public String getStatus() {
        return status;
    }

    void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getCurrentDeadline() {
        return currentDeadline;
    }

    void setCurrentDeadline(LocalDate currentDeadline) {
        this.currentDeadline = currentDeadline;
    }

    public boolean isListed() {
        return listed;
    }

    void setListed(boolean listed) {
        this.listed = listed;
    }

    public LocalDate getOverdueNotedForDeadline() {
        return overdueNotedForDeadline;
    }

    void setOverdueNotedForDeadline(LocalDate overdueNotedForDeadline) {
        this.overdueNotedForDeadline = overdueNotedForDeadline;
    }

    public String getEvidence() {
        return evidence;
    }

    void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getHistory() {
        return history;
    }

    void setHistory(String history) {
        this.history = history;
    }

    public String getExtensions() {
        return extensions;
    }

    void setExtensions(String extensions) {
        this.extensions = extensions;
    }

    public String getListings() {
        return listings;
    }

    void setListings(String listings) {
        this.listings = listings;
    }

    public String getEscalations() {
        return escalations;
    }

    void setEscalations(String escalations) {
        this.escalations = escalations;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
