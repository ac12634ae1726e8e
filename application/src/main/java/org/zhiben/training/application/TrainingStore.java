package org.zhiben.training.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.training.TrainingRecord;
import org.zhiben.training.TrainingRecordId;
import org.zhiben.training.storage.TrainingRecords;

/**
 * What every training use case shares: the caller and their data scope ({@link CurrentActors}), the enterprise a
 * record is about (inside the caller's scope, else 403), loading a record inside the scope (else 404), storing, the
 * audit entry and the clock. The use cases run inside the transaction their decorator opens, so a record and its
 * audit entry commit together.
 */
public final class TrainingStore {

    /** The longest reason a correction may give. */
    public static final int MAX_REASON = 500;

    private final TrainingRecords records;
    private final Enterprises enterprises;
    private final CurrentActors actors;
    private final AuditRecorder audit;
    private final Clock clock;

    public TrainingStore(TrainingRecords records, Enterprises enterprises, CurrentActors actors, AuditRecorder audit,
            Clock clock) {
        this.records = records;
        this.enterprises = enterprises;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    TrainingRecord record(TrainingRecordId id) {
        TrainingRecord found = records.findById(id)
                .orElseThrow(() -> new NotFoundException(TrainingRecord.ENTITY, id));
        if (!inScope(found.jurisdiction(), found.industry(), found.enterpriseId().orElse(null))) {
            throw new NotFoundException(TrainingRecord.ENTITY, id);
        }
        return found;
    }

    TrainingRecord store(TrainingRecord record) {
        return record.asStored(records.save(record));
    }

    /** The enterprise, which must lie inside the caller's scope to record something about it (else 403). */
    Enterprise enterpriseToActOn(UUID enterpriseId) {
        Enterprise enterprise = enterprises.findById(new EnterpriseId(enterpriseId))
                .orElseThrow(() -> new InvalidValueException("enterpriseId", "training.enterprise.unknown",
                        "no enterprise is registered under this id", String.valueOf(enterpriseId)));
        if (!inScope(enterprise.jurisdiction(), enterprise.industry(), enterprise.id().value())) {
            throw new AccessRefusedException("the enterprise lies outside the caller's data scope");
        }
        return enterprise;
    }

    /** A jurisdiction the caller may record a unit's training in (else 403). */
    JurisdictionCode jurisdictionToActOn(JurisdictionCode jurisdiction) {
        if (!scope().prefectureWide() && !scope().jurisdictions().contains(jurisdiction)) {
            throw new AccessRefusedException("the jurisdiction lies outside the caller's data scope");
        }
        return jurisdiction;
    }

    boolean inScope(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId) {
        return scope().permits(jurisdiction, industry, enterpriseId);
    }

    void audit(String entity, Object id, String action, String change) {
        audit.record(caller(), entity, String.valueOf(id), action, null, change);
    }

    /** An audit entry of a correction, with the reason the editor gave for it. */
    void audit(String entity, Object id, String action, String reason, String change) {
        audit.record(caller(), entity, String.valueOf(id), action, reason, change);
    }

    /** The reason a correction gives (who changed what when, and why): required, at most 500 characters. */
    static String reason(String reason) {
        return Require.maxLength(Require.notBlank(reason, "reason"), MAX_REASON, "reason");
    }

    void auditAs(Actor actor, String entity, Object id, String action, String change) {
        audit.record(actor, entity, String.valueOf(id), action, null, change);
    }

    Actor caller() {
        return actors.actor();
    }

    DataScope scope() {
        return actors.scope();
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    TrainingRecords records() {
        return records;
    }

    Enterprises enterprises() {
        return enterprises;
    }
}
