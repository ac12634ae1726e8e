package org.zhiben.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;

/**
 * An enforcement inspection (执法检查), task 27 and 28: the enterprise, the date, the method, the inspecting unit and
 * at least two inspectors. Each inspector marks checklist items and signs from their own account: "严格执行“谁检查、
 * 谁签名、谁负责”". Without two signatures the inspection cannot be closed; once an inspector has signed, the
 * checklist is what they signed and no longer changes. The principal's exam (逢查必考) is recorded and published.
 * Photos and documents are kept with it (执法全过程记录).
 */
public final class Inspection {

    public static final String ENTITY = "Inspection";

    /** The signatures an inspection needs before it can be closed. */
    public static final int SIGNATURES_REQUIRED = 2;

    /** Everything a stored inspection holds. */
    public record Snapshot(InspectionId id, UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
            LocalDate inspectedOn, InspectionMethod method, String inspectingUnit, List<String> inspectors,
            List<ChecklistItem> checklist, List<InspectionSignature> signatures, PrincipalExam exam,
            List<AttachmentRef> evidence, boolean closed, Instant closedAt, long version) {

        public Snapshot {
            inspectors = List.copyOf(Require.notNull(inspectors, "inspectors"));
            checklist = checklist == null ? List.of() : List.copyOf(checklist);
            signatures = signatures == null ? List.of() : List.copyOf(signatures);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    private final InspectionId id;
    private final UUID enterpriseId;
    private final JurisdictionCode jurisdiction;
    private final IndustryCode industry;
    private final LocalDate inspectedOn;
    private final InspectionMethod method;
    private final String inspectingUnit;
    private final List<String> inspectors;
    private final List<ChecklistItem> checklist;
    private final List<InspectionSignature> signatures;
    private PrincipalExam exam;
    private final List<AttachmentRef> evidence;
    private boolean closed;
    private Instant closedAt;
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Inspection(Snapshot s) {
        this.id = Require.notNull(s.id(), "id");
        this.enterpriseId = Require.notNull(s.enterpriseId(), "enterpriseId");
        this.jurisdiction = Require.notNull(s.jurisdiction(), "jurisdiction");
        this.industry = s.industry();
        this.inspectedOn = Require.notNull(s.inspectedOn(), "inspectedOn");
        this.method = Require.notNull(s.method(), "method");
        this.inspectingUnit = Require.notBlank(s.inspectingUnit(), "inspectingUnit");
        if (new HashSet<>(s.inspectors()).size() < SIGNATURES_REQUIRED
                || new HashSet<>(s.inspectors()).size() != s.inspectors().size()) {
            throw new InvalidValueException("inspectors", "enforcement.inspection.two-inspectors",
                    "an inspection names at least two different inspectors", s.inspectors().size());
        }
        this.inspectors = s.inspectors();
        this.checklist = new ArrayList<>(s.checklist());
        Require.notEmpty(this.checklist, "checklist");
        if (checklist.stream().map(ChecklistItem::code).distinct().count() != checklist.size()) {
            throw new InvalidValueException("checklist", "enforcement.inspection.duplicate-item",
                    "each checklist item appears once");
        }
        this.signatures = new ArrayList<>(s.signatures());
        this.exam = s.exam();
        this.evidence = new ArrayList<>(s.evidence());
        this.closed = s.closed();
        this.closedAt = s.closedAt();
        this.version = s.version();
    }

    /** Records an inspection: the actor records it for their unit and is one of the inspectors. */
    public static Inspection record(InspectionId id, UUID enterpriseId, JurisdictionCode jurisdiction,
            IndustryCode industry, LocalDate inspectedOn, InspectionMethod method, List<String> inspectors,
            List<ChecklistItem> checklist, Actor actor) {
        Require.notNull(actor, "actor");
        String unit = Require.notBlank(actor.unitCode(), "actor.unitCode");
        Inspection inspection = new Inspection(new Snapshot(id, enterpriseId, jurisdiction, industry, inspectedOn,
                method, unit, Require.notNull(inspectors, "inspectors"), checklist, List.of(), null, List.of(),
                false, null, 0));
        inspection.requireInspector(actor);
        return inspection;
    }

    public static Inspection restore(Snapshot snapshot) {
        return new Inspection(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, enterpriseId, jurisdiction, industry, inspectedOn, method, inspectingUnit, inspectors,
                checklist, signatures, exam, evidence, closed, closedAt, version);
    }

    public Inspection asStored(long storedVersion) {
        return restore(new Snapshot(id, enterpriseId, jurisdiction, industry, inspectedOn, method, inspectingUnit,
                inspectors, checklist, signatures, exam, evidence, closed, closedAt, storedVersion));
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException(ENTITY, id, expectedVersion, version);
        }
    }

    // ------------------------------------------------------------------------------------------------- lifecycle

    /** Marks a checklist item fine, not applicable, or a finding citing {@code clause}. Only before any signature. */
    public void mark(String itemCode, ChecklistMark mark, ClauseReference clause, String note, Actor actor) {
        requireOpen();
        requireInspector(actor);
        if (!signatures.isEmpty()) {
            throw new RuleViolationException("enforcement.inspection.signed-checklist",
                    "the checklist was signed and can no longer change");
        }
        int index = indexOf(itemCode);
        ChecklistItem item = checklist.get(index);
        checklist.set(index, new ChecklistItem(item.code(), item.text(), Require.notNull(mark, "mark"),
                mark == ChecklistMark.FINDING ? clause : null, note, null, null, null, List.of()));
    }

    /** Keeps a photo or document with the inspection (执法全过程记录). */
    public void addEvidence(AttachmentRef attachment, Actor actor) {
        requireOpen();
        requireInspector(actor);
        evidence.add(Require.notNull(attachment, "attachment"));
    }

    /** Records the principal's exam and publishes it (逢查必考). Once. */
    public void recordExam(PrincipalExam principalExam, Actor actor, Instant at) {
        requireOpen();
        requireInspector(actor);
        if (exam != null) {
            throw new RuleViolationException("enforcement.inspection.exam-recorded",
                    "the principal's exam is already recorded");
        }
        exam = Require.notNull(principalExam, "exam");
        raise(new PrincipalExamRecorded(DomainEvent.newEventId(), id, enterpriseId, jurisdiction, industry,
                inspectedOn, exam.score(), exam.passed(), Require.notNull(at, "at")));
    }

    /** The finding became {@code hazard} in the hazards module. */
    public void findingAccepted(String itemCode, HazardId hazard) {
        setFindingOutcome(itemCode, Require.notNull(hazard, "hazard"), null, null, List.of());
    }

    /**
     * The hazards module refused the finding, for {@code reason} (its message code {@code code} with
     * {@code arguments}, so that the refusal reads in the reader's language); it may be handed over again.
     */
    public void findingRefused(String itemCode, String code, String reason, List<String> arguments) {
        setFindingOutcome(itemCode, null, Require.maxLength(Require.notBlank(reason, "reason"), 2000, "reason"),
                Require.maxLength(Require.notBlank(code, "code"), 200, "code"), arguments);
    }

    /** The inspector signs from their own account; each inspector once. */
    public void sign(Actor actor, Instant at) {
        requireOpen();
        requireInspector(actor);
        if (signatures.stream().anyMatch(s -> s.inspector().equals(actor.username()))) {
            throw new RuleViolationException("enforcement.inspection.already-signed",
                    "the inspector has already signed", actor.username());
        }
        if (checklist.stream().anyMatch(item -> item.mark() == ChecklistMark.UNMARKED)) {
            throw new RuleViolationException("enforcement.inspection.unmarked-items",
                    "every checklist item must be marked before signing");
        }
        signatures.add(new InspectionSignature(actor.username(), Require.notNull(at, "at")));
    }

    /** Closes the inspection; refused without two signatures. */
    public void close(Actor actor, Instant at) {
        requireOpen();
        requireInspector(actor);
        if (signatures.size() < SIGNATURES_REQUIRED) {
            throw new RuleViolationException("enforcement.inspection.signatures-missing",
                    "an inspection needs " + SIGNATURES_REQUIRED + " signatures to be closed, it has "
                            + signatures.size(), signatures.size());
        }
        closed = true;
        closedAt = Require.notNull(at, "at");
        raise(new InspectionClosed(DomainEvent.newEventId(), id, enterpriseId, jurisdiction, inspectingUnit, method,
                inspectedOn, findings().size(), at));
    }

    public List<ChecklistItem> findings() {
        return checklist.stream().filter(ChecklistItem::isFinding).toList();
    }

    /** Whether a finding of this inspection became {@code hazard}. */
    public boolean found(HazardId hazard) {
        return checklist.stream().anyMatch(item -> hazard.equals(item.hazard()));
    }

    public ChecklistItem item(String itemCode) {
        return checklist.get(indexOf(itemCode));
    }

    private void setFindingOutcome(String itemCode, HazardId hazard, String refusal, String refusalCode,
            List<String> refusalArguments) {
        int index = indexOf(itemCode);
        ChecklistItem item = checklist.get(index);
        if (!item.isFinding()) {
            throw new RuleViolationException("enforcement.inspection.not-a-finding",
                    "only a finding can become a hazard", itemCode);
        }
        if (item.hazard() != null) {
            throw new RuleViolationException("enforcement.inspection.finding-already-hazard",
                    "the finding already became a hazard", itemCode);
        }
        checklist.set(index, new ChecklistItem(item.code(), item.text(), item.mark(), item.clause(), item.note(),
                hazard, refusal, refusalCode, refusalArguments));
    }

    private int indexOf(String itemCode) {
        for (int i = 0; i < checklist.size(); i++) {
            if (checklist.get(i).code().equals(itemCode)) {
                return i;
            }
        }
        throw new NotFoundException("ChecklistItem", itemCode);
    }

    private void requireOpen() {
        if (closed) {
            throw new RuleViolationException("enforcement.inspection.closed", "the inspection is closed");
        }
    }

    private void requireInspector(Actor actor) {
        Require.notNull(actor, "actor");
        if (!inspectors.contains(actor.username())) {
            throw new NotPermittedException("enforcement.inspection.not-an-inspector",
                    "only the inspection's own inspectors act on it", actor.username());
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

    public InspectionId id() {
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

    public LocalDate inspectedOn() {
        return inspectedOn;
    }

    public InspectionMethod method() {
        return method;
    }

    public String inspectingUnit() {
        return inspectingUnit;
    }

    public List<String> inspectors() {
        return inspectors;
    }

    public List<ChecklistItem> checklist() {
        return List.copyOf(checklist);
    }

    public List<InspectionSignature> signatures() {
        return List.copyOf(signatures);
    }

    public Optional<PrincipalExam> exam() {
        return Optional.ofNullable(exam);
    }

    public List<AttachmentRef> evidence() {
        return List.copyOf(evidence);
    }

    public boolean closed() {
        return closed;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public long version() {
        return version;
    }
}
