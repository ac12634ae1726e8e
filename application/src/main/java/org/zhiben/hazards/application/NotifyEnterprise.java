package org.zhiben.hazards.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardDetermined;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.hazards.HazardEvent;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardNotice;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.hazards.HazardNotifications;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.shared.NotFoundException;

/**
 * Notifies the enterprise's principal and actual controller of what happened to one of its hazards, through one
 * channel, in reaction to the hazard's events. Task 23: "及时将重大事故隐患信息通知到相关企业的主要负责人、实际控制人";
 * task 25 for the escalation steps. A hazard determined as major is notified as registered in the major-hazard
 * database; each step of the escalation ladder is notified with the step, the deadline and the days overdue. Both
 * name the hazard by its number (隐患编号, param {@code number}). Every
 * notice carries the event's id, so that the channel gives it once even when the event is delivered again.
 */
public class NotifyEnterprise {

    private final MajorHazards hazards;
    private final HazardNotifications channel;

    public NotifyEnterprise(MajorHazards hazards, HazardNotifications channel) {
        this.hazards = hazards;
        this.channel = channel;
    }

    /** A major hazard: notified as registered; a general one: nobody is notified. @return the notices given */
    public List<HazardNotice> execute(HazardDetermined event) {
        if (event.level() != HazardLevel.MAJOR) {
            return List.of();
        }
        MajorHazard hazard = hazards.findById(event.hazardId())
                .orElseThrow(() -> new NotFoundException(MajorHazard.ENTITY, event.hazardId()));
        return notifyBoth(event, HazardNotificationKind.MAJOR_HAZARD_REGISTERED, withNumber(hazard, Map.of(
                "clause", event.clause().toString(),
                "discoveredOn", hazard.discoveredOn().toString(),
                "location", hazard.location())));
    }

    /** A step of the escalation ladder. @return the notices given */
    public List<HazardNotice> execute(HazardEscalated event) {
        return notifyBoth(event, HazardNotificationKind.ESCALATED, withNumber(hazards.findById(event.hazardId())
                .orElse(null), Map.of(
                "step", event.step().name(),
                "stepLabel", event.step().label(),
                "deadline", event.deadline().toString(),
                "daysOverdue", Long.toString(event.daysOverdue()),
                "actingUnit", event.actingUnit().value())));
    }

    /** The params with the hazard's number (隐患编号), so that the notice names the hazard as people quote it. */
    private static Map<String, String> withNumber(MajorHazard hazard, Map<String, String> params) {
        if (hazard == null || hazard.number() == null) {
            return params;
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(params);
        all.put("number", hazard.number().value());
        return Map.copyOf(all);
    }

    private List<HazardNotice> notifyBoth(HazardEvent event, HazardNotificationKind kind, Map<String, String> params) {
        List<HazardNotice> given = new ArrayList<>();
        for (EnterpriseContactRole role : EnterpriseContactRole.values()) {
            HazardNotice notice = new HazardNotice(event.eventId(), role, event.enterpriseId(), event.hazardId(),
                    event.jurisdiction(), event.industry(), kind, params, event.occurredAt());
            channel.notify(notice);
            given.add(notice);
        }
        return given;
    }
}
