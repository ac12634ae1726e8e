package org.zhiben.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardFinding;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.RectificationEvidence;
import org.zhiben.hazards.RectificationPlan;
import org.zhiben.shared.Actor;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/** Values shared by the enforcement tests; hazards are built through their own public commands. */
final class EnforcementFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final JurisdictionCode ARTUX = JurisdictionCode.of("653001");
    static final IndustryCode CHEMICALS = IndustryCode.of("HAZARDOUS_CHEMICALS");
    static final UUID ENTERPRISE = UUID.fromString("6a1f0d8e-2b7c-4d7e-9a11-0c3f5e1b2a44");
    static final UnitCode EMB = UnitCode.of("EMB");
    static final Actor INSPECTOR_LI = new Actor("inspector.li", "INSPECTOR", "EMB");
    static final Actor INSPECTOR_WANG = new Actor("inspector.wang", "INSPECTOR", "EMB");
    static final Actor OFFICER = new Actor("officer.zhao", "DEPARTMENT_OFFICER", "EMB");
    static final Actor LEGAL = new Actor("legal.sun", "LEGAL_REVIEWER", "EMB");
    static final Actor TIP_OFFICER = new Actor("tipoff.ma", "TIP_OFF_OFFICER", "EMB");
    static final Actor TIP_OFFICER_2 = new Actor("tipoff.hu", "TIP_OFF_OFFICER", "EMB");
    static final Actor ENTERPRISE_USER = new Actor("safety.officer", "ENTERPRISE_MANAGER", null);

    private EnforcementFixtures() {
    }

    /** Noon of {@code day} in the prefecture's zone. */
    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    /** A major hazard found through {@code channel} on {@code day}, determined and given a plan with {@code deadline}. */
    static MajorHazard rectifying(DiscoveryChannel channel, LocalDate day, LocalDate deadline) {
        MajorHazard hazard = MajorHazard.register(HazardId.newId(), new HazardFinding(ENTERPRISE, ARTUX, CHEMICALS,
                "Tank farm, area B", "Level gauge of tank T-3 not connected to the alarm", day, "inspector.li",
                channel, "JC-2024-017", List.of()), INSPECTOR_LI, at(day));
        hazard.determine(HazardLevelOutcome.major(new ClauseReference("CHEM-2017", "2")), INSPECTOR_LI, at(day), null);
        hazard.setRectificationPlan(new RectificationPlan("Head of maintenance", "Connect the gauge to the alarm",
                1_200_000L, deadline, "Manual level reading every two hours"), ENTERPRISE_USER, at(day), null);
        return hazard;
    }

    static void rectify(MajorHazard hazard, LocalDate on) {
        hazard.submitRectification(new RectificationEvidence("Gauge connected and alarm tested",
                List.of(new AttachmentRef(UUID.randomUUID(), "photo.jpg", "image/jpeg", 1024, "a".repeat(64)))),
                ENTERPRISE_USER, at(on), null);
    }
}
