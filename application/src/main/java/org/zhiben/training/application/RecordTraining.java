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
}
