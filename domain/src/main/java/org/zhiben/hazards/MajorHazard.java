package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;

/**
 * A hazard (事故隐患) in the major-hazard database (重大事故隐患数据库), from its registration to its closed-loop
 * write-off (闭环销号). It holds general hazards too: the level is determined after registration.
 *
 * <p>Task 23: "对重大事故隐患实行清单管理、动态更新、闭环销号". Task 25: "建立负有安全监管职责有关部门审核把关销号机制,
 * ……明确每项重大事故隐患的整改责任、时限、措施". The lifecycle is the table of {@link HazardStatus}; every move takes
 * the acting {@link Actor} (the signer: "谁检查、谁签名、谁负责"), the instant from the caller's clock and a reason
 * (required for a refusal, a cancellation and a deadline extension), is appended to the {@link #history()} and raises
 * an event, to be taken with {@link #pullEvents()}.
 *
 * <p>The history is complete, so the state of the hazard on any past day can be replayed from it
 * ({@link #statusOn(LocalDate, ZoneId)}, {@link #deadlineOn(LocalDate, ZoneId)}, ...): the stock statistics of a
 * past month never change when the hazard changes later.
 *
 * <p>Overdue: a hazard is overdue while it is being rectified and the day is after its current deadline. Once the
 * enterprise reports it rectified, the enterprise's clock stops; if the acceptance is refused, the clock runs again
 * against the same deadline.
 */
public final class MajorHazard {

    /** The entity name used in refusals that name the aggregate. */
    public static final String ENTITY = "MajorHazard";

    /** Everything a hazard holds, to store it and to restore it. */
    public record Snapshot(HazardId id, HazardFinding finding, HazardLevel level, ClauseReference clause,
            String standardCode, RectificationPlan plan, List<RectificationEvidence> evidence, HazardStatus status,
            long version, List<HazardTransition> history, List<DeadlineExtension> extensions, List<Listing> listings,
            List<EscalationRecord> escalations, LocalDate overdueNotedForDeadline, HazardNumber number) {

        public Snapshot {
            Require.notNull(id, "hazardId");
            Require.notNull(finding, "finding");
            Require.notNull(status, "status");
            history = List.copyOf(Require.notEmpty(history, "history"));
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
            extensions = extensions == null ? List.of() : List.copyOf(extensions);
            listings = listings == null ? List.of() : List.copyOf(listings);
            escalations = escalations == null ? List.of() : List.copyOf(escalations);
            boolean determined = history.stream().anyMatch(t -> t.to() == HazardStatus.DETERMINED);
            boolean planned = history.stream().anyMatch(t -> t.to() == HazardStatus.RECTIFYING);
            if (history.get(history.size() - 1).to() != status || determined != (level != null)
                    || planned != (plan != null)) {
                throw new InvalidValueException("status", "hazard.snapshot.inconsistent",
                        "the status, level and plan must agree with the history");
            }
        }
    }

    private final HazardId id;
    private final HazardNumber number;
    private HazardFinding finding;
    private final long version;
    private HazardLevel level;
    private ClauseReference clause;
    private String standardCode;
    private RectificationPlan plan;
    private HazardStatus status;
    private LocalDate overdueNotedForDeadline;
    private final List<RectificationEvidence> evidence = new ArrayList<>();
    private final List<HazardTransition> history = new ArrayList<>();
    private final List<DeadlineExtension> extensions = new ArrayList<>();
    private final List<Listing> listings = new ArrayList<>();
    private final List<EscalationRecord> escalations = new ArrayList<>();
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private MajorHazard(HazardId id, HazardNumber number, HazardFinding finding, long version) {
        this.id = id;
        this.number = number;
        this.finding = finding;
        this.version = version;
    }

    // ---------------------------------------------------------------------------------------------- registration

    /** Registers a finding reported through any channel; the hazard starts as {@link HazardStatus#REPORTED}. */
    public static MajorHazard register(HazardId id, HazardFinding finding, Actor actor, Instant at) {
        return register(id, null, finding, actor, at);
    }

    /**
     * Registers a finding under the number it was given (隐患编号, see {@link HazardNumber}); the hazard starts as
     * {@link HazardStatus#REPORTED}.
     */
    public static MajorHazard register(HazardId id, HazardNumber number, HazardFinding finding, Actor actor,
            Instant at) {
        Require.notNull(id, "hazardId");
        Require.notNull(finding, "finding");
        Require.notNull(actor, "actor");
        Require.notNull(at, "at");
        MajorHazard hazard = new MajorHazard(id, number, finding, 0L);
        hazard.status = HazardStatus.REPORTED;
        hazard.history.add(new HazardTransition(null, HazardStatus.REPORTED, actor, at, null));
        hazard.raise(new HazardRegistered(DomainEvent.newEventId(), id, finding.enterpriseId(), finding.jurisdiction(), finding.industry(),
                null, finding.channel(), finding.discoveredOn(), at));
        return hazard;
    }

    /** Rebuilds a stored hazard; raises no event. */
    public static MajorHazard restore(Snapshot s) {
        MajorHazard hazard = new MajorHazard(s.id(), s.number(), s.finding(), s.version());
        hazard.level = s.level();
        hazard.clause = s.clause();
        hazard.standardCode = s.standardCode();
        hazard.plan = s.plan();
        hazard.status = s.status();
        hazard.overdueNotedForDeadline = s.overdueNotedForDeadline();
        hazard.evidence.addAll(s.evidence());
        hazard.history.addAll(s.history());
        hazard.extensions.addAll(s.extensions());
        hazard.listings.addAll(s.listings());
        hazard.escalations.addAll(s.escalations());
        return hazard;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, finding, level, clause, standardCode, plan, evidence, status, version, history,
                extensions, listings, escalations, overdueNotedForDeadline, number);
    }

    /**
     * This hazard as it was stored at {@code storedVersion}: the same state under the version the store gave it, so
     * that whoever stored it can answer with the new version without reading it again. Raises no event.
     */
    public MajorHazard asStored(long storedVersion) {
        return restore(new Snapshot(id, finding, level, clause, standardCode, plan, evidence, status, storedVersion,
                history, extensions, listings, escalations, overdueNotedForDeadline, number));
    }

    /**
     * Refuses a command prepared against another version than the stored one (optimistic concurrency).
     *
     * @throws StaleVersionException when {@code expectedVersion} is not this hazard's version
     */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException(ENTITY, id, expectedVersion, version);
        }
    }

    // ------------------------------------------------------------------------------------------------- lifecycle

    /**
     * REPORTED → DETERMINED: records the level found against the determination standard in force; a major hazard
     * names its clause.
     */
    public void determine(HazardLevelOutcome outcome, Actor actor, Instant at, String reason) {
        Require.notNull(outcome, "outcome");
        move(HazardStatus.DETERMINED, null, actor, at, reason);
        level = outcome.level();
        clause = outcome.clause();
        standardCode = outcome.standardCode();
        raise(new HazardDetermined(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, clause, at));
    }

    /**
     * DETERMINED → RECTIFYING: sets the rectification plan with its five items (五落实); its deadline cannot be
     * before the day the hazard was discovered.
     */
    public void setRectificationPlan(RectificationPlan newPlan, Actor actor, Instant at, String reason) {
        Require.notNull(newPlan, "plan");
        if (newPlan.deadline().isBefore(finding.discoveredOn())) {
            throw new InvalidValueException("plan.deadline", "hazard.plan.deadline-before-discovery",
                    "the rectification deadline cannot be before the discovery date", newPlan.deadline(),
                    finding.discoveredOn());
        }
        move(HazardStatus.RECTIFYING, HazardStatus.DETERMINED, actor, at, reason);
        plan = newPlan;
        raise(new RectificationPlanSet(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, newPlan.deadline(),
                newPlan.fundsFen(), at));
    }

    /**
     * RECTIFYING → RECTIFIED: the enterprise reports the hazard rectified with its evidence. The enterprise's
     * deadline clock stops here; a pending extension request is withdrawn.
     */
    public void submitRectification(RectificationEvidence submitted, Actor actor, Instant at, String reason) {
        Require.notNull(submitted, "evidence");
        move(HazardStatus.RECTIFIED, null, actor, at, reason);
        evidence.add(submitted);
        withdrawPendingExtension(actor, at);
        raise(new HazardRectified(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, at));
    }

    /**
     * RECTIFIED → VERIFIED: the supervising department accepts the rectification. The signer is recorded and must act
     * for a unit: "谁检查、谁签名、谁负责".
     */
    public void verify(Actor actor, Instant at, String reason) {
        requireUnit(actor);
        move(HazardStatus.VERIFIED, null, actor, at, reason);
        raise(new HazardVerified(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, actor.unitCode(), at));
    }

    /** RECTIFIED → RECTIFYING: the supervising department refuses the acceptance, giving its reasons. */
    public void refuseAcceptance(Actor actor, Instant at, String reason) {
        requireUnit(actor);
        Require.notBlank(reason, "reason");
        move(HazardStatus.RECTIFYING, HazardStatus.RECTIFIED, actor, at, reason);
        raise(new HazardAcceptanceRefused(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, refusals(), at));
    }

    /**
     * VERIFIED → WRITTEN_OFF: the supervising department closes the loop (审核把关销号). A listing still in force ends
     * with it (摘牌), on the day of the write-off in {@code zone}: a written-off hazard is no longer under listing
     * supervision.
     */
    public void writeOff(Actor actor, Instant at, ZoneId zone, String reason) {
        requireUnit(actor);
        move(HazardStatus.WRITTEN_OFF, null, actor, at, reason);
        endListingOnClosure(LISTING_ENDED_BY_WRITE_OFF, actor, at, zone);
        raise(new HazardWrittenOff(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, actor.unitCode(), at));
    }

    /**
     * REPORTED, DETERMINED or RECTIFYING → CANCELLED, e.g. a false report; the reason is required. A listing still in
     * force ends with it, on the day of the cancellation in {@code zone}.
     */
    public void cancel(Actor actor, Instant at, ZoneId zone, String reason) {
        Require.notBlank(reason, "reason");
        HazardStatus from = status;
        move(HazardStatus.CANCELLED, null, actor, at, reason);
        withdrawPendingExtension(actor, at);
        endListingOnClosure(LISTING_ENDED_BY_CANCELLATION, actor, at, zone);
        raise(new HazardCancelled(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, from, at));
    }

    /** The removal reason recorded when the write-off ends the listing. */
    public static final String LISTING_ENDED_BY_WRITE_OFF = "隐患已销号，挂牌督办随之结束（摘牌）";

    /** The removal reason recorded when the cancellation ends the listing. */
    public static final String LISTING_ENDED_BY_CANCELLATION = "隐患已撤销，挂牌督办随之结束（摘牌）";

    private void endListingOnClosure(String why, Actor actor, Instant at, ZoneId zone) {
        Require.notNull(zone, "zone");
        listing().ifPresent(current -> {
            LocalDate day = dayOf(at, zone);
            LocalDate removedOn = day.isBefore(current.listedOn()) ? current.listedOn() : day;
            listings.set(listings.size() - 1, current.removed(removedOn, why));
            raise(new HazardListingRemoved(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(),
                    level, removedOn, at));
        });
    }

    /**
     * Adds the photos taken when the hazard was found (现场照片) to its finding, while it is reported or determined and
     * before a plan is set; raises no event.
     */
    public void addFindingAttachments(List<AttachmentRef> added) {
        Require.notNull(added, "attachments");
        if (status != HazardStatus.REPORTED && status != HazardStatus.DETERMINED) {
            throw new RuleViolationException("hazard.finding.closed",
                    "photos of the finding are added while the hazard is reported or determined", status);
        }
        List<AttachmentRef> all = new ArrayList<>(finding.attachments());
        all.addAll(added);
        finding = new HazardFinding(finding.enterpriseId(), finding.jurisdiction(), finding.industry(),
                finding.location(), finding.description(), finding.discoveredOn(), finding.discoveredBy(),
                finding.channel(), finding.sourceReference(), all);
    }

    // ------------------------------------------------------------------------------------------ deadline extension

    /** While rectifying, the enterprise asks for a later deadline, giving its reason; one request at a time. */
    public void requestDeadlineExtension(LocalDate newDeadline, Actor actor, Instant at, String reason) {
        Require.notNull(newDeadline, "newDeadline");
        Require.notNull(actor, "actor");
        requireRectifyingForExtension();
        requireNotBefore(at);
        if (pendingExtension().isPresent()) {
            throw new RuleViolationException("hazard.extension.already-pending",
                    "a deadline extension request is already waiting for a decision");
        }
        LocalDate current = currentDeadline().orElseThrow();
        extensions.add(DeadlineExtension.requested(current, newDeadline, reason, actor, at));
        raise(new DeadlineExtensionRequested(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, current,
                newDeadline, at));
    }

    /**
     * The supervising side approves the pending request: only now does the current deadline move, and with it the
     * deadline of the listing in force when the new deadline is later than the listing's (the listing follows the
     * hazard).
     */
    public void approveDeadlineExtension(Actor actor, Instant at, String reason) {
        DeadlineExtension pending = pendingForDecision(actor, at);
        replacePending(pending.decided(DeadlineExtension.Decision.APPROVED, actor, at, reason));
        listing().filter(current -> pending.requestedDeadline().isAfter(current.deadline()))
                .ifPresent(current -> listings.set(listings.size() - 1,
                        current.withDeadline(pending.requestedDeadline())));
        raise(new DeadlineExtended(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, pending.previousDeadline(),
                pending.requestedDeadline(), approvedExtensions(), at));
    }

    /** The supervising side rejects the pending request, giving its reason; the deadline stays. */
    public void rejectDeadlineExtension(Actor actor, Instant at, String reason) {
        Require.notBlank(reason, "reason");
        DeadlineExtension pending = pendingForDecision(actor, at);
        replacePending(pending.decided(DeadlineExtension.Decision.REJECTED, actor, at, reason));
        raise(new DeadlineExtensionRejected(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level,
                pending.requestedDeadline(), at));
    }

    private DeadlineExtension pendingForDecision(Actor actor, Instant at) {
        requireUnit(actor);
        requireRectifyingForExtension();
        requireNotBefore(at);
        return pendingExtension().orElseThrow(() -> new RuleViolationException("hazard.extension.none-pending",
                "there is no deadline extension request waiting for a decision"));
    }

    private void requireRectifyingForExtension() {
        if (status != HazardStatus.RECTIFYING) {
            throw new RuleViolationException("hazard.extension.not-allowed",
                    "a deadline extension is only possible while the hazard is being rectified, not " + status,
                    status);
        }
    }

    private void replacePending(DeadlineExtension decided) {
        extensions.set(extensions.size() - 1, decided);
    }

    private void withdrawPendingExtension(Actor actor, Instant at) {
        pendingExtension().ifPresent(p -> replacePending(p.decided(DeadlineExtension.Decision.WITHDRAWN, actor, at,
                null)));
    }

    // --------------------------------------------------------------------------------------------------- listing

    /**
     * Lists a major hazard for supervision (挂牌督办). Only a hazard determined as major can be listed, not while it
     * is already listed, and not once it is written off or cancelled.
     */
    public void list(ListingLevel listingLevel, UnitCode supervisingUnit, UnitCode responsibleUnit,
            LocalDate listedOn, LocalDate deadline, Actor actor, Instant at) {
        Require.notNull(actor, "actor");
        Listing listing = Listing.of(listingLevel, supervisingUnit, responsibleUnit, listedOn, deadline);
        if (level != HazardLevel.MAJOR) {
            throw new RuleViolationException("hazard.listing.not-major",
                    "only a hazard determined as major can be listed for supervision");
        }
        if (status.isClosed()) {
            throw new RuleViolationException("hazard.listing.not-allowed",
                    "a hazard that is " + status + " cannot be listed", status);
        }
        if (listing().isPresent()) {
            throw new RuleViolationException("hazard.listing.already-listed", "the hazard is already listed");
        }
        if (!listings.isEmpty() && listedOn.isBefore(listings.get(listings.size() - 1).removedOn())) {
            throw new InvalidValueException("listing.listedOn", "hazard.listing.overlaps-previous",
                    "a new listing cannot start before the previous one was removed", listedOn,
                    listings.get(listings.size() - 1).removedOn());
        }
        requireNotBefore(at);
        listings.add(listing);
        raise(new HazardListed(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, listingLevel, supervisingUnit,
                responsibleUnit, listedOn, deadline, at));
    }

    /**
     * Removes the listing in force (摘牌), after the write-off or by decision of the listing authority; the reason is
     * required either way.
     */
    public void removeListing(LocalDate removedOn, String reason, Actor actor, Instant at) {
        Require.notNull(actor, "actor");
        Listing current = listing().orElseThrow(() -> new RuleViolationException("hazard.listing.not-listed",
                "the hazard is not listed"));
        Listing removed = current.removed(Require.notNull(removedOn, "removedOn"), reason);
        requireNotBefore(at);
        listings.set(listings.size() - 1, removed);
        raise(new HazardListingRemoved(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, removedOn, at));
    }

    // ------------------------------------------------------------------------------------ overdue and escalation

    /**
     * Notes that the hazard is overdue on {@code today}, raising {@link HazardOverdue} once per deadline (a new
     * deadline after an approved extension can be noted again).
     *
     * @return whether it was noted now
     */
    public boolean noteOverdue(LocalDate today, Instant at) {
        if (!isOverdue(today)) {
            return false;
        }
        LocalDate deadline = currentDeadline().orElseThrow();
        if (deadline.equals(overdueNotedForDeadline)) {
            return false;
        }
        overdueNotedForDeadline = deadline;
        raise(new HazardOverdue(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, deadline,
                daysOverdue(today), at));
        return true;
    }

    /**
     * Records a step of the escalation ladder taken on {@code on}: only while the hazard is overdue on that day, and
     * only the next step, never skipping one.
     */
    public void recordEscalation(EscalationStep step, LocalDate on, UnitCode actingUnit, Actor actor, Instant at) {
        EscalationRecord escalation = new EscalationRecord(step, on, actingUnit, actor);
        if (!isOverdue(on)) {
            throw new RuleViolationException("hazard.escalation.not-overdue",
                    "a hazard that is not overdue is not escalated");
        }
        EscalationStep expected = nextEscalationStep().orElseThrow(() -> new RuleViolationException(
                "hazard.escalation.ladder-complete", "every step of the escalation ladder has been taken"));
        if (step != expected) {
            throw new RuleViolationException("hazard.escalation.out-of-order",
                    "the next escalation step is " + expected + ", not " + step, expected, step);
        }
        requireNotBefore(at);
        escalations.add(escalation);
        raise(new HazardEscalated(DomainEvent.newEventId(), id, enterpriseId(), jurisdiction(), industry(), level, step, actingUnit, on,
                currentDeadline().orElseThrow(), daysOverdue(on), at));
    }

    /** The first step of the ladder not yet taken; empty when the ladder is complete. */
    public Optional<EscalationStep> nextEscalationStep() {
        return Arrays.stream(EscalationStep.values())
                .filter(step -> escalations.stream().noneMatch(e -> e.step() == step))
                .findFirst();
    }

    // --------------------------------------------------------------------------------------------- current state

    /** The deadline in force: the plan's, moved by the latest approved extension; empty before a plan is set. */
    public Optional<LocalDate> currentDeadline() {
        if (plan == null) {
            return Optional.empty();
        }
        LocalDate deadline = plan.deadline();
        for (DeadlineExtension extension : extensions) {
            if (extension.isApproved()) {
                deadline = extension.requestedDeadline();
            }
        }
        return Optional.of(deadline);
    }

    /**
     * Overdue on {@code today}: being rectified and {@code today} is after the current deadline. Not overdue once
     * reported rectified (the enterprise's clock stops), verified, written off or cancelled.
     */
    public boolean isOverdue(LocalDate today) {
        return status == HazardStatus.RECTIFYING && today.isAfter(currentDeadline().orElseThrow());
    }

    /** Days past the current deadline on {@code today}; 0 when not overdue. */
    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(currentDeadline().orElseThrow(), today) : 0;
    }

    /**
     * How late the rectification is or was: while rectifying, the days overdue on {@code today}; once reported
     * rectified, the days between the deadline then in force and the day of the (last) report; 0 when in time.
     */
    public long daysLate(LocalDate today, ZoneId zone) {
        if (status == HazardStatus.RECTIFYING) {
            return daysOverdue(today);
        }
        boolean rectified = status == HazardStatus.RECTIFIED || status == HazardStatus.VERIFIED
                || status == HazardStatus.WRITTEN_OFF;
        if (!rectified) {
            return 0;
        }
        LocalDate reportedOn = null;
        for (HazardTransition transition : history) {
            if (transition.to() == HazardStatus.RECTIFIED) {
                reportedOn = dayOf(transition.at(), zone);
            }
        }
        LocalDate deadline = deadlineOn(reportedOn, zone).orElseThrow();
        return Math.max(0, ChronoUnit.DAYS.between(deadline, reportedOn));
    }

    /** How many times the supervising department refused to accept the rectification. */
    public int refusals() {
        return (int) history.stream()
                .filter(t -> t.from() == HazardStatus.RECTIFIED && t.to() == HazardStatus.RECTIFYING)
                .count();
    }

    /** How many deadline extensions were approved. */
    public int approvedExtensions() {
        return (int) extensions.stream().filter(DeadlineExtension::isApproved).count();
    }

    public Optional<DeadlineExtension> pendingExtension() {
        return extensions.isEmpty() || !extensions.get(extensions.size() - 1).isPending() ? Optional.empty()
                : Optional.of(extensions.get(extensions.size() - 1));
    }

    /** The listing in force, if any. */
    public Optional<Listing> listing() {
        return listings.stream().filter(Listing::inForce).findFirst();
    }

    public boolean isListed() {
        return listing().isPresent();
    }

    /** Who signed the latest acceptance (验收), if the hazard was verified. */
    public Optional<Actor> verifiedBy() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == HazardStatus.VERIFIED) {
                return Optional.of(history.get(i).actor());
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------- state on a past day

    /** The status at the end of {@code date} in {@code zone}, replayed from the history; empty before registration. */
    public Optional<HazardStatus> statusOn(LocalDate date, ZoneId zone) {
        HazardStatus result = null;
        for (HazardTransition transition : history) {
            if (dayOf(transition.at(), zone).isAfter(date)) {
                break;
            }
            result = transition.to();
        }
        return Optional.ofNullable(result);
    }

    /** The day the hazard was determined as major, i.e. the day it entered the major-hazard stock. */
    public Optional<LocalDate> determinedMajorOn(ZoneId zone) {
        if (level != HazardLevel.MAJOR) {
            return Optional.empty();
        }
        return firstDayOf(HazardStatus.DETERMINED, zone);
    }

    /** The day the hazard left the stock by write-off or cancellation, if it did. */
    public Optional<LocalDate> closedOn(ZoneId zone) {
        return status.isClosed() ? firstDayOf(status, zone) : Optional.empty();
    }

    /** Determined as major on or before {@code date} and neither written off nor cancelled by the end of it. */
    public boolean inMajorStockOn(LocalDate date, ZoneId zone) {
        return determinedMajorOn(zone).filter(d -> !d.isAfter(date)).isPresent()
                && statusOn(date, zone).filter(s -> !s.isClosed()).isPresent();
    }

    /**
     * The deadline in force at the end of {@code date}: the plan's if set by then, moved by the extensions approved by
     * then.
     */
    public Optional<LocalDate> deadlineOn(LocalDate date, ZoneId zone) {
        if (plan == null || firstDayOf(HazardStatus.RECTIFYING, zone).filter(d -> !d.isAfter(date)).isEmpty()) {
            return Optional.empty();
        }
        LocalDate deadline = plan.deadline();
        for (DeadlineExtension extension : extensions) {
            if (extension.isApproved() && !dayOf(extension.decidedAt(), zone).isAfter(date)) {
                deadline = extension.requestedDeadline();
            }
        }
        return Optional.of(deadline);
    }

    /** Overdue at the end of {@code date}, by the same rule as {@link #isOverdue(LocalDate)} on the replayed state. */
    public boolean isOverdueOn(LocalDate date, ZoneId zone) {
        return statusOn(date, zone).filter(s -> s == HazardStatus.RECTIFYING).isPresent()
                && deadlineOn(date, zone).filter(date::isAfter).isPresent();
    }

    /** Under listing supervision at the end of {@code date}. */
    public boolean isListedOn(LocalDate date) {
        return listings.stream().anyMatch(l -> l.inForceOn(date));
    }

    private Optional<LocalDate> firstDayOf(HazardStatus target, ZoneId zone) {
        return history.stream().filter(t -> t.to() == target).findFirst().map(t -> dayOf(t.at(), zone));
    }

    private static LocalDate dayOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    // ------------------------------------------------------------------------------------------------- internals

    private void move(HazardStatus to, HazardStatus onlyFrom, Actor actor, Instant at, String reason) {
        Require.notNull(actor, "actor");
        if (!status.canMoveTo(to) || (onlyFrom != null && status != onlyFrom)) {
            throw new RuleViolationException("hazard.transition.not-allowed",
                    "a hazard cannot move from " + status + " to " + to, status, to);
        }
        requireNotBefore(at);
        history.add(new HazardTransition(status, to, actor, at, reason));
        status = to;
    }

    private void requireNotBefore(Instant at) {
        Require.notNull(at, "at");
        Instant last = history.get(history.size() - 1).at();
        for (DeadlineExtension extension : extensions) {
            last = max(last, extension.requestedAt());
            if (extension.decidedAt() != null) {
                last = max(last, extension.decidedAt());
            }
        }
        if (at.isBefore(last)) {
            throw new InvalidValueException("at", "hazard.time.before-last-change",
                    "a change cannot be dated before the hazard's last change", at, last);
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static void requireUnit(Actor actor) {
        Require.notNull(actor, "actor");
        Require.notBlank(actor.unitCode(), "actor.unitCode");
    }

    private void raise(DomainEvent event) {
        pendingEvents.add(event);
    }

    /** The events raised since the last call, in order; the list is then emptied. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    // --------------------------------------------------------------------------------------------------- getters

    public HazardId id() {
        return id;
    }

    /** The number people quote (隐患编号), e.g. 653022-2026-00058; null only for a hazard built without one. */
    public HazardNumber number() {
        return number;
    }

    public HazardFinding finding() {
        return finding;
    }

    public UUID enterpriseId() {
        return finding.enterpriseId();
    }

    public JurisdictionCode jurisdiction() {
        return finding.jurisdiction();
    }

    public IndustryCode industry() {
        return finding.industry();
    }

    public String location() {
        return finding.location();
    }

    public String description() {
        return finding.description();
    }

    public LocalDate discoveredOn() {
        return finding.discoveredOn();
    }

    public String discoveredBy() {
        return finding.discoveredBy();
    }

    public DiscoveryChannel channel() {
        return finding.channel();
    }

    public String sourceReference() {
        return finding.sourceReference();
    }

    public List<AttachmentRef> attachments() {
        return finding.attachments();
    }

    /** The level, or {@code null} while the hazard is only reported. */
    public HazardLevel level() {
        return level;
    }

    /** The clause a major hazard matches; {@code null} for a general or undetermined one. */
    public ClauseReference clause() {
        return clause;
    }

    public String standardCode() {
        return standardCode;
    }

    public Optional<RectificationPlan> plan() {
        return Optional.ofNullable(plan);
    }

    public List<RectificationEvidence> evidence() {
        return List.copyOf(evidence);
    }

    public HazardStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public List<HazardTransition> history() {
        return List.copyOf(history);
    }

    public List<DeadlineExtension> extensions() {
        return List.copyOf(extensions);
    }

    public List<Listing> listings() {
        return List.copyOf(listings);
    }

    public List<EscalationRecord> escalations() {
        return List.copyOf(escalations);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MajorHazard hazard && hazard.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
