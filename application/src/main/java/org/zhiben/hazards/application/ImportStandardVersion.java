package org.zhiben.hazards.application;

import java.util.List;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.storage.StandardNotes;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.Industries;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;

/**
 * Imports a version of a determination standard read from its document: every sector must be an industry the
 * organisation knows; the version (see {@link ImportStandard}), its documentary notes and the audit entry are written
 * together.
 */
public class ImportStandardVersion {

    /** The entity and the action recorded in the audit trail. */
    public static final String ENTITY = "DeterminationStandard";
    public static final String ACTION = "standard.imported";

    private final ImportStandard importStandard;
    private final ReadStandards read;
    private final StandardNotes notes;
    private final Industries industries;
    private final CurrentActors actors;
    private final AuditRecorder audit;

    public ImportStandardVersion(ImportStandard importStandard, ReadStandards read, StandardNotes notes,
            Industries industries, CurrentActors actors, AuditRecorder audit) {
        this.importStandard = importStandard;
        this.read = read;
        this.notes = notes;
        this.industries = industries;
        this.actors = actors;
        this.audit = audit;
    }

    /** @return the imported version with its notes */
    public StandardView execute(ImportStandardCommand command, StandardNotes.Notes documentNotes) {
        List<IndustryCode> sectors = List.copyOf(command.sectors());
        for (int i = 0; i < sectors.size(); i++) {
            IndustryCode sector = sectors.get(i);
            if (industries.findByCode(sector).isEmpty()) {
                throw new InvalidValueException("sectors[" + i + "]", "hazard.standard.sector.unknown",
                        "unknown sector " + sector, sector.value());
            }
        }
        DeterminationStandard standard = importStandard.importStandard(command);
        notes.record(standard.code(), documentNotes);
        audit.record(actors.actor(), ENTITY, standard.code(), ACTION, null,
                "effectiveFrom=" + standard.effectiveFrom() + ";clauses=" + standard.clauses().size());
        return read.detail(standard);
    }
}
