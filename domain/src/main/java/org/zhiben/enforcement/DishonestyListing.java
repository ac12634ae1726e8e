package org.zhiben.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;

/**
 * A listing on the serious-dishonesty list (安全生产严重失信主体名单, 应急管理部令第11号, 2023), task 28: "将严重危害人民
 * 群众生命安全，拒不履行法定义务等性质恶劣、情节严重的企业及有关人员列入安全生产严重失信主体名单管理". Under 谁处罚、
 * 谁决定、谁负责 the unit that made the penalty decision decides. Steps: notice with an objection period → written
 * decision → publication → a 3-year management period from the decision → early removal on application after 12
 * months once the conditions are met → revocation of an early removal found to rest on false information.
 */
public final class DishonestyListing {

    public static final String ENTITY = "DishonestyListing";

    /** Everything a stored listing holds. */
    public record Snapshot(DishonestyListingId id, UUID enterpriseId, String personName, DishonestySituation situation,
            PenaltyCaseId penaltyCase, String decidingUnit, DishonestyListRules rules, LocalDate notifiedOn,
            LocalDate decidedOn, LocalDate publishedOn, LocalDate removedEarlyOn, String removalRevokedReason,
            DishonestyStatus status, long version) {
    }

    private final DishonestyListingId id;
    private final UUID enterpriseId;
    private final String personName;
    private final DishonestySituation situation;
    private final PenaltyCaseId penaltyCase;
    private final String decidingUnit;
    private final DishonestyListRules rules;
    private final LocalDate notifiedOn;
    private LocalDate decidedOn;
    private LocalDate publishedOn;
    private LocalDate removedEarlyOn;
    private String removalRevokedReason;
    private DishonestyStatus status;
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private DishonestyListing(Snapshot s) {
        this.id = Require.notNull(s.id(), "id");
        this.enterpriseId = Require.notNull(s.enterpriseId(), "enterpriseId");
        this.personName = s.personName() == null || s.personName().isBlank() ? null
                : Require.maxLength(s.personName().strip(), 100, "personName");
        this.situation = Require.notNull(s.situation(), "situation");
        this.penaltyCase = Require.notNull(s.penaltyCase(), "penaltyCase");
        this.decidingUnit = Require.notBlank(s.decidingUnit(), "decidingUnit");
        this.rules = Require.notNull(s.rules(), "rules");
        this.notifiedOn = Require.notNull(s.notifiedOn(), "notifiedOn");
        this.decidedOn = s.decidedOn();
        this.publishedOn = s.publishedOn();
        this.removedEarlyOn = s.removedEarlyOn();
        this.removalRevokedReason = s.removalRevokedReason();
        this.status = Require.notNull(s.status(), "status");
        this.version = s.version();
    }

    /**
     * 告知: notifies the party of the intended listing for {@code situation}, on the basis of a decided penalty case.
     * Only the unit that made the penalty decision may do so; {@code personName} names a person listed with (or
     * instead of) the enterprise.
     */
    public static DishonestyListing notify(DishonestyListingId id, PenaltyCase decidedCase,
            DishonestySituation situation, String personName, DishonestyListRules rules, LocalDate on, Actor actor) {
        Require.notNull(decidedCase, "penaltyCase");
        String unit = decidedCase.decidingUnit().orElseThrow(() -> new RuleViolationException(
                "enforcement.dishonesty.case-not-decided", "a listing rests on a penalty decision already made"));
        requireUnit(actor, unit);
        if (on.isBefore(decidedCase.decidedOn().orElseThrow())) {
            throw new InvalidValueException("notifiedOn", "enforcement.dishonesty.notice-before-decision",
                    "the notice cannot come before the penalty decision", on);
        }
        return new DishonestyListing(new Snapshot(id, decidedCase.enterpriseId(), personName, situation,
                decidedCase.id(), unit, rules, on, null, null, null, null, DishonestyStatus.NOTIFIED, 0));
    }

    public static DishonestyListing restore(Snapshot snapshot) {
        return new DishonestyListing(snapshot);
    }

    public Snapshot snapshot() {
        return snapshotAt(version);
    }

    public DishonestyListing asStored(long storedVersion) {
        return restore(snapshotAt(storedVersion));
    }

    private Snapshot snapshotAt(long atVersion) {
        return new Snapshot(id, enterpriseId, personName, situation, penaltyCase, decidingUnit, rules, notifiedOn,
                decidedOn, publishedOn, removedEarlyOn, removalRevokedReason, status, atVersion);
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException(ENTITY, id, expectedVersion, version);
        }
    }

    /** The last day on which the party may object to the notice. */
    public LocalDate objectionEndsOn() {
        return notifiedOn.plusDays(rules.objectionDays());
    }

    /** 列入决定: the written decision, by the deciding unit, once the objection period is over. */
    public void decide(LocalDate on, Actor actor, Instant at) {
        requireUnit(actor, decidingUnit);
        requireStatus(DishonestyStatus.NOTIFIED);
        if (!on.isAfter(objectionEndsOn())) {
            throw new RuleViolationException("enforcement.dishonesty.objection-period",
                    "the decision can only be made after the objection period, which ends on " + objectionEndsOn(),
                    objectionEndsOn());
        }
        decidedOn = on;
        status = DishonestyStatus.DECIDED;
        raise(at);
    }

    /** 公开: the listing is published. */
    public void publish(LocalDate on, Actor actor, Instant at) {
        requireUnit(actor, decidingUnit);
        requireStatus(DishonestyStatus.DECIDED);
        if (on.isBefore(decidedOn)) {
            throw new InvalidValueException("publishedOn", "enforcement.dishonesty.published-before-decision",
                    "a listing cannot be published before it is decided", on);
        }
        publishedOn = on;
        status = DishonestyStatus.PUBLISHED;
        raise(at);
    }

    /** The day the 3-year management period ends: the listing no longer applies from that day. */
    public Optional<LocalDate> managementEndsOn() {
        return Optional.ofNullable(decidedOn).map(d -> d.plusYears(rules.managementYears()));
    }

    /** The first day on which early removal may be applied for: 12 months after the decision. */
    public Optional<LocalDate> earlyRemovalPossibleFrom() {
        return Optional.ofNullable(decidedOn).map(d -> d.plusMonths(rules.earlyRemovalAfterMonths()));
    }

    /**
     * 提前移出: on an application made on {@code on}, at least 12 months after the decision and within the management
     * period, once the conditions are met.
     */
    public void removeEarly(LocalDate on, boolean conditionsMet, Actor actor, Instant at) {
        requireUnit(actor, decidingUnit);
        requireStatus(DishonestyStatus.PUBLISHED);
        if (on.isBefore(earlyRemovalPossibleFrom().orElseThrow())) {
            throw new RuleViolationException("enforcement.dishonesty.early-removal-too-soon",
                    "early removal may be applied for from " + earlyRemovalPossibleFrom().orElseThrow(),
                    earlyRemovalPossibleFrom().orElseThrow());
        }
        if (!on.isBefore(managementEndsOn().orElseThrow())) {
            throw new RuleViolationException("enforcement.dishonesty.period-over",
                    "the management period is over; the listing has ended", managementEndsOn().orElseThrow());
        }
        if (!conditionsMet) {
            throw new RuleViolationException("enforcement.dishonesty.conditions-not-met",
                    "early removal needs the conditions to be met");
        }
        removedEarlyOn = on;
        status = DishonestyStatus.REMOVED_EARLY;
        raise(at);
    }

    /** Revokes an early removal found to rest on false information: the listing applies again until its end. */
    public void revokeEarlyRemoval(String reason, Actor actor, Instant at) {
        requireUnit(actor, decidingUnit);
        requireStatus(DishonestyStatus.REMOVED_EARLY);
        removalRevokedReason = Require.maxLength(Require.notBlank(reason, "reason"), 2000, "reason");
        removedEarlyOn = null;
        status = DishonestyStatus.PUBLISHED;
        raise(at);
    }

    /** Whether the enterprise (or person) is on the list on {@code date}. */
    public boolean isListedOn(LocalDate date) {
        if (decidedOn == null || date.isBefore(decidedOn) || !date.isBefore(managementEndsOn().orElseThrow())) {
            return false;
        }
        return removedEarlyOn == null || date.isBefore(removedEarlyOn);
    }

    private static void requireUnit(Actor actor, String unit) {
        Require.notNull(actor, "actor");
        if (!unit.equals(actor.unitCode())) {
            throw new NotPermittedException("enforcement.dishonesty.not-deciding-unit",
                    "the unit that made the penalty decision decides the listing (谁处罚、谁决定、谁负责)", unit);
        }
    }

    private void requireStatus(DishonestyStatus expected) {
        if (status != expected) {
            throw new RuleViolationException("enforcement.dishonesty.step-not-allowed",
                    "this step needs a listing that is " + expected + ", this one is " + status, status.label(),
                    expected.label());
        }
    }

    private void raise(Instant at) {
        pendingEvents.add(new DishonestyListingChanged(DomainEvent.newEventId(), id, enterpriseId, status,
                removedEarlyOn != null ? removedEarlyOn : managementEndsOn().orElse(null), Require.notNull(at, "at")));
    }

    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public DishonestyListingId id() {
        return id;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    /** The listed person's name: personal data. */
    public Optional<String> personName() {
        return Optional.ofNullable(personName);
    }

    public DishonestySituation situation() {
        return situation;
    }

    public PenaltyCaseId penaltyCase() {
        return penaltyCase;
    }

    public String decidingUnit() {
        return decidingUnit;
    }

    public DishonestyListRules rules() {
        return rules;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    public Optional<LocalDate> publishedOn() {
        return Optional.ofNullable(publishedOn);
    }

    public Optional<LocalDate> removedEarlyOn() {
        return Optional.ofNullable(removedEarlyOn);
    }

    public Optional<String> removalRevokedReason() {
        return Optional.ofNullable(removalRevokedReason);
    }

    public DishonestyStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
