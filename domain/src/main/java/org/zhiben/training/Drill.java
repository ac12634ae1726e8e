package org.zhiben.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * An evacuation and escape drill an enterprise held (task 9: "{@value DrillSchedule#RULE}"): the day, its scope (the
 * premises or workshops it covered), how many took part and who they were, and what it found.
 *
 * @param participantCount how many people took part, 1 to {@value #MAX_PARTICIPANTS}
 * @param participants     who took part (e.g. 全体从业人员、周边商户), in words
 */
public record Drill(UUID id, UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry, LocalDate heldOn,
        String scope, int participantCount, String participants, String findings, String recordedBy,
        Instant recordedAt) {

    public static final String ENTITY = "Drill";
    public static final int MAX_SCOPE = 500;
    public static final int MAX_PARTICIPANTS_TEXT = 500;
    public static final int MAX_FINDINGS = 2000;
    public static final int MAX_PARTICIPANTS = 100_000;

    public Drill {
        Require.notNull(id, "id");
        Require.notNull(enterpriseId, "enterpriseId");
        Require.notNull(jurisdiction, "jurisdiction");
        Require.notNull(industry, "industry");
        Require.notNull(heldOn, "heldOn");
        scope = Require.maxLength(Require.notBlank(scope, "scope").strip(), MAX_SCOPE, "scope");
        if (participantCount < 1 || participantCount > MAX_PARTICIPANTS) {
            throw new InvalidValueException("participantCount", "training.drill.participants-invalid",
                    "between 1 and " + MAX_PARTICIPANTS + " people take part in a drill", participantCount,
                    MAX_PARTICIPANTS);
        }
        participants = Require.maxLength(Require.notBlank(participants, "participants").strip(),
                MAX_PARTICIPANTS_TEXT, "participants");
        findings = Require.maxLength(Require.notBlank(findings, "findings").strip(), MAX_FINDINGS, "findings");
        Require.notBlank(recordedBy, "recordedBy");
        Require.notNull(recordedAt, "recordedAt");
    }

    /**
     * A drill held on {@code heldOn}, which may not lie after {@code today}.
     *
     * @throws InvalidValueException {@code training.drill.in-future} on {@code heldOn}
     */
    public static Drill record(UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
            LocalDate heldOn, String scope, int participantCount, String participants, String findings,
            LocalDate today, Instant now, String recordedBy) {
        Require.notNull(heldOn, "heldOn");
        if (heldOn.isAfter(today)) {
            throw new InvalidValueException("heldOn", "training.drill.in-future",
                    "a drill is recorded once it has been held", heldOn);
        }
        return new Drill(UUID.randomUUID(), enterpriseId, jurisdiction, industry, heldOn, scope, participantCount,
                participants, findings, recordedBy, now);
    }
}
