package org.zhiben.training.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.training.InstitutionRecheck;
import org.zhiben.training.InstitutionStatus;
import org.zhiben.training.TrainingInstitution;
import org.zhiben.training.storage.TrainingInstitutions;

/**
 * The register of approved training institutions (task 7: "{@value TrainingInstitution#RULE}"): those who supervise
 * training enter an institution of a jurisdiction in their scope (403 outside it) and record its re-check against the
 * basic conditions, naming the version they re-check (412 when stale); a non-compliant institution leaves the approved
 * list with the reason. Everyone who reads training reads the register and the institutions not yet re-checked past
 * the deadline. Audited as {@code institution.approved}, {@code institution.rechecked} and {@code institution.removed}.
 */
public class ManageInstitutions {

    public static final String APPROVED = "institution.approved";
    public static final String RECHECKED = "institution.rechecked";
    public static final String REMOVED = "institution.removed";

    private final TrainingStore store;
    private final TrainingInstitutions institutions;

    public ManageInstitutions(TrainingStore store, TrainingInstitutions institutions) {
        this.store = store;
        this.institutions = institutions;
    }

    public TrainingInstitution approve(String name, JurisdictionCode jurisdiction, String licenceNumber,
            LocalDate approvedOn) {
        store.jurisdictionToActOn(Require.notNull(jurisdiction, "jurisdiction"));
        TrainingInstitution institution = TrainingInstitution.approve(name, jurisdiction, licenceNumber,
                Require.notNull(approvedOn, "approvedOn"), store.today());
        long version = institutions.add(institution);
        store.audit(TrainingInstitution.ENTITY, institution.id(), APPROVED, "jurisdiction=" + jurisdiction.value()
                + ";approvedOn=" + approvedOn);
        return institution.asStored(version);
    }

    public TrainingInstitution recheck(UUID id, long expectedVersion, InstitutionRecheck recheck) {
        Require.notNull(recheck, "recheck");
        TrainingInstitution current = find(id);
        store.jurisdictionToActOn(current.jurisdiction());
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(TrainingInstitution.ENTITY, id, expectedVersion, current.version());
        }
        TrainingInstitution rechecked = current.recheck(recheck, store.today());
        long version = institutions.update(rechecked, expectedVersion);
        boolean removed = rechecked.status() == InstitutionStatus.REMOVED;
        store.audit(TrainingInstitution.ENTITY, id, removed ? REMOVED : RECHECKED, "recheckedOn=" + recheck.on()
                + ";compliant=" + recheck.compliant() + ";status=" + rechecked.status().name()
                + (removed ? ";reason=" + recheck.notes() : ""));
        return rechecked.asStored(version);
    }

    public TrainingInstitution find(UUID id) {
        return institutions.findById(id).orElseThrow(() -> new NotFoundException(TrainingInstitution.ENTITY, id));
    }

    /** One page of the register (of one status when given), by name. */
    public TrainingPaging.Page<TrainingInstitution> list(InstitutionStatus status, int page, int size) {
        int offset = TrainingPaging.offset(page, size);
        return new TrainingPaging.Page<>(institutions.search(status, offset, size), page, size,
                institutions.count(status));
    }

    /** The approved institutions that owe the re-check and had none when today is past the deadline. */
    public List<TrainingInstitution> overdue() {
        LocalDate today = store.today();
        return institutions.approved().stream().filter(i -> i.recheckOverdue(today)).toList();
    }

    /** Today in the campaign's time zone. */
    public LocalDate today() {
        return store.today();
    }
}
