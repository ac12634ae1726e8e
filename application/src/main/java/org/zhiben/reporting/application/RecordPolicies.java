package org.zhiben.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.MemberUnits;
import org.zhiben.reporting.PolicyDocumentUpload;
import org.zhiben.reporting.PolicyEntry;
import org.zhiben.reporting.PolicyEntryId;
import org.zhiben.reporting.storage.PolicyEntries;
import org.zhiben.reporting.storage.PolicyFiles;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;

/**
 * A unit enters the policies and rules it issued into the policy statistics table (附表2): "各级、各部门出台的相关安全生产
 * 制度类文件,印发后同时抄送自治州安委会办公室,详见附表2". A line is entered for a unit the caller reports for (else
 * 403), once per document number of that unit (else 409); it is corrected or given its issued document against the
 * version last read (else 412). Each change is audited in the same transaction.
 */
public class RecordPolicies {

    public static final String ENTERED = "policy.entered";
    public static final String REVISED = "policy.revised";
    public static final String DOCUMENT_ATTACHED = "policy.document-attached";

    private final PolicyEntries entries;
    private final PolicyFiles files;
    private final UnitsOfCaller units;
    private final MemberUnits memberUnits;
    private final CurrentActors actors;
    private final AuditRecorder audit;
    private final Clock clock;

    public RecordPolicies(PolicyEntries entries, PolicyFiles files, UnitsOfCaller units,
            MemberUnits memberUnits, CurrentActors actors, AuditRecorder audit, Clock clock) {
        this.entries = entries;
        this.files = files;
        this.units = units;
        this.memberUnits = memberUnits;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enters a policy the unit issued. */
    public PolicyEntry enter(UnitCode unit, PolicyEntry.Details details) {
        return enter(unit, details, null);
    }

    /** Enters a policy the unit issued with its issued document (none when {@code document} is null), at once. */
    public PolicyEntry enter(UnitCode unit, PolicyEntry.Details details, PolicyDocumentUpload document) {
        Require.notNull(unit, "unit");
        if (memberUnits.findByCode(unit).isEmpty()) {
            throw new InvalidValueException("unit", "reporting.policy.unit-unknown", "no unit has this code", unit);
        }
        if (!units.permits(unit)) {
            throw new AccessRefusedException("the caller does not report for this unit");
        }
        PolicyEntry entry = PolicyEntry.enter(unit, details, today(), clock.instant(), actors.actor().username());
        refuseDuplicate(entry);
        if (document != null) {
            entry = entry.attached(files.store(document));
        }
        entries.add(entry);
        audit.record(actors.actor(), PolicyEntry.ENTITY, entry.id().toString(), ENTERED, null, change(entry)
                + attachmentChange(entry));
        return entry;
    }

    /** Corrects the details of a line read at {@code expectedVersion}. */
    public PolicyEntry revise(PolicyEntryId id, long expectedVersion, PolicyEntry.Details details) {
        return revise(id, expectedVersion, details, null);
    }

    /**
     * Corrects the details of a line read at {@code expectedVersion} and, when {@code document} is given, replaces its
     * issued document, at once.
     */
    public PolicyEntry revise(PolicyEntryId id, long expectedVersion, PolicyEntry.Details details,
            PolicyDocumentUpload document) {
        PolicyEntry current = load(id, expectedVersion);
        PolicyEntry revised = current.revised(details, today());
        refuseDuplicate(revised);
        if (document != null) {
            revised = revised.attached(files.store(document));
        }
        PolicyEntry stored = revised.atVersion(entries.update(revised));
        audit.record(actors.actor(), PolicyEntry.ENTITY, id.toString(), REVISED, null, change(stored)
                + (document == null ? "" : attachmentChange(stored)));
        return stored;
    }

    /** Gives a line read at {@code expectedVersion} its issued document (checked by content), replacing an earlier one. */
    public PolicyEntry attach(PolicyEntryId id, long expectedVersion, PolicyDocumentUpload upload) {
        PolicyEntry current = load(id, expectedVersion);
        PolicyEntry attached = current.attached(files.store(upload));
        PolicyEntry stored = attached.atVersion(entries.update(attached));
        audit.record(actors.actor(), PolicyEntry.ENTITY, id.toString(), DOCUMENT_ATTACHED, null,
                attachmentChange(stored).substring(1));
        return stored;
    }

    private PolicyEntry load(PolicyEntryId id, long expectedVersion) {
        PolicyEntry found = entries.findById(id).filter(entry -> units.permits(entry.unit()))
                .orElseThrow(() -> new NotFoundException(PolicyEntry.ENTITY, id));
        if (found.version() != expectedVersion) {
            throw new StaleVersionException(PolicyEntry.ENTITY, id, expectedVersion, found.version());
        }
        return found;
    }

    private void refuseDuplicate(PolicyEntry entry) {
        entries.findByDocumentNumber(entry.unit(), entry.details().documentNumber())
                .filter(other -> !other.id().equals(entry.id()))
                .ifPresent(other -> {
                    throw new RuleViolationException("reporting.policy.duplicate",
                            "the unit has already entered a policy with this document number",
                            entry.details().documentNumber());
                });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String attachmentChange(PolicyEntry entry) {
        return entry.attachment() == null ? "" : ";fileName=" + entry.attachment().fileName().replace(';', '；')
                + ";sha256=" + entry.attachment().sha256();
    }

    private static String change(PolicyEntry entry) {
        PolicyEntry.Details d = entry.details();
        return "unit=" + entry.unit() + ";kind=" + d.kind() + ";issuedOn=" + d.issuedOn() + ";copiedToOffice="
                + d.copiedToOffice() + ";documentNumber=" + d.documentNumber().replace(';', '；') + ";title="
                + d.title().replace(';', '；');
    }
}
