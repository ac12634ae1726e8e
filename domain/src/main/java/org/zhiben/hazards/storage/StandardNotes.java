package org.zhiben.hazards.storage;

import java.util.Optional;

/**
 * The documentary notes kept with a stored version of a determination standard: where its text comes from
 * ({@code source_notes}) and remarks on it ({@code notes}). They are not part of the rule, so the domain does not
 * carry them.
 */
public interface StandardNotes {

    record Notes(String sourceNotes, String notes) {
    }

    /** Records the notes of a stored version (in the transaction that stored it). */
    void record(String code, Notes notes);

    Optional<Notes> of(String code);
}
