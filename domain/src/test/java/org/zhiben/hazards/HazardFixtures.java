package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.zhiben.shared.Actor;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** Hazards in given states, built through the aggregate's own commands. */
public final class HazardFixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The major-hazard targets of Kizilsu's plan (campaign.yaml, campaignTargets). */
    public static final HazardTargets KIZILSU_TARGETS = new HazardTargets(LocalDate.of(2023, 12, 31),
            LocalDate.of(2024, 12, 20), 0, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31), 0);
    public static final LocalDate KIZILSU_BASELINE = KIZILSU_TARGETS.stockFoundOnOrBefore();
    public static final JurisdictionCode ARTUX = JurisdictionCode.of("653001");
    public static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    public static final IndustryCode CHEMICALS = IndustryCode.of("HAZARDOUS_CHEMICALS");
    public static final IndustryCode MINES = IndustryCode.of("NON_COAL_MINES");
    public static final UUID ENTERPRISE = UUID.fromString("6a1f0d8e-2b7c-4d7e-9a11-0c3f5e1b2a44");
    public static final Actor ENTERPRISE_USER = new Actor("safety.officer", "ENTERPRISE", null);
    public static final Actor INSPECTOR = new Actor("inspector.li", "INSPECTOR", "EMB");
    public static final ClauseReference CLAUSE = new ClauseReference("CHEM-2017", "2");

    private HazardFixtures() {
    }

    /** Noon of {@code day} in the prefecture's zone. */
    public static Instant at(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    public static AttachmentRef attachment() {
        return new AttachmentRef(UUID.randomUUID(), "photo.jpg", "image/jpeg", 1024, "a".repeat(64));
    }

    public static HazardFinding finding(JurisdictionCode jurisdiction, IndustryCode industry, LocalDate discoveredOn,
            DiscoveryChannel channel) {
        return new HazardFinding(ENTERPRISE, jurisdiction, industry, "Tank farm, area B",
                "Level gauge of tank T-3 not connected to the alarm", discoveredOn, "inspector.li", channel,
                "JC-2024-017", List.of(attachment()));
    }

    public static MajorHazard reported(LocalDate day) {
        MajorHazard hazard = MajorHazard.register(HazardId.newId(),
                finding(ARTUX, CHEMICALS, day, DiscoveryChannel.SUPERVISORY_INSPECTION), INSPECTOR, at(day));
        return hazard;
    }

    /** Registered and determined major on {@code day}. */
    public static MajorHazard major(JurisdictionCode jurisdiction, IndustryCode industry, LocalDate discoveredOn,
            LocalDate registeredOn, DiscoveryChannel channel) {
        MajorHazard hazard = MajorHazard.register(HazardId.newId(),
                finding(jurisdiction, industry, discoveredOn, channel), INSPECTOR, at(registeredOn));
        hazard.determine(HazardLevelOutcome.major(CLAUSE), INSPECTOR, at(registeredOn), null);
        return hazard;
    }

    public static MajorHazard major(LocalDate day) {
        return major(ARTUX, CHEMICALS, day, day, DiscoveryChannel.SUPERVISORY_INSPECTION);
    }

    public static RectificationPlan plan(LocalDate deadline) {
        return new RectificationPlan("Head of maintenance", "Connect the gauge to the DCS alarm", 1_200_000L,
                deadline, "Manual level reading every two hours; tank kept below 70 %");
    }

    /** Major, with a plan set on {@code planOn} and the given deadline. */
    public static MajorHazard rectifying(LocalDate discoveredOn, LocalDate planOn, LocalDate deadline) {
        MajorHazard hazard = major(discoveredOn);
        hazard.setRectificationPlan(plan(deadline), ENTERPRISE_USER, at(planOn), null);
        return hazard;
    }

    public static RectificationEvidence evidence() {
        return new RectificationEvidence("Gauge connected and alarm tested", List.of(attachment()));
    }

    public static void rectify(MajorHazard hazard, LocalDate on) {
        hazard.submitRectification(evidence(), ENTERPRISE_USER, at(on), null);
    }

    public static void closeLoop(MajorHazard hazard, LocalDate rectifiedOn, LocalDate writtenOffOn) {
        rectify(hazard, rectifiedOn);
        hazard.verify(INSPECTOR, at(writtenOffOn), "Checked on site");
        hazard.writeOff(INSPECTOR, at(writtenOffOn), ZONE, null);
    }
}
