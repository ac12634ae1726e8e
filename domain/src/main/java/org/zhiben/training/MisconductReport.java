package org.zhiben.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * A suspected proxy training, proxy exam or no-show of an enterprise's principal (task 5: "严肃查处企业主要负责人
 * 代培代考或缺考行为"), recorded by those who supervise training and handed to enforcement as a penalty case, whose id
 * it keeps.
 */
public record MisconductReport(UUID id, UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
        MisconductKind kind, TrainingRecordId trainingRecord, LocalDate occurredOn, String description,
        UUID penaltyCaseId, Instant reportedAt, String reportedBy) {

    public static final String ENTITY = "MisconductReport";
    public static final int MAX_DESCRIPTION = 500;

    public MisconductReport {
        Require.notNull(id, "id");
        Require.notNull(enterpriseId, "enterpriseId");
        Require.notNull(jurisdiction, "jurisdiction");
        Require.notNull(kind, "kind");
        Require.notNull(occurredOn, "occurredOn");
        description = Require.maxLength(Require.notBlank(description, "description").strip(), MAX_DESCRIPTION,
                "description");
        Require.notNull(reportedAt, "reportedAt");
        Require.notBlank(reportedBy, "reportedBy");
    }

    /** The report of a matter that happened on {@code occurredOn}, which is not after {@code today}. */
    public static MisconductReport of(UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
            MisconductKind kind, TrainingRecordId trainingRecord, LocalDate occurredOn, String description,
            LocalDate today, Instant now, String reportedBy) {
        if (occurredOn != null && occurredOn.isAfter(today)) {
            throw new InvalidValueException("occurredOn", "training.misconduct.in-future",
                    "a suspected misconduct is reported once it has happened", occurredOn);
        }
        return new MisconductReport(UUID.randomUUID(), enterpriseId, jurisdiction, industry, kind, trainingRecord,
                occurredOn, description, null, now, reportedBy);
    }

    /** This report, handed to enforcement as the case {@code caseId}. */
    public MisconductReport handedOver(UUID caseId) {
        return new MisconductReport(id, enterpriseId, jurisdiction, industry, kind, trainingRecord, occurredOn,
                description, Require.notNull(caseId, "penaltyCaseId"), reportedAt, reportedBy);
    }

    /** The violation as the penalty case states it: "企业主要负责人代考：…". */
    public String violation() {
        return "企业主要负责人" + kind.label() + "：" + description;
    }
}
