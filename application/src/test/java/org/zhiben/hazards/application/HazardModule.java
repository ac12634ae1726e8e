package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.DutySeparationRule;
import org.zhiben.hazards.EscalationPolicy;
import org.zhiben.hazards.HazardDetermined;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.hazards.HazardFinding;
import org.zhiben.campaign.CampaignTarget;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.campaign.TargetMeasure;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.RectificationEvidence;
import org.zhiben.hazards.RectificationPlan;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The hazards module's use cases wired to in-memory fakes and a moving clock; the enterprise is notified of the events
 * as the application's listeners do.
 */
final class HazardModule {

    static final JurisdictionCode ARTUX = JurisdictionCode.of("653001");
    static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    static final IndustryCode CHEMICALS = IndustryCode.of("HAZARDOUS_CHEMICALS");
    static final UUID ENTERPRISE = UUID.fromString("0f7d3c2a-5b1e-4c8d-9e6f-a1b2c3d4e5f6");
    static final ClauseReference CLAUSE = new ClauseReference("CHEM-2017", "7");
    static final Actor ENTERPRISE_USER = new Actor("safety.officer", "ENTERPRISE", null);
    static final Actor INSPECTOR = new Actor("inspector.wang", "INSPECTOR", "EMB");
    /** A second officer, who verifies and writes off what INSPECTOR reported (separation of duties). */
    static final Actor SUPERVISOR = new Actor("officer.ma", "DEPARTMENT_OFFICER", "ACO");
    static final EscalationPolicy POLICY = new EscalationPolicy(LocalDate.of(2024, 1, 1), 1, 15, 30, 60);

    final MovingClock clock;
    final InMemoryMajorHazards hazards = new InMemoryMajorHazards();
    final RecordingHazardEvents events = new RecordingHazardEvents();
    final RecordingHazardNotifications notifications = new RecordingHazardNotifications();
    final NotifyEnterprise notify = new NotifyEnterprise(hazards, notifications);
    final SettableCurrentActors actors = new SettableCurrentActors(INSPECTOR, DataScope.wholePrefecture());
    final RecordingAuditRecorder audit = new RecordingAuditRecorder();
    final InMemoryDeterminationStandards standards = new InMemoryDeterminationStandards();
    final InMemoryHazardFiles files = new InMemoryHazardFiles();
    final HazardStore store;
    /** The versions of the separation-of-duties rule; on from 2024 by default. */
    final List<DutySeparationRule> dutyRules = new java.util.ArrayList<>(List.of(DutySeparationRule.DEFAULT));

    final RegisterHazard register;
    final DetermineHazardLevel determine;
    final SetRectificationPlan setPlan;
    final SubmitRectification submit;
    final VerifyRectification verify;
    final RefuseAcceptance refuse;
    final WriteOffHazard writeOff;
    final CancelHazard cancel;
    final RequestDeadlineExtension requestExtension;
    final DecideDeadlineExtension decideExtension;
    final ListHazard list;
    final RemoveListing removeListing;
    final EscalateOverdueHazards escalate;
    /** The major-hazard targets of Kizilsu's plan, as campaign.yaml states them. */
    static final CampaignTargets KIZILSU_TARGETS = () -> List.of(
            new CampaignTarget("STOCK_2023_CLEARED", LocalDate.of(2024, 12, 31), "2024年底前基本消除2023年及以前排查发现的重大事故隐患存量",
                    TargetMeasure.MAJOR_HAZARD_STOCK_CLEARED, LocalDate.of(2024, 12, 20), LocalDate.of(2023, 12, 31), 0),
            new CampaignTarget("INCREMENT_CONTAINED", LocalDate.of(2025, 12, 31), "2025年底前有效遏制重大事故隐患增量",
                    TargetMeasure.MAJOR_HAZARD_INCREMENT_CONTAINED, null, null, null),
            new CampaignTarget("DYNAMIC_CLEARANCE_ROUTINE", LocalDate.of(2026, 12, 31),
                    "2026年底前形成重大事故隐患动态清零的常态化机制", TargetMeasure.MAJOR_HAZARD_DYNAMIC_CLEARANCE, null,
                    null, 0));

    final ComputeCampaignIndicators indicators;

    HazardModule(LocalDate today) {
        clock = new MovingClock(today);
        events.subscribe(event -> {
            if (event instanceof HazardDetermined determined) {
                notify.execute(determined);
            } else if (event instanceof HazardEscalated escalated) {
                notify.execute(escalated);
            }
        });
        store = new HazardStore(hazards, new InMemoryMajorHazards.Numbering(), events, actors, audit, clock);
        register = new RegisterHazard(store);
        determine = new DetermineHazardLevel(store, new DetermineHazard(standards));
        setPlan = new SetRectificationPlan(store);
        submit = new SubmitRectification(store, files);
        verify = new VerifyRectification(store, () -> dutyRules);
        refuse = new RefuseAcceptance(store);
        writeOff = new WriteOffHazard(store, () -> dutyRules);
        cancel = new CancelHazard(store);
        requestExtension = new RequestDeadlineExtension(store);
        decideExtension = new DecideDeadlineExtension(store, () -> dutyRules);
        list = new ListHazard(store);
        removeListing = new RemoveListing(store);
        escalate = new EscalateOverdueHazards(store, List.of(POLICY));
        indicators = new ComputeCampaignIndicators(new ReplayedHazardCounts(hazards), KIZILSU_TARGETS, clock);
    }

    static HazardFinding finding(LocalDate discoveredOn, DiscoveryChannel channel) {
        return finding(ARTUX, discoveredOn, channel);
    }

    static HazardFinding finding(JurisdictionCode jurisdiction, LocalDate discoveredOn, DiscoveryChannel channel) {
        return new HazardFinding(ENTERPRISE, jurisdiction, CHEMICALS, "Loading bay 2",
                "Emergency shut-off valve of the LPG loading arm bypassed", discoveredOn, "inspector.wang", channel,
                "DC-2025-031", List.of(attachment()));
    }

    static AttachmentRef attachment() {
        return new AttachmentRef(UUID.randomUUID(), "valve.jpg", "image/jpeg", 2048, "0".repeat(64));
    }

    static RectificationPlan plan(LocalDate deadline) {
        return new RectificationPlan("Plant manager", "Restore and interlock the shut-off valve", 350_000L,
                deadline, "Loading suspended until the valve is restored");
    }

    static RectificationEvidence evidence() {
        return new RectificationEvidence("Valve restored, interlock tested", List.of(attachment()));
    }

    long version(HazardId id) {
        return hazards.get(id).version();
    }

    /** Registers a major hazard found today and sets a plan with the given deadline; returns its id. */
    HazardId rectifyingMajor(LocalDate deadline) {
        HazardId id = register.execute(new RegisterHazardCommand(
                finding(clock.today(), DiscoveryChannel.SUPERVISORY_INSPECTION),
                HazardLevelOutcome.major(CLAUSE), INSPECTOR));
        setPlan.execute(new SetRectificationPlanCommand(id, version(id), plan(deadline), ENTERPRISE_USER, null));
        return id;
    }
}
