package org.zhiben.hazards.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandards;

/**
 * Every version of every determination standard, in PostgreSQL, read once and then kept in memory: every
 * determination (each registration of a hazard) needs all of them, and they change only through {@link #save} — a new
 * version imported, a version put in force or superseded — which the use cases call in their transaction.
 *
 * <p>The copy in memory stays correct across those edits. A save drops it at once and again when its transaction
 * ends (commit or rollback); until then the saving transaction reads its own changes from the database, never from
 * the copy. A reader keeps what it read only if no save was made or ended since it began to read (a compare-and-set
 * of the state it saw), so a reader that read the rows before a save committed never puts them back after the save's
 * end dropped the copy. Every caller gets copies: a use case that changes a standard's dates before saving it
 * (putting a version in force) does not change the kept one. Edits made to the rows
 * outside this adapter (by hand, or by another application instance on the same database) are not seen until a save
 * or a restart.
 */
@Component
@Transactional
class DeterminationStandardsAdapter implements DeterminationStandards {

    private final DeterminationStandardRepository repository;
    private final DeterminationStandardMapper mapper;
    private final Clock clock;
    /**
     * The standards kept (null: none) with the number of drops so far; every drop replaces it, so a reader's
     * compare-and-set of the state it saw before reading fails once a save or its transaction's end came between.
     */
    private final AtomicReference<Kept> kept = new AtomicReference<>(new Kept(0, null));
    private static final Object SAVED_IN_THIS_TRANSACTION = new Object();

    private record Kept(long drops, List<DeterminationStandard> standards) {
    }

    DeterminationStandardsAdapter(DeterminationStandardRepository repository, DeterminationStandardMapper mapper,
            Clock clock) {
        this.repository = repository;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeterminationStandard> findAll() {
        boolean ownEdits = TransactionSynchronizationManager.hasResource(this);
        Kept seen = kept.get();
        if (!ownEdits && seen.standards() != null) {
            return seen.standards().stream().map(DeterminationStandardsAdapter::copy).toList();
        }
        List<DeterminationStandard> read = repository.findAll().stream().map(mapper::toDomain).toList();
        if (!ownEdits) {
            kept.compareAndSet(seen, new Kept(seen.drops(),
                    read.stream().map(DeterminationStandardsAdapter::copy).toList()));
        }
        return read;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeterminationStandard> findByCode(String code) {
        if (!TransactionSynchronizationManager.hasResource(this)) {
            List<DeterminationStandard> standards = kept.get().standards();
            if (standards != null) {
                return standards.stream().filter(s -> s.code().equals(code)).findFirst()
                        .map(DeterminationStandardsAdapter::copy);
            }
        }
        return repository.findById(code).map(mapper::toDomain);
    }

    /** A new version is inserted with its clauses; a stored one only changes its date and successor. */
    @Override
    public void save(DeterminationStandard standard) {
        dropCopy();
        repository.findById(standard.code()).ifPresentOrElse(
                row -> row.changeDates(standard.effectiveFrom(), standard.supersededBy()),
                () -> repository.save(mapper.toNewRow(standard, clock.instant())));
    }

    /**
     * A copy of a kept standard: a use case may change a standard's dates before it saves it (putting a version in
     * force), and the kept one must not change with it.
     */
    private static DeterminationStandard copy(DeterminationStandard s) {
        return new DeterminationStandard(s.code(), s.title(), s.documentNumber(), s.issuer(), s.effectiveFrom(),
                s.supersedes(), s.supersededBy(), s.sectors(), s.kind(), s.definedBy(), s.clauses());
    }

    private void drop() {
        kept.updateAndGet(k -> new Kept(k.drops() + 1, null));
    }

    /** Drops the copy now and when the transaction ends; the transaction reads its own changes meanwhile. */
    private void dropCopy() {
        drop();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, SAVED_IN_THIS_TRANSACTION);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DeterminationStandardsAdapter.this);
                    drop();
                }
            });
        }
    }
}
