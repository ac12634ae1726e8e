package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * A check of the enterprise's major-hazard work led by its principal (task 24: "{@value PrincipalCheckSchedule#RULE}"),
 * as the enterprise or an officer records it: the day it was made, who led it (the principal's name — personal data,
 * shown masked as in the enterprise register), what it covered, a summary of what it found and, optionally, the
 * hazards of the enterprise it found.
 */
public final class PrincipalCheck {

    public static final String ENTITY = "PrincipalCheck";
    public static final int MAX_LEADER_LENGTH = 50;
    public static final int MAX_SCOPE_LENGTH = 500;
    public static final int MAX_FINDINGS_LENGTH = 2000;
    public static final int MAX_HAZARDS = 50;

    private final PrincipalCheckId id;
    private final UUID enterpriseId;
    private final JurisdictionCode jurisdiction;
    private final IndustryCode industry;
    private final LocalDate checkedOn;
    private final String ledBy;
    private final String scope;
    private final String findings;
    private final List<HazardId> hazards;
    private final String recordedBy;
    private final Instant recordedAt;
    private final long version;
    private final List<DomainEvent> events = new ArrayList<>();

    private PrincipalCheck(PrincipalCheckId id, UUID enterpriseId, JurisdictionCode jurisdiction,
            IndustryCode industry, LocalDate checkedOn, String ledBy, String scope, String findings,
            List<HazardId> hazards, String recordedBy, Instant recordedAt, long version) {
        this.id = Require.notNull(id, "id");
        this.enterpriseId = Require.notNull(enterpriseId, "enterpriseId");
        this.jurisdiction = Require.notNull(jurisdiction, "jurisdiction");
        this.industry = Require.notNull(industry, "industry");
        this.checkedOn = Require.notNull(checkedOn, "checkedOn");
        this.ledBy = Require.maxLength(Require.notBlank(ledBy, "ledBy").strip(), MAX_LEADER_LENGTH, "ledBy");
        this.scope = Require.maxLength(Require.notBlank(scope, "scope").strip(), MAX_SCOPE_LENGTH, "scope");
        this.findings = Require.maxLength(Require.notBlank(findings, "findings").strip(), MAX_FINDINGS_LENGTH,
                "findings");
        List<HazardId> distinct = List.copyOf(new LinkedHashSet<>(hazards == null ? List.of() : hazards));
        if (distinct.size() > MAX_HAZARDS) {
            throw new InvalidValueException("hazardIds", "hazard.principal-check.too-many-hazards",
                    "a check links at most " + MAX_HAZARDS + " hazards", MAX_HAZARDS);
        }
        this.hazards = distinct;
        this.recordedBy = Require.notBlank(recordedBy, "recordedBy");
        this.recordedAt = Require.notNull(recordedAt, "recordedAt");
        this.version = version;
    }

    /**
     * Records a check made on {@code checkedOn}, which may not lie after the day it is recorded (in the campaign's
     * time zone).
     *
     * @throws InvalidValueException {@code hazard.principal-check.in-future} on {@code checkedOn}; the refusals of
     *                               {@link Require} on {@code ledBy}, {@code scope}, {@code findings}
     */
    public static PrincipalCheck record(UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
            LocalDate checkedOn, String ledBy, String scope, String findings, List<HazardId> hazards,
            String recordedBy, Instant recordedAt, ZoneId zone) {
        Require.notNull(checkedOn, "checkedOn");
        LocalDate today = recordedAt.atZone(zone).toLocalDate();
        if (checkedOn.isAfter(today)) {
            throw new InvalidValueException("checkedOn", "hazard.principal-check.in-future",
                    "a check cannot be recorded before the day it is made", checkedOn);
        }
        PrincipalCheck check = new PrincipalCheck(PrincipalCheckId.newId(), enterpriseId, jurisdiction, industry,
                checkedOn, ledBy, scope, findings, hazards, recordedBy, recordedAt, 0);
        check.events.add(new PrincipalCheckRecorded(DomainEvent.newEventId(), check.id, enterpriseId, jurisdiction,
                industry, checkedOn, recordedAt));
        return check;
    }

    /** A check as stored. */
    public static PrincipalCheck restore(PrincipalCheckId id, UUID enterpriseId, JurisdictionCode jurisdiction,
            IndustryCode industry, LocalDate checkedOn, String ledBy, String scope, String findings,
            List<HazardId> hazards, String recordedBy, Instant recordedAt, long version) {
        return new PrincipalCheck(id, enterpriseId, jurisdiction, industry, checkedOn, ledBy, scope, findings, hazards,
                recordedBy, recordedAt, version);
    }

    /** The same check at a stored version. */
    public PrincipalCheck asStored(long storedVersion) {
        return restore(id, enterpriseId, jurisdiction, industry, checkedOn, ledBy, scope, findings, hazards,
                recordedBy, recordedAt, storedVersion);
    }

    /** The events raised since the last call. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> raised = List.copyOf(events);
        events.clear();
        return raised;
    }

    /** The leader's name masked as the register shows a person's: its first character, then one * per character. */
    public String ledByMasked() {
        return ledBy.charAt(0) + "*".repeat(ledBy.length() - 1);
    }

    public PrincipalCheckId id() {
        return id;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    public JurisdictionCode jurisdiction() {
        return jurisdiction;
    }

    public IndustryCode industry() {
        return industry;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    /** The leader's name as recorded: personal data, never for messages or logs ({@link #ledByMasked()}). */
    public String ledBy() {
        return ledBy;
    }

    public String scope() {
        return scope;
    }

    public String findings() {
        return findings;
    }

    public List<HazardId> hazards() {
        return hazards;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "PrincipalCheck[" + id + ", enterprise=" + enterpriseId + ", checkedOn=" + checkedOn + ", ledBy="
                + ledByMasked() + "]";
    }
}
