package org.zhiben.training;

import java.time.LocalDate;
import org.zhiben.shared.Require;

/**
 * The re-check of a training institution against the basic conditions (task 7: "{@value TrainingInstitution#RULE}").
 *
 * @param on        the day it was re-checked
 * @param compliant whether it meets the basic conditions
 * @param notes     what was found (for a non-compliant institution: the reason it is removed)
 */
public record InstitutionRecheck(LocalDate on, boolean compliant, String notes) {

    public static final int MAX_NOTES = 1000;

    public InstitutionRecheck {
        Require.notNull(on, "recheckedOn");
        notes = Require.maxLength(Require.notBlank(notes, "notes").strip(), MAX_NOTES, "notes");
    }
}
