package org.zhiben.hazards.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code hazards.major_hazard_attachment}: a file uploaded for a hazard, stored by its SHA-256. */
@Entity
@Table(schema = "hazards", name = "major_hazard_attachment")
public class AttachmentJpaEntity {

    @Id
    private UUID id;
    @Column(name = "hazard_id")
    private UUID hazardId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected AttachmentJpaEntity() {
    }

    AttachmentJpaEntity(UUID id, UUID hazardId, String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
        this.id = id;
        this.hazardId = hazardId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getHazardId() {
        return hazardId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
