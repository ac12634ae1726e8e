package org.zhiben.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The principal's exam at an inspection was recorded (逢查必考): score and pass/fail, for training to read. */
public record PrincipalExamRecorded(UUID eventId, InspectionId inspectionId, UUID enterpriseId,
        JurisdictionCode jurisdiction, IndustryCode industry, LocalDate inspectedOn, int score, boolean passed,
        Instant occurredAt) implements InspectionEvent {
}
