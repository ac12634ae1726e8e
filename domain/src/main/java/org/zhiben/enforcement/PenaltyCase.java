package org.zhiben.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/**
 * A penalty case (行政处罚案件), task 27 and 28: opened from an inspection, a hazard or a tip-off; it records the legal
 * basis from the catalogue in force, the discretion band, the measures against the unit and, for 一案双罚, against the
 * responsible person, the notice of rights, the decision and its execution. A major decision needs an approved legal
 * review (法制审核) before it is final; a case may be transferred to the judiciary (行刑衔接); the decision is due for
 * publication (执法公示) within 7 working days.
 */
public final class PenaltyCase {

    public static final String ENTITY = "PenaltyCase";

    /** The working days within which a decision must be published. */
    public static final int PUBLICATION_WORKING_DAYS = 7;

    /** Everything a stored case holds. */
    public record Snapshot(PenaltyCaseId id, UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
            CaseOrigin origin, String openingUnit, String violation, String catalogueVersion,
            List<String> articleCodes, String bandCode, List<PenaltyMeasure> measures, String responsiblePerson,
            PenaltyDecision policyDecision, String policyBasis, LegalReview legalReview, LocalDate rightsNotifiedOn,
            LocalDate decidedOn, String decidingUnit, LocalDate publicationDueOn, LocalDate publishedOn,
            LocalDate executedOn, JudicialTransfer transfer, PenaltyCaseStatus status, Actor openedBy,
            Instant openedAt, long version) {

        public Snapshot {
            articleCodes = articleCodes == null ? List.of() : List.copyOf(articleCodes);
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }

    private final PenaltyCaseId id;
    private final UUID enterpriseId;
    private final JurisdictionCode jurisdiction;
    private final IndustryCode industry;
    private final CaseOrigin origin;
    private final String openingUnit;
    private final Actor openedBy;
    private final Instant openedAt;
    private String violation;
    private String catalogueVersion;
    private List<String> articleCodes = List.of();
    private String bandCode;
    private List<PenaltyMeasure> measures = List.of();
    private String responsiblePerson;
    private PenaltyDecision policyDecision;
    private String policyBasis;
    private LegalReview legalReview;
    private LocalDate rightsNotifiedOn;
    private LocalDate decidedOn;
    private String decidingUnit;
    private LocalDate publicationDueOn;
    private LocalDate publishedOn;
    private LocalDate executedOn;
    private JudicialTransfer transfer;
    private PenaltyCaseStatus status;
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private PenaltyCase(Snapshot s) {
        this.id = Require.notNull(s.id(), "id");
        this.enterpriseId = Require.notNull(s.enterpriseId(), "enterpriseId");
        this.jurisdiction = Require.notNull(s.jurisdiction(), "jurisdiction");
        this.industry = s.industry();
        this.origin = Require.notNull(s.origin(), "origin");
        this.openingUnit = Require.notBlank(s.openingUnit(), "openingUnit");
        this.violation = Require.maxLength(Require.notBlank(s.violation(), "violation"), 2000, "violation");
        this.catalogueVersion = s.catalogueVersion();
        this.articleCodes = s.articleCodes();
        this.bandCode = s.bandCode();
        this.measures = s.measures();
        this.responsiblePerson = s.responsiblePerson();
        this.policyDecision = s.policyDecision();
        this.policyBasis = s.policyBasis();
        this.legalReview = s.legalReview();
        this.rightsNotifiedOn = s.rightsNotifiedOn();
        this.decidedOn = s.decidedOn();
        this.decidingUnit = s.decidingUnit();
        this.publicationDueOn = s.publicationDueOn();
        this.publishedOn = s.publishedOn();
        this.executedOn = s.executedOn();
        this.transfer = s.transfer();
        this.status = Require.notNull(s.status(), "status");
        this.openedBy = Require.notNull(s.openedBy(), "openedBy");
        this.openedAt = Require.notNull(s.openedAt(), "openedAt");
        this.version = s.version();
    }

    /** Opens a case (立案) for the enterprise, from its origin, by the actor's unit. */
    public static PenaltyCase open(PenaltyCaseId id, UUID enterpriseId, JurisdictionCode jurisdiction,
            IndustryCode industry, CaseOrigin origin, String violation, Actor actor, Instant at) {
        Require.notNull(actor, "actor");
        String unit = Require.notBlank(actor.unitCode(), "actor.unitCode");
        PenaltyCase penaltyCase = new PenaltyCase(new Snapshot(id, enterpriseId, jurisdiction, industry, origin, unit,
                violation, null, List.of(), null, List.of(), null, null, null, null, null, null, null, null, null,
                null, null, PenaltyCaseStatus.OPEN, actor, at, 0));
        penaltyCase.raise(new PenaltyCaseOpened(DomainEvent.newEventId(), id, enterpriseId, jurisdiction,
                origin.kind(), unit, at));
        return penaltyCase;
    }

    public static PenaltyCase restore(Snapshot snapshot) {
        return new PenaltyCase(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, enterpriseId, jurisdiction, industry, origin, openingUnit, violation,
                catalogueVersion, articleCodes, bandCode, measures, responsiblePerson, policyDecision, policyBasis,
                legalReview, rightsNotifiedOn, decidedOn, decidingUnit, publicationDueOn, publishedOn, executedOn,
                transfer, status, openedBy, openedAt, version);
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException(ENTITY, id, expectedVersion, version);
        }
    }

    // ------------------------------------------------------------------------------------------------- lifecycle

    /**
     * Records the legal basis (articles of the catalogue in force), the discretion band and the measures. Each fine
     * must lie within the band; a measure against the responsible person (一案双罚) needs that person named. Only
     * before the party has been notified, or after the legal review returned the intended decision: then the case is
     * open again and the party must be notified of the revised decision before it can be made.
     */
    public void setBasisAndMeasures(LegalCatalogue catalogue, List<String> articles, String band,
            List<PenaltyMeasure> newMeasures, String person) {
        if (!isRevisable()) {
            requireStatus(PenaltyCaseStatus.OPEN);
        }
        Require.notNull(catalogue, "catalogue");
        List<String> codes = List.copyOf(Require.notEmpty(articles, "articles"));
        codes.forEach(catalogue::article);
        List<PenaltyMeasure> chosen = List.copyOf(Require.notEmpty(newMeasures, "measures"));
        DiscretionBand discretion = null;
        if (band != null && !band.isBlank()) {
            discretion = catalogue.band(band).orElseThrow(() -> new InvalidValueException("band",
                    "enforcement.case.band-unknown", "no discretion band " + band + " in the catalogue", band));
            if (!codes.contains(discretion.articleCode())) {
                throw new InvalidValueException("band", "enforcement.case.band-not-of-basis",
                        "the discretion band belongs to an article that is not the case's basis", band);
            }
            for (PenaltyMeasure measure : chosen) {
                if (measure.fine() != null && !discretion.allows(measure.fine())) {
                    throw new RuleViolationException("enforcement.case.fine-outside-band",
                            "a fine of " + measure.fine() + " lies outside the band " + discretion.code(),
                            measure.fine().toString(), discretion.minFine().toString(),
                            discretion.maxFine().toString());
                }
            }
        }
        String named = person == null || person.isBlank() ? null : Require.maxLength(person.strip(), 100, "person");
        if (named == null && chosen.stream().anyMatch(m -> m.party() == PenaltyParty.RESPONSIBLE_PERSON)) {
            throw new InvalidValueException("responsiblePerson", "enforcement.case.person-required",
                    "a measure against the responsible person needs that person named");
        }
        this.catalogueVersion = catalogue.version();
        this.articleCodes = codes;
        this.bandCode = discretion == null ? null : discretion.code();
        this.measures = chosen;
        this.responsiblePerson = named;
        this.legalReview = null;
        if (status == PenaltyCaseStatus.RIGHTS_NOTIFIED) {
            this.rightsNotifiedOn = null;
            this.status = PenaltyCaseStatus.OPEN;
        }
    }

    /** Whether the basis and measures may be changed: before the notice, or after a legal review returned them. */
    public boolean isRevisable() {
        return status == PenaltyCaseStatus.OPEN
                || status == PenaltyCaseStatus.RIGHTS_NOTIFIED && legalReview != null && !legalReview.approved();
    }

    /** Records the officer's decision on the task-24 proposal for the hazard behind the case, with its basis. */
    public void recordPolicyDecision(PenaltyAssessment assessment, PenaltyDecision decision) {
        requireBefore(PenaltyCaseStatus.DECIDED);
        Require.notNull(assessment, "assessment");
        Require.notNull(decision, "decision");
        if (decision.proposed() != assessment.outcome()) {
            throw new InvalidValueException("decision", "enforcement.case.policy-mismatch",
                    "the decision does not answer this proposal");
        }
        this.policyDecision = decision;
        this.policyBasis = assessment.basis();
    }

    /** 告知: the party was told of the intended penalty and its rights. */
    public void notifyRights(LocalDate on) {
        requireStatus(PenaltyCaseStatus.OPEN);
        Require.notNull(on, "on");
        if (measures.isEmpty()) {
            throw new RuleViolationException("enforcement.case.measures-missing",
                    "the party can only be notified once the basis and measures are recorded");
        }
        rightsNotifiedOn = on;
        status = PenaltyCaseStatus.RIGHTS_NOTIFIED;
    }

    /** 法制审核: records the legal reviewer's review of the intended decision. */
    public void recordLegalReview(LegalReview review) {
        requireStatus(PenaltyCaseStatus.RIGHTS_NOTIFIED);
        this.legalReview = Require.notNull(review, "review");
    }

    /** Whether the intended decision is major under {@code rule}. */
    public boolean isMajor(MajorDecisionRule rule) {
        return rule.isMajor(measures);
    }

    /**
     * 决定: the decision is made by the actor's unit on {@code on}. A major decision without an approved legal review
     * is refused. The decision is then due for publication within 7 working days.
     */
    public void decide(LocalDate on, MajorDecisionRule rule, WorkingDayCalendar calendar, Actor actor, Instant at) {
        requireStatus(PenaltyCaseStatus.RIGHTS_NOTIFIED);
        Require.notNull(on, "on");
        Require.notNull(actor, "actor");
        String unit = Require.notBlank(actor.unitCode(), "actor.unitCode");
        if (on.isBefore(rightsNotifiedOn)) {
            throw new InvalidValueException("decidedOn", "enforcement.case.decided-before-notice",
                    "a decision cannot be dated before the notice of rights", on, rightsNotifiedOn);
        }
        boolean major = rule.isMajor(measures);
        if (major && (legalReview == null || !legalReview.approved())) {
            throw new RuleViolationException("enforcement.case.legal-review-required",
                    "a major decision needs an approved legal review before it is final");
        }
        decidedOn = on;
        decidingUnit = unit;
        publicationDueOn = calendar.addWorkingDays(on, PUBLICATION_WORKING_DAYS);
        status = PenaltyCaseStatus.DECIDED;
        raise(new PenaltyCaseDecided(DomainEvent.newEventId(), id, enterpriseId, jurisdiction, unit, on,
                totalFine().fen(), isDualPenalty(), major, publicationDueOn, at));
    }

    /** 执法公示: the decision was published on {@code on}. */
    public void publish(LocalDate on, Instant at) {
        Require.notNull(on, "on");
        if (decidedOn == null) {
            throw new RuleViolationException("enforcement.case.publish-before-decision",
                    "only a decision can be published");
        }
        if (publishedOn != null) {
            throw new RuleViolationException("enforcement.case.already-published", "the decision is already published");
        }
        if (on.isBefore(decidedOn)) {
            throw new InvalidValueException("publishedOn", "enforcement.case.published-before-decision",
                    "a decision cannot be published before it is made", on, decidedOn);
        }
        publishedOn = on;
        raise(new PenaltyDecisionPublished(DomainEvent.newEventId(), id, enterpriseId, jurisdiction, on,
                !on.isAfter(publicationDueOn), at));
    }

    /** 执行: the decision was executed on {@code on}. */
    public void recordExecution(LocalDate on) {
        requireStatus(PenaltyCaseStatus.DECIDED);
        Require.notNull(on, "on");
        if (on.isBefore(decidedOn)) {
            throw new InvalidValueException("executedOn", "enforcement.case.executed-before-decision",
                    "a decision cannot be executed before it is made", on, decidedOn);
        }
        executedOn = on;
        status = PenaltyCaseStatus.EXECUTED;
    }

    /** 行刑衔接: transfers the case to the judiciary; once. */
    public void transferToJudiciary(JudicialTransfer judicialTransfer, Instant at) {
        Require.notNull(judicialTransfer, "transfer");
        if (transfer != null) {
            throw new RuleViolationException("enforcement.case.already-transferred",
                    "the case is already transferred to the judiciary");
        }
        transfer = judicialTransfer;
        raise(new PenaltyCaseTransferred(DomainEvent.newEventId(), id, enterpriseId, jurisdiction,
                judicialTransfer.transferredOn(), at));
    }

    /** Whether the publication is overdue on {@code today}: decided, not published, past the due day. */
    public boolean isPublicationOverdue(LocalDate today) {
        return publicationDueOn != null && publishedOn == null && today.isAfter(publicationDueOn);
    }

    /** 一案双罚: measures against both the unit and the responsible person. */
    public boolean isDualPenalty() {
        return measures.stream().anyMatch(m -> m.party() == PenaltyParty.UNIT)
                && measures.stream().anyMatch(m -> m.party() == PenaltyParty.RESPONSIBLE_PERSON);
    }

    public Money totalFine() {
        return measures.stream().map(PenaltyMeasure::fine).filter(f -> f != null).reduce(Money.ZERO, Money::plus);
    }

    /** Marks the case as stored at {@code storedVersion}. */
    public PenaltyCase asStored(long storedVersion) {
        Snapshot s = snapshot();
        return restore(new Snapshot(s.id(), s.enterpriseId(), s.jurisdiction(), s.industry(), s.origin(),
                s.openingUnit(), s.violation(), s.catalogueVersion(), s.articleCodes(), s.bandCode(), s.measures(),
                s.responsiblePerson(), s.policyDecision(), s.policyBasis(), s.legalReview(), s.rightsNotifiedOn(),
                s.decidedOn(), s.decidingUnit(), s.publicationDueOn(), s.publishedOn(), s.executedOn(), s.transfer(),
                s.status(), s.openedBy(), s.openedAt(), storedVersion));
    }

    private void requireStatus(PenaltyCaseStatus expected) {
        if (status != expected) {
            throw new RuleViolationException("enforcement.case.step-not-allowed",
                    "this step needs a case that is " + expected + ", this one is " + status, status.label(),
                    expected.label());
        }
    }

    private void requireBefore(PenaltyCaseStatus limit) {
        if (status.compareTo(limit) >= 0) {
            throw new RuleViolationException("enforcement.case.step-not-allowed",
                    "this step is only possible before the case is " + limit, status.label(), limit.label());
        }
    }

    private void raise(DomainEvent event) {
        pendingEvents.add(event);
    }

    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    // --------------------------------------------------------------------------------------------------- getters

    public PenaltyCaseId id() {
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

    public CaseOrigin origin() {
        return origin;
    }

    public String openingUnit() {
        return openingUnit;
    }

    public String violation() {
        return violation;
    }

    public String catalogueVersion() {
        return catalogueVersion;
    }

    public List<String> articleCodes() {
        return articleCodes;
    }

    public Optional<String> bandCode() {
        return Optional.ofNullable(bandCode);
    }

    public List<PenaltyMeasure> measures() {
        return measures;
    }

    /** The responsible person's name: personal data, never published. */
    public Optional<String> responsiblePerson() {
        return Optional.ofNullable(responsiblePerson);
    }

    public Optional<PenaltyDecision> policyDecision() {
        return Optional.ofNullable(policyDecision);
    }

    public Optional<String> policyBasis() {
        return Optional.ofNullable(policyBasis);
    }

    public Optional<LegalReview> legalReview() {
        return Optional.ofNullable(legalReview);
    }

    public Optional<LocalDate> rightsNotifiedOn() {
        return Optional.ofNullable(rightsNotifiedOn);
    }

    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    public Optional<String> decidingUnit() {
        return Optional.ofNullable(decidingUnit);
    }

    public Optional<LocalDate> publicationDueOn() {
        return Optional.ofNullable(publicationDueOn);
    }

    public Optional<LocalDate> publishedOn() {
        return Optional.ofNullable(publishedOn);
    }

    public Optional<LocalDate> executedOn() {
        return Optional.ofNullable(executedOn);
    }

    public Optional<JudicialTransfer> transfer() {
        return Optional.ofNullable(transfer);
    }

    public PenaltyCaseStatus status() {
        return status;
    }

    public Actor openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public long version() {
        return version;
    }
}
