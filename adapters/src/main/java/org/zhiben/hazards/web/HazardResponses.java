package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.HazardTargets;
import org.zhiben.hazards.DeadlineExtension;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.EscalationPolicy;
import org.zhiben.hazards.EscalationRecord;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.HazardStock;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.hazards.Listing;
import org.zhiben.hazards.ListingLevel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.RectificationPlan;
import org.zhiben.hazards.storage.HazardInbox;
import org.zhiben.hazards.storage.HazardTimeline;
import org.zhiben.shared.Actor;

/** The response bodies of the hazard API; codes as plain strings. */
final class HazardResponses {

    static final String JURISDICTION = "a jurisdiction code of the plan, e.g. 653001 (a county or city) or 653000-P01 "
            + "(a port administration); the codes are listed by GET /api/v1/organization/jurisdictions";
    static final String INDUSTRY = "an industry code of the plan, e.g. HAZARDOUS_CHEMICALS; the codes are listed by "
            + "GET /api/v1/organization/industries";

    private HazardResponses() {
    }

    record ActorView(String username, String role,
            @Schema(nullable = true, description = "none for an API client") String unitCode) {
        static ActorView of(Actor actor) {
            return actor == null ? null : new ActorView(actor.username(), actor.role(), actor.unitCode());
        }
    }

    record AttachmentView(UUID id, String fileName, String contentType, long size, String sha256) {
        static AttachmentView of(AttachmentRef a) {
            return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.size(), a.sha256());
        }
    }

    record ClauseView(String standardCode, String clauseNumber) {
    }

    record PlanView(String responsiblePerson, String measures, long fundsFen, LocalDate deadline,
            String contingencyPlan) {
        static PlanView of(RectificationPlan p) {
            return new PlanView(p.responsiblePerson(), p.measures(), p.fundsFen(), p.deadline(), p.contingencyPlan());
        }
    }

    record EvidenceView(String description, List<AttachmentView> attachments) {
    }

    record ExtensionView(LocalDate previousDeadline, LocalDate requestedDeadline, String reason,
            ActorView requestedBy, Instant requestedAt,
            @Schema(implementation = DeadlineExtension.Decision.class) String decision,
            @Schema(nullable = true) ActorView decidedBy, @Schema(nullable = true) Instant decidedAt,
            @Schema(nullable = true) String decisionReason) {
        static ExtensionView of(DeadlineExtension x) {
            return new ExtensionView(x.previousDeadline(), x.requestedDeadline(), x.reason(),
                    ActorView.of(x.requestedBy()), x.requestedAt(), x.decision().name(), ActorView.of(x.decidedBy()),
                    x.decidedAt(), x.decisionReason());
        }
    }

    record ListingView(@Schema(implementation = ListingLevel.class) String level, String supervisingUnit,
            String responsibleUnit, LocalDate listedOn, LocalDate deadline,
            @Schema(nullable = true) LocalDate removedOn, @Schema(nullable = true) String removalReason,
            @Schema(description = "the listing deadline as set at the listing; an approved deadline extension moves "
                    + "deadline, not this") LocalDate deadlineAsListed) {
        static ListingView of(Listing l) {
            return new ListingView(l.level().name(), l.supervisingUnit().value(), l.responsibleUnit().value(),
                    l.listedOn(), l.deadline(), l.removedOn(), l.removalReason(), l.deadlineAsListed());
        }
    }

    record EscalationView(String step, LocalDate on, String actingUnit, @Schema(nullable = true) ActorView actor) {
        static EscalationView of(EscalationRecord e) {
            return new EscalationView(e.step().name(), e.on(), e.actingUnit().value(), ActorView.of(e.actor()));
        }
    }

    /** A hazard as the API shows it; {@code overdue} and {@code daysOverdue} are as of today. */
    record HazardView(UUID id,
            @Schema(description = "the number people quote (隐患编号): jurisdiction-year-sequence, e.g. "
                    + "653022-2026-00058") String number, long version, UUID enterpriseId,
            @Schema(description = JURISDICTION) String jurisdiction, @Schema(description = INDUSTRY) String industry,
            String location, String description, LocalDate discoveredOn, String discoveredBy,
            @Schema(implementation = DiscoveryChannel.class) String channel, String sourceReference,
            @Schema(implementation = HazardStatus.class) String status,
            @Schema(implementation = HazardLevel.class, nullable = true, description = "null until determined")
            String level,
            @Schema(nullable = true) ClauseView clause, @Schema(nullable = true) String standardCode,
            @Schema(nullable = true) PlanView plan, @Schema(nullable = true) LocalDate currentDeadline,
            boolean overdue, long daysOverdue, int refusals, boolean listed,
            List<AttachmentView> attachments, List<EvidenceView> evidence, List<ExtensionView> extensions,
            List<ListingView> listings, List<EscalationView> escalations) {

        static HazardView of(MajorHazard h, LocalDate today) {
            return new HazardView(h.id().value(), h.number() == null ? null : h.number().value(), h.version(),
                    h.enterpriseId(), h.jurisdiction().value(),
                    h.industry().value(), h.location(), h.description(), h.discoveredOn(), h.discoveredBy(),
                    h.channel().name(), h.sourceReference(), h.status().name(),
                    h.level() == null ? null : h.level().name(),
                    h.clause() == null ? null : new ClauseView(h.clause().standardCode(), h.clause().clauseNumber()),
                    h.standardCode(), h.plan().map(PlanView::of).orElse(null),
                    h.currentDeadline().orElse(null), h.isOverdue(today), h.daysOverdue(today), h.refusals(),
                    h.isListed(), h.attachments().stream().map(AttachmentView::of).toList(),
                    h.evidence().stream().map(e -> new EvidenceView(e.description(),
                            e.attachments().stream().map(AttachmentView::of).toList())).toList(),
                    h.extensions().stream().map(ExtensionView::of).toList(),
                    h.listings().stream().map(ListingView::of).toList(),
                    h.escalations().stream().map(EscalationView::of).toList());
        }
    }

    record TimelineEntryView(String kind, Instant at, @Schema(nullable = true) LocalDate on,
            @Schema(nullable = true) ActorView actor, @Schema(nullable = true) String actingUnit,
            @Schema(nullable = true) String from, @Schema(nullable = true) String to,
            @Schema(nullable = true) String detail, @Schema(nullable = true) String reason) {
        static TimelineEntryView of(HazardTimeline.Entry e) {
            return new TimelineEntryView(e.kind().name(), e.at(), e.on(), ActorView.of(e.actor()), e.actingUnit(),
                    e.from(), e.to(), e.detail(), e.reason());
        }
    }

    /** {@code openingFound2023OrEarlier}: found on or before the plan's baseline (the name is Kizilsu's, kept). */
    record FiguresView(long openingStock, long openingFound2023OrEarlier, Map<String, Long> newByChannel,
            long newTotal, long writtenOff, long cancelled, long closingStock, long closingOverdue,
            long closingListed, @Schema(nullable = true) BigDecimal rectificationRate) {
        static FiguresView of(HazardStockFigures f) {
            Map<String, Long> byChannel = new LinkedHashMap<>();
            f.newByChannel().forEach((channel, count) -> byChannel.put(channel.name(), count));
            return new FiguresView(f.openingStock(), f.openingFoundByBaseline(), byChannel, f.newTotal(),
                    f.writtenOff(), f.cancelled(), f.closingStock(), f.closingOverdue(), f.closingListed(),
                    f.rectificationRate());
        }
    }

    record StockRowView(String jurisdiction, String industry, FiguresView figures) {
    }

    /**
     * @param stockFoundOnOrBefore the plan's baseline of {@code openingFound2023OrEarlier}
     * @param report               for a month the plan requires the table for: when and to which unit it is due
     */
    record StockView(LocalDate periodStart, LocalDate periodEnd, LocalDate stockFoundOnOrBefore,
            List<StockRowView> rows, FiguresView total, ReportView report) {
        static StockView of(HazardStock s) {
            return of(s, null);
        }

        static StockView of(HazardStock s, ReportView report) {
            return new StockView(s.periodStart(), s.periodEnd(), s.stockFoundOnOrBefore(), s.rows().stream()
                    .map(r -> new StockRowView(r.jurisdiction().value(), r.industry().value(),
                            FiguresView.of(r.figures())))
                    .toList(), FiguresView.of(s.total()), report);
        }
    }

    /** The plan's obligation to report the table of a month: the form, the day it is due, the unit it goes to. */
    record ReportView(String code, String form, LocalDate due, String submitTo) {
    }

    /**
     * The indicators; the names of the figures are those of Kizilsu's plan (2023, 2024, 2025, 2026), kept for
     * compatibility: {@code targets} gives the loaded plan's days and values they are measured with.
     */
    record IndicatorsView(LocalDate asOf, long stock2023Remaining, boolean stock2023Cleared, long newMajorIn2024,
            long newMajorIn2025, boolean incrementContained, long overdueAtEnd2026, boolean dynamicClearance,
            TargetsView targets) {
        static IndicatorsView of(CampaignIndicators i) {
            return new IndicatorsView(i.asOf(), i.stockRemaining(), i.stockCleared(), i.newMajorInPreviousYear(),
                    i.newMajorInTargetYear(), i.incrementContained(), i.overdueAtTarget(), i.dynamicClearance(),
                    TargetsView.of(i.targets()));
        }
    }

    /**
     * The loaded plan's major-hazard targets: the stock found on or before {@code stockFoundOnOrBefore} measured on
     * {@code stockMeasuredOn} (at most {@code stockAtMost} left); the new major hazards of the year from
     * {@code incrementYearStart} to {@code incrementYearEnd} against the year from {@code previousYearStart} to
     * {@code previousYearEnd}; the overdue ones on {@code overdueMeasuredOn} (at most {@code overdueAtMost}).
     */
    record TargetsView(LocalDate stockFoundOnOrBefore, LocalDate stockMeasuredOn, int stockAtMost,
            LocalDate previousYearStart, LocalDate previousYearEnd, LocalDate incrementYearStart,
            LocalDate incrementYearEnd, LocalDate overdueMeasuredOn, int overdueAtMost) {
        static TargetsView of(HazardTargets t) {
            return new TargetsView(t.stockFoundOnOrBefore(), t.stockMeasuredOn(), t.stockAtMost(),
                    t.previousYearStart(), t.previousYearEnd(), t.incrementYearStart(), t.incrementMeasuredOn(),
                    t.overdueMeasuredOn(), t.overdueAtMost());
        }
    }

    record EscalationPolicyView(LocalDate effectiveFrom, int warningLetterDays, int circularDays, int interviewDays,
            int publicExposureDays) {
        static EscalationPolicyView of(EscalationPolicy p) {
            return new EscalationPolicyView(p.effectiveFrom(), p.warningLetterAfterDays(), p.circularAfterDays(),
                    p.interviewAfterDays(), p.publicExposureAfterDays());
        }
    }

    record EscalatedView(UUID hazardId, UUID enterpriseId, String step, String actingUnit, LocalDate on) {
        static EscalatedView of(HazardEscalated e) {
            return new EscalatedView(e.hazardId().value(), e.enterpriseId(), e.step().name(), e.actingUnit().value(),
                    e.on());
        }
    }

    record EscalationRunView(LocalDate runOn, List<EscalatedView> escalated) {
    }

    /**
     * A notice of the inbox: a hazard notice has its recipient role, kind and named parameters; a posted one its
     * message code and arguments; both have their text in the caller's language and where they lead.
     */
    record NotificationView(UUID id, @Schema(nullable = true) String recipientRole,
            @Schema(nullable = true) UUID enterpriseId, @Schema(nullable = true) String unit,
            @Schema(nullable = true) UUID hazardId, @Schema(nullable = true) String kind, Map<String, String> params,
            String messageCode, List<String> arguments, String text, @Schema(nullable = true) String link,
            Instant createdAt, @Schema(nullable = true) Instant readAt) {
        static NotificationView of(HazardInbox.Notice n, InboxTexts texts, Locale locale) {
            return new NotificationView(n.id(), n.recipientRole() == null ? null : n.recipientRole().name(),
                    n.enterpriseId(), n.unit() == null ? null : n.unit().value(), n.hazardId(),
                    n.kind() == null ? null : n.kind().name(), n.params(), n.messageCode(),
                    n.arguments().stream().map(Object::toString).toList(), texts.text(n, locale),
                    texts.show(n, locale).href(), n.createdAt(), n.readAt());
        }
    }
}
