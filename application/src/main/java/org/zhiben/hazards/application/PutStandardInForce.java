package org.zhiben.hazards.application;

import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.StandardCatalog;

/**
 * Sets the day a version comes into force, for a version imported before its date was known. The date is set once,
 * and falls after its predecessor's and before its successor's.
 */
public class PutStandardInForce {

    private final DeterminationStandards standards;

    public PutStandardInForce(DeterminationStandards standards) {
        this.standards = standards;
    }

    public DeterminationStandard putInForce(PutStandardInForceCommand command) {
        StandardCatalog catalog = new StandardCatalog(standards.findAll());
        DeterminationStandard standard = catalog.putInForce(command.code(), command.effectiveFrom());
        standards.save(standard);
        return standard;
    }
}
