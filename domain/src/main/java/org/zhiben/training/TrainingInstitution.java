package org.zhiben.training;

import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * An approved work-safety training institution (安全生产培训机构) and its re-check against the revised basic
 * conditions (task 7: "{@value #RULE}"): every approved institution is re-checked by {@link #RECHECK_DEADLINE}; one
 * that does not meet the conditions is removed from the approved list, with the reason. An institution approved after
 * the deadline was approved under the revised conditions and owes no re-check.
 */
public final class TrainingInstitution {

    public static final String ENTITY = "TrainingInstitution";
    /** The seed's sentence (task 7). */
    public static final String RULE = "对安全生产培训机构进行全覆盖条件复核,2024年底前对不符合条件的机构实施清退";
    /** 2024年底: the last day of 2024. */
    public static final LocalDate RECHECK_DEADLINE = LocalDate.of(2024, 12, 31);
    public static final int MAX_NAME = 200;
    public static final int MAX_LICENCE = 60;

    private final UUID id;
    private final String name;
    private final JurisdictionCode jurisdiction;
    private final String licenceNumber;
    private final LocalDate approvedOn;
    private final InstitutionStatus status;
    private final InstitutionRecheck lastRecheck;
    private final long version;

    private TrainingInstitution(UUID id, String name, JurisdictionCode jurisdiction, String licenceNumber,
            LocalDate approvedOn, InstitutionStatus status, InstitutionRecheck lastRecheck, long version) {
        this.id = Require.notNull(id, "id");
        this.name = Require.maxLength(Require.notBlank(name, "name").strip(), MAX_NAME, "name");
        this.jurisdiction = Require.notNull(jurisdiction, "jurisdiction");
        this.licenceNumber = Require.maxLength(Require.notBlank(licenceNumber, "licenceNumber").strip(), MAX_LICENCE,
                "licenceNumber");
        this.approvedOn = Require.notNull(approvedOn, "approvedOn");
        this.status = Require.notNull(status, "status");
        this.lastRecheck = lastRecheck;
        this.version = version;
    }

    /** An institution entered on the approved list on {@code approvedOn}, which may not lie after {@code today}. */
    public static TrainingInstitution approve(String name, JurisdictionCode jurisdiction, String licenceNumber,
            LocalDate approvedOn, LocalDate today) {
        if (approvedOn != null && approvedOn.isAfter(today)) {
            throw new InvalidValueException("approvedOn", "training.institution.in-future",
                    "an institution is entered once approved", approvedOn);
        }
        return new TrainingInstitution(UUID.randomUUID(), name, jurisdiction, licenceNumber, approvedOn,
                InstitutionStatus.APPROVED, null, 0);
    }

    public static TrainingInstitution restore(UUID id, String name, JurisdictionCode jurisdiction,
            String licenceNumber, LocalDate approvedOn, InstitutionStatus status, InstitutionRecheck lastRecheck,
            long version) {
        return new TrainingInstitution(id, name, jurisdiction, licenceNumber, approvedOn, status, lastRecheck, version);
    }

    /**
     * Records a re-check made on a day not after {@code today} nor before the approval: a compliant institution stays
     * on the list, a non-compliant one is removed with the re-check's notes as the reason.
     *
     * @throws RuleViolationException {@code training.institution.removed} when it was removed already
     */
    public TrainingInstitution recheck(InstitutionRecheck recheck, LocalDate today) {
        Require.notNull(recheck, "recheck");
        if (status == InstitutionStatus.REMOVED) {
            throw new RuleViolationException("training.institution.removed",
                    "a removed institution is not re-checked", name);
        }
        if (recheck.on().isAfter(today)) {
            throw new InvalidValueException("recheckedOn", "training.institution.recheck-in-future",
                    "a re-check is recorded once made", recheck.on());
        }
        if (recheck.on().isBefore(approvedOn)) {
            throw new InvalidValueException("recheckedOn", "training.institution.recheck-before-approval",
                    "a re-check is made after the approval", recheck.on(), approvedOn);
        }
        return new TrainingInstitution(id, name, jurisdiction, licenceNumber, approvedOn,
                recheck.compliant() ? InstitutionStatus.APPROVED : InstitutionStatus.REMOVED, recheck, version);
    }

    /** Whether the rule asks this institution to be re-checked: approved on or before the deadline. */
    public boolean recheckRequired() {
        return !approvedOn.isAfter(RECHECK_DEADLINE);
    }

    /** On the approved list, owing a re-check, not re-checked, and {@code today} past the deadline. */
    public boolean recheckOverdue(LocalDate today) {
        return status == InstitutionStatus.APPROVED && recheckRequired() && lastRecheck == null
                && today.isAfter(RECHECK_DEADLINE);
    }

    /** The same institution at a stored version. */
    public TrainingInstitution asStored(long storedVersion) {
        return new TrainingInstitution(id, name, jurisdiction, licenceNumber, approvedOn, status, lastRecheck,
                storedVersion);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public JurisdictionCode jurisdiction() {
        return jurisdiction;
    }

    public String licenceNumber() {
        return licenceNumber;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public InstitutionStatus status() {
        return status;
    }

    /** The latest re-check, or null. */
    public InstitutionRecheck lastRecheck() {
        return lastRecheck;
    }

    public long version() {
        return version;
    }
}
