package org.zhiben.hazards.persistence;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documentary notes kept with a stored version: where its text comes from ({@code source_notes}) and remarks
 * on it ({@code notes}). They are not part of the rule, so the domain does not carry them.
 */
@Component
@Transactional
public class StandardNotes {

    private final DeterminationStandardRepository repository;

    StandardNotes(DeterminationStandardRepository repository) {
        this.repository = repository;
    }

    public record Notes(String sourceNotes, String notes) {
    }

    /** Records the notes of a stored version (in the transaction that stored it). */
    public void record(String code, Notes notes) {
        repository.findById(code).ifPresent(row -> row.describe(notes.sourceNotes(), notes.notes()));
    }

    @Transactional(readOnly = true)
    public Optional<Notes> of(String code) {
        return repository.findById(code).map(row -> new Notes(row.getSourceNotes(), row.getNotes()));
    }
}
