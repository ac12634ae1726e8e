package org.zhiben.hazards.web;

import org.springframework.stereotype.Component;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.application.ImportStandard;
import org.zhiben.hazards.standards.StandardDocument;
import org.zhiben.hazards.storage.StandardNotes;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.organization.Industries;
import org.zhiben.shared.Actor;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import java.util.List;

/**
 * Imports a version of a determination standard from its YAML document, for the API and the pages alike: the version,
 * its documentary notes and the audit entry are written in one transaction.
 */
@Component
public class StandardImporting {

    static final String ENTITY = "DeterminationStandard";

    private final ImportStandard importStandard;
    private final StandardNotes notes;
    private final Transactions transactions;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;
    private final Industries industries;

    StandardImporting(ImportStandard importStandard, StandardNotes notes, Transactions transactions,
            CurrentActors currentActors, AuditRecorder audit, Industries industries) {
        this.importStandard = importStandard;
        this.notes = notes;
        this.transactions = transactions;
        this.currentActors = currentActors;
        this.audit = audit;
        this.industries = industries;
    }

    /** The imported version; an {@link org.zhiben.shared.InvalidValueException} names the field of a wrong shape. */
    public DeterminationStandard importDocument(byte[] yaml) {
        StandardDocument document = StandardDocument.parse(yaml);
        List<IndustryCode> sectors = List.copyOf(document.command().sectors());
        for (int i = 0; i < sectors.size(); i++) {
            IndustryCode sector = sectors.get(i);
            if (transactions.read(() -> industries.findByCode(sector)).isEmpty()) {
                throw new InvalidValueException("sectors[" + i + "]", "hazard.standard.sector.unknown",
                        "unknown sector " + sector, sector.value());
            }
        }
        Actor actor = currentActors.actor();
        return transactions.write(() -> {
            DeterminationStandard standard = importStandard.importStandard(document.command());
            notes.record(standard.code(), document.notes());
            audit.record(actor, ENTITY, standard.code(), "IMPORTED", null,
                    "effectiveFrom=" + standard.effectiveFrom() + ";clauses=" + standard.clauses().size());
            return standard;
        });
    }
}
