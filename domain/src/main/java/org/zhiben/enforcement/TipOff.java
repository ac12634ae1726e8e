package org.zhiben.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;

/**
 * A tip-off (举报), task 26: "完善举报受理、现场核查、奖金发放、信息保护等制度措施". It may be anonymous; an enterprise
 * insider (吹哨人) is marked as such. Its process: acceptance → assignment to the responsible unit → on-site
 * verification (true, false or partly true) → outcome linked to a hazard and/or a penalty case → reward decision →
 * reward approval by a second person → payment → closure. A false tip-off, or one not rewarded, is closed after its
 * verification or outcome. Duplicates of the same matter are linked to the first, and only the first valid reporter
 * is rewarded.
 */
public final class TipOff {

    public static final String ENTITY = "TipOff";

    /** Everything a stored tip-off holds. */
    public record Snapshot(TipOffId id, TipOffChannel channel, String matter, UUID enterpriseId,
            String enterpriseName, JurisdictionCode jurisdiction, IndustryCode industry, boolean anonymous, boolean insider,
            ReporterIdentity reporter, TipOffStatus status, String assignedUnit, VerificationResult verification,
            String verificationNote, HazardId hazard, PenaltyCaseId penaltyCase, TipOffId duplicateOf,
            RewardDecision reward, RewardPayment payment, List<TipOffStep> history, long version) {

        public Snapshot {
            history = List.copyOf(Require.notEmpty(history, "history"));
        }
    }

    private final TipOffId id;
    private final TipOffChannel channel;
    private final String matter;
    private final UUID enterpriseId;
    private final String enterpriseName;
    private final JurisdictionCode jurisdiction;
    private final IndustryCode industry;
    private final boolean anonymous;
    private final boolean insider;
    private final ReporterIdentity reporter;
    private TipOffStatus status;
    private String assignedUnit;
    private VerificationResult verification;
    private String verificationNote;
    private HazardId hazard;
    private PenaltyCaseId penaltyCase;
    private TipOffId duplicateOf;
    private RewardDecision reward;
    private RewardPayment payment;
    private final List<TipOffStep> history;
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private TipOff(Snapshot s) {
        this.id = Require.notNull(s.id(), "id");
        this.channel = Require.notNull(s.channel(), "channel");
        this.matter = Require.maxLength(Require.notBlank(s.matter(), "matter"), 4000, "matter");
        this.enterpriseId = s.enterpriseId();
        this.enterpriseName = s.enterpriseName() == null || s.enterpriseName().isBlank() ? null
                : Require.maxLength(s.enterpriseName().strip(), 200, "enterpriseName");
        this.jurisdiction = Require.notNull(s.jurisdiction(), "jurisdiction");
        this.industry = s.industry();
        this.anonymous = s.anonymous();
        this.insider = s.insider();
        if (s.anonymous() && s.reporter() != null) {
            throw new InvalidValueException("reporter", "enforcement.tipoff.anonymous-with-identity",
                    "an anonymous tip-off names no reporter");
        }
        if (!s.anonymous() && s.reporter() == null) {
            throw new InvalidValueException("reporter", "enforcement.tipoff.reporter-required",
                    "a tip-off that is not anonymous names its reporter");
        }
        this.reporter = s.reporter();
        this.status = Require.notNull(s.status(), "status");
        this.assignedUnit = s.assignedUnit();
        this.verification = s.verification();
        this.verificationNote = s.verificationNote();
        this.hazard = s.hazard();
        this.penaltyCase = s.penaltyCase();
        this.duplicateOf = s.duplicateOf();
        this.reward = s.reward();
        this.payment = s.payment();
        this.history = new ArrayList<>(s.history());
        this.version = s.version();
    }

    /** Receives a tip-off through {@code channel}; {@code reporter} is {@code null} when it is anonymous. */
    public static TipOff receive(TipOffId id, TipOffChannel channel, String matter, UUID enterpriseId,
            JurisdictionCode jurisdiction, IndustryCode industry, ReporterIdentity reporter, boolean insider,
            Actor actor, Instant at) {
        return receive(id, channel, matter, enterpriseId, null, jurisdiction, industry, reporter, insider, actor, at);
    }

    /**
     * Receives a tip-off about a registered enterprise ({@code enterpriseId}) or about one named only as the reporter
     * named it ({@code enterpriseName}, free text, e.g. an unregistered workshop); {@code reporter} is {@code null}
     * when it is anonymous.
     */
    public static TipOff receive(TipOffId id, TipOffChannel channel, String matter, UUID enterpriseId,
            String enterpriseName, JurisdictionCode jurisdiction, IndustryCode industry, ReporterIdentity reporter,
            boolean insider, Actor actor, Instant at) {
        TipOff tipOff = new TipOff(new Snapshot(id, channel, matter, enterpriseId,
                enterpriseId == null ? enterpriseName : null, jurisdiction, industry,
                reporter == null, insider, reporter, TipOffStatus.RECEIVED, null, null, null, null, null, null, null,
                null, List.of(new TipOffStep(TipOffStatus.RECEIVED, actor, at)), 0));
        tipOff.raiseProgress(at);
        return tipOff;
    }

    public static TipOff restore(Snapshot snapshot) {
        return new TipOff(snapshot);
    }

    public Snapshot snapshot() {
        return snapshotAt(version);
    }

    public TipOff asStored(long storedVersion) {
        return restore(snapshotAt(storedVersion));
    }

    private Snapshot snapshotAt(long atVersion) {
        return new Snapshot(id, channel, matter, enterpriseId, enterpriseName, jurisdiction, industry, anonymous,
                insider, reporter, status, assignedUnit, verification, verificationNote, hazard, penaltyCase,
                duplicateOf, reward, payment, history, atVersion);
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException(ENTITY, id, expectedVersion, version);
        }
    }

    // ------------------------------------------------------------------------------------------------- lifecycle

    /** 受理. */
    public void accept(Actor actor, Instant at) {
        move(TipOffStatus.RECEIVED, TipOffStatus.ACCEPTED, actor, at);
    }

    /** 交办: assigns the tip-off to the unit responsible for verifying it. */
    public void assign(String unit, Actor actor, Instant at) {
        String assigned = Require.maxLength(Require.notBlank(unit, "unit"), 40, "unit");
        move(TipOffStatus.ACCEPTED, TipOffStatus.ASSIGNED, actor, at);
        assignedUnit = assigned;
    }

    /** 现场核查: records what on-site verification found. */
    public void verify(VerificationResult result, String note, Actor actor, Instant at) {
        Require.notNull(result, "result");
        String checked = Require.maxLength(Require.notBlank(note, "note"), 2000, "note");
        move(TipOffStatus.ASSIGNED, TipOffStatus.VERIFIED, actor, at);
        verification = result;
        verificationNote = checked;
        raiseProgress(at);
    }

    /**
     * Links a verified tip-off to the hazard and/or the penalty case it led to. A link may be added later (the case
     * opened after the hazard), until the reward is decided; a link once made is not replaced.
     */
    public void linkOutcome(HazardId hazardId, PenaltyCaseId caseId, Actor actor, Instant at) {
        if (hazardId == null && caseId == null) {
            throw new InvalidValueException("outcome", "enforcement.tipoff.outcome-required",
                    "the outcome is a hazard, a penalty case or both");
        }
        if (verification == null || !verification.valid()) {
            throw new RuleViolationException("enforcement.tipoff.outcome-needs-valid",
                    "only a tip-off verified true or partly true leads to a hazard or a case");
        }
        if (hazardId != null && hazard != null && !hazard.equals(hazardId)
                || caseId != null && penaltyCase != null && !penaltyCase.equals(caseId)) {
            throw new RuleViolationException("enforcement.tipoff.outcome-already-linked",
                    "the tip-off is already linked to another hazard or case");
        }
        if (status == TipOffStatus.OUTCOME_LINKED) {
            Require.notNull(actor, "actor");
            Require.notNull(at, "at");
        } else {
            move(TipOffStatus.VERIFIED, TipOffStatus.OUTCOME_LINKED, actor, at);
        }
        hazard = hazardId != null ? hazardId : hazard;
        penaltyCase = caseId != null ? caseId : penaltyCase;
    }

    /** Links this tip-off as a duplicate of the same matter reported first in {@code first}. */
    public void markDuplicateOf(TipOff first) {
        Require.notNull(first, "first");
        if (first.id.equals(id) || first.duplicateOf != null) {
            throw new RuleViolationException("enforcement.tipoff.duplicate-of-duplicate",
                    "a duplicate is linked to the first tip-off of the matter, not to itself or another duplicate");
        }
        if (first.receivedAt().isAfter(receivedAt())) {
            throw new RuleViolationException("enforcement.tipoff.duplicate-of-later",
                    "a tip-off is a duplicate of one received earlier");
        }
        if (status == TipOffStatus.REWARD_DECIDED || status.compareTo(TipOffStatus.REWARD_DECIDED) > 0) {
            throw new RuleViolationException("enforcement.tipoff.duplicate-after-reward",
                    "a rewarded tip-off cannot be marked as a duplicate");
        }
        duplicateOf = first.id;
    }

    /**
     * 奖励决定: decides the reward computed by the rules in force. Only the first valid reporter of a matter is
     * rewarded: {@code sameMatter} are the other tip-offs linked to the same matter (the first and its duplicates), and
     * a tip-off received earlier and verified valid among them takes the reward.
     */
    public void decideReward(RewardCalculation calculation, Collection<TipOff> sameMatter, Actor actor, Instant at) {
        Require.notNull(calculation, "calculation");
        Require.notNull(sameMatter, "sameMatter");
        boolean earlierValid = sameMatter.stream()
                .filter(other -> !other.id.equals(id))
                .filter(other -> other.verification != null && other.verification.valid())
                .anyMatch(other -> other.receivedAt().isBefore(receivedAt()));
        if (earlierValid) {
            throw new RuleViolationException("enforcement.tipoff.not-first-reporter",
                    "only the first valid reporter of a matter is rewarded");
        }
        move(TipOffStatus.OUTCOME_LINKED, TipOffStatus.REWARD_DECIDED, actor, at);
        reward = new RewardDecision(calculation, actor, at, null, null);
        raiseProgress(at);
    }

    /** 奖励审批: a second person approves the reward; the person who decided it is refused. */
    public void approveReward(Actor actor, Instant at) {
        if (status != TipOffStatus.REWARD_DECIDED) {
            throw notAllowed(TipOffStatus.REWARD_APPROVED);
        }
        RewardDecision approved = reward.approve(actor, at);
        move(TipOffStatus.REWARD_DECIDED, TipOffStatus.REWARD_APPROVED, actor, at);
        reward = approved;
    }

    /** 奖金发放: records the payment of the approved reward. */
    public void recordPayment(RewardPayment paid, Actor actor, Instant at) {
        Require.notNull(paid, "payment");
        move(TipOffStatus.REWARD_APPROVED, TipOffStatus.PAID, actor, at);
        payment = paid;
        raiseProgress(at);
    }

    /** 办结: after payment, after a false verification, or after an outcome not rewarded. */
    public void close(Actor actor, Instant at) {
        boolean closable = status == TipOffStatus.PAID
                || status == TipOffStatus.VERIFIED && !verification.valid()
                || status == TipOffStatus.OUTCOME_LINKED;
        if (!closable) {
            throw notAllowed(TipOffStatus.CLOSED);
        }
        move(status, TipOffStatus.CLOSED, actor, at);
        raiseProgress(at);
    }

    /** The day the next step is due under {@code deadlines}; empty when closed or the step has no deadline. */
    public Optional<LocalDate> nextStepDueOn(TipOffDeadlines deadlines, ZoneId zone) {
        LocalDate since = history.get(history.size() - 1).at().atZone(zone).toLocalDate();
        return deadlines.dueOn(status, since);
    }

    /** Whether the next step is overdue on {@code today}. */
    public boolean isOverdue(TipOffDeadlines deadlines, LocalDate today, ZoneId zone) {
        return nextStepDueOn(deadlines, zone).map(today::isAfter).orElse(false);
    }

    private void move(TipOffStatus from, TipOffStatus to, Actor actor, Instant at) {
        Require.notNull(actor, "actor");
        Require.notNull(at, "at");
        if (status != from) {
            throw notAllowed(to);
        }
        if (at.isBefore(history.get(history.size() - 1).at())) {
            throw new InvalidValueException("at", "enforcement.tipoff.before-last-step",
                    "a step cannot be dated before the previous one", at);
        }
        history.add(new TipOffStep(to, actor, at));
        status = to;
    }

    private RuleViolationException notAllowed(TipOffStatus to) {
        return new RuleViolationException("enforcement.tipoff.step-not-allowed",
                "a tip-off that is " + status + " cannot become " + to, status.label(), to.label());
    }

    private void raiseProgress(Instant at) {
        pendingEvents.add(new TipOffProgressed(DomainEvent.newEventId(), id, jurisdiction, enterpriseId, status,
                verification, reward == null ? null : reward.amount().fen(), at));
    }

    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    // --------------------------------------------------------------------------------------------------- getters

    public TipOffId id() {
        return id;
    }

    public TipOffChannel channel() {
        return channel;
    }

    public String matter() {
        return matter;
    }

    public Optional<UUID> enterpriseId() {
        return Optional.ofNullable(enterpriseId);
    }

    /** The enterprise as the reporter named it, when it is not a registered one. */
    public Optional<String> enterpriseName() {
        return Optional.ofNullable(enterpriseName);
    }

    public JurisdictionCode jurisdiction() {
        return jurisdiction;
    }

    public IndustryCode industry() {
        return industry;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public boolean insider() {
        return insider;
    }

    /** The reporter: protected data, for the tip-off officer only. */
    public Optional<ReporterIdentity> reporter() {
        return Optional.ofNullable(reporter);
    }

    public Instant receivedAt() {
        return history.get(0).at();
    }

    public TipOffStatus status() {
        return status;
    }

    public Optional<String> assignedUnit() {
        return Optional.ofNullable(assignedUnit);
    }

    public Optional<VerificationResult> verification() {
        return Optional.ofNullable(verification);
    }

    public Optional<String> verificationNote() {
        return Optional.ofNullable(verificationNote);
    }

    public Optional<HazardId> hazard() {
        return Optional.ofNullable(hazard);
    }

    public Optional<PenaltyCaseId> penaltyCase() {
        return Optional.ofNullable(penaltyCase);
    }

    public Optional<TipOffId> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }

    public Optional<RewardDecision> reward() {
        return Optional.ofNullable(reward);
    }

    public Optional<RewardPayment> payment() {
        return Optional.ofNullable(payment);
    }

    public List<TipOffStep> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
