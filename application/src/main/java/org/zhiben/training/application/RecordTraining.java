package org.zhiben.training.application;

import java.util.UUID;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.training.TrainingRecord;
import org.zhiben.training.TrainingRecordId;

/**
 * Records a person's training: with their enterprise (which must lie in the caller's data scope, so an enterprise's
 * own manager records its own staff only), or, for a leading cadre or a regulator, with their unit and a jurisdiction
 * of the caller's scope.
 */
public class RecordTraining {

    public static final String ACTION = "training-record.recorded";
    public static final String REVISED = "training-record.revised";

    /**
     * A correction of a record at the version the editor read, with the reason for it.
     *
     * @param unitName the corrected unit of a leading cadre or a regulator (ignored for a person of an enterprise)
     */
    public record Revision(TrainingRecordId id, long expectedVersion, TrainingRecord.Details details, String unitName,
            String reason) {

        public Revision {
            Require.notNull(id, "id");
            Require.notNull(details, "details");
        }
    }

    /**
     * @param enterpriseId the enterprise of the person (null for a leading cadre or a regulator)
     * @param unitName     the unit of a leading cadre or a regulator (null for a person of an enterprise)
     * @param jurisdiction the jurisdiction of that unit (null for a person of an enterprise)
     */
    public record Command(TrainingRecord.Details details, UUID enterpriseId, String unitName,
            JurisdictionCode jurisdiction) {

        public Command {
            Require.notNull(details, "details");
        }
    }

    private final TrainingStore store;

    public RecordTraining(TrainingStore store) {
        this.store = store;
    }

    public TrainingRecord execute(Command command) {
        TrainingRecord record;
        if (command.details().role().ofEnterprise()) {
            Require.notNull(command.enterpriseId(), "enterpriseId");
            Enterprise enterprise = store.enterpriseToActOn(command.enterpriseId());
            record = TrainingRecord.ofEnterprise(TrainingRecordId.newId(), command.details(), command.enterpriseId(),
                    enterprise.jurisdiction(), enterprise.industry(), enterprise.highRisk(), store.today(),
                    store.now(), store.caller().username());
        } else {
            JurisdictionCode jurisdiction = store.jurisdictionToActOn(
                    Require.notNull(command.jurisdiction(), "jurisdiction"));
            record = TrainingRecord.ofUnit(TrainingRecordId.newId(), command.details(), command.unitName(),
                    jurisdiction, store.today(), store.now(), store.caller().username());
        }
        TrainingRecord stored = store.store(record);
        store.audit(TrainingRecord.ENTITY, stored.id(), ACTION, "role=" + stored.role()
                + (stored.enterpriseId().map(id -> ";enterprise=" + id).orElse(""))
                + ";jurisdiction=" + stored.jurisdiction().value() + ";exam=" + stored.exam()
                + ";endedOn=" + stored.endedOn());
        return stored;
    }

    /**
     * Corrects a record of the caller's data scope (one outside it does not exist for them, 404) at the version the
     * editor read (412 when it changed meanwhile), under the same rules as recording it; the enterprise or unit it is
     * recorded with stays. Audited with the reason and the fields that changed (the person only as "corrected": the
     * trail holds no personal data).
     */
    public TrainingRecord revise(Revision revision) {
        String reason = TrainingStore.reason(revision.reason());
        TrainingRecord current = store.record(revision.id());
        boolean highRisk = current.enterpriseId()
                .flatMap(id -> store.enterprises().findById(new org.zhiben.enterprises.EnterpriseId(id)))
                .map(Enterprise::highRisk).orElse(false);
        TrainingRecord revised = current.revise(revision.expectedVersion(), revision.details(), revision.unitName(),
                highRisk, store.today());
        TrainingRecord stored = store.store(revised);
        store.audit(TrainingRecord.ENTITY, stored.id(), REVISED, reason, changes(current.snapshot(),
                stored.snapshot()));
        return stored;
    }

    private static String changes(TrainingRecord.Snapshot before, TrainingRecord.Snapshot after) {
        java.util.List<String> changed = new java.util.ArrayList<>();
        if (!before.trainee().equals(after.trainee())) {
            changed.add("person=corrected");
        }
        change(changed, "role", before.role(), after.role());
        change(changed, "exam", before.exam(), after.exam());
        change(changed, "startedOn", before.startedOn(), after.startedOn());
        change(changed, "endedOn", before.endedOn(), after.endedOn());
        change(changed, "hours", before.hours(), after.hours());
        if (!before.course().equals(after.course())) {
            changed.add("course=corrected");
        }
        if (!before.provider().equals(after.provider())) {
            changed.add("provider=corrected");
        }
        if (!java.util.Objects.equals(before.certificateNumber(), after.certificateNumber())) {
            changed.add("certificateNumber=corrected");
        }
        if (!java.util.Objects.equals(before.unitName(), after.unitName())) {
            changed.add("unit=corrected");
        }
        return changed.isEmpty() ? null : String.join(";", changed);
    }

    private static void change(java.util.List<String> changed, String field, Object before, Object after) {
        if (!before.equals(after)) {
            changed.add(field + "=" + before + "->" + after);
        }
    }
}
