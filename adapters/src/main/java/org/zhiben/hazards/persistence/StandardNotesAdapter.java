package org.zhiben.hazards.persistence;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.hazards.storage.StandardNotes;

/** The notes of a standard's version, kept in its row of {@code hazards.determination_standard}. */
@Component
@Transactional
class StandardNotesAdapter implements StandardNotes {

    private final DeterminationStandardRepository repository;

    StandardNotesAdapter(DeterminationStandardRepository repository) {
        this.repository = repository;
    }

    @Override
    public void record(String code, Notes notes) {
        repository.findById(code).ifPresent(row -> row.describe(notes.sourceNotes(), notes.notes()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Notes> of(String code) {
        return repository.findById(code).map(row -> new Notes(row.getSourceNotes(), row.getNotes()));
    }
}
