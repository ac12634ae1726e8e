package org.zhiben.hazards.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A row of {@code hazards.notification}: one notice in an enterprise's in-app inbox. */
@Entity
@Table(schema = "hazards", name = "notification")
public class NotificationJpaEntity {

    @Id
    private UUID id;
    @Column(name = "recipient_role")
    private String recipientRole;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    @Column(name = "hazard_id")
    private UUID hazardId;
    private String kind;
    @Column(name = "params", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String params;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected NotificationJpaEntity() {
    }

    NotificationJpaEntity(UUID id, String recipientRole, UUID enterpriseId, UUID hazardId, String kind, String params, Instant createdAt, Instant readAt) {
        this.id = id;
        this.recipientRole = recipientRole;
        this.enterpriseId = enterpriseId;
        this.hazardId = hazardId;
        this.kind = kind;
        this.params = params;
        this.createdAt = createdAt;
        this.readAt = readAt;
    }

    public UUID getId() {
        return id;
    }

    public String getRecipientRole() {
        return recipientRole;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public UUID getHazardId() {
        return hazardId;
    }

    public String getKind() {
        return kind;
    }

    public String getParams() {
        return params;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
