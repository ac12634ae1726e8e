package org.zhiben.hazards.application;

import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.StandardCatalog;

/**
 * Imports a version of a determination standard (or of key inspection items) into the catalog. A revision names
 * the version it supersedes; that version is kept, marked as superseded, for the hazards judged under it.
 */
public class ImportStandard {

    private final DeterminationStandards standards;

    public ImportStandard(DeterminationStandards standards) {
        this.standards = standards;
    }

    /** @return the imported version */
    public DeterminationStandard importStandard(ImportStandardCommand command) {
        DeterminationStandard standard = command.toStandard();
        StandardCatalog catalog = new StandardCatalog(standards.findAll());
        catalog.importVersion(standard).forEach(standards::save);
        return standard;
    }
}
