package org.zhiben.hazards.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandardKind;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.StandardClause;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.UnitCode;

/**
 * Every version of every determination standard, in PostgreSQL, kept in memory with the revision of the standards
 * ({@link StandardsRevision}) it was read at: every determination (each registration of a hazard) needs all of them,
 * and a read costs one look at the revision. When the revision has moved — a version imported, put in force or
 * superseded through {@link #save}, or the rows changed outside this adapter, by another instance of the application
 * on the same database or by hand in SQL — the standards are read again.
 *
 * <p>The revision is read before the rows, in the same transaction: rows read after it are at least as new, and a
 * change committed in between moves the revision again, so the next read reads them anew; stale rows are never kept
 * under a newer revision. The rows to keep are read in plain SQL, not through the transaction's persistence context,
 * which may hold a standard loaded before the revision moved and would hand it back unchanged. A transaction that
 * saved reads its own changes through the persistence context and keeps nothing (its changes are not committed, and
 * may not even be flushed when it looks at the revision), so an edit rolled back is never served. Every caller gets
 * copies: a use case that changes a standard's dates before saving it (putting a version in force) does not change
 * the kept one.
 */
@Component
@Transactional
class DeterminationStandardsAdapter implements DeterminationStandards {

    private final DeterminationStandardRepository repository;
    private final DeterminationStandardMapper mapper;
    private final JdbcClient jdbc;
    private final StandardsRevision revision;
    private final Clock clock;
    /** The standards last read (null: none yet), with the revision they were read at. */
    private volatile Kept kept;
    private static final Object SAVED_IN_THIS_TRANSACTION = new Object();

    private record Kept(long revision, List<DeterminationStandard> standards) {
    }

    DeterminationStandardsAdapter(DeterminationStandardRepository repository, DeterminationStandardMapper mapper,
            JdbcClient jdbc, StandardsRevision revision, Clock clock) {
        this.repository = repository;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.revision = revision;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeterminationStandard> findAll() {
        if (savedInThisTransaction()) {
            return repository.findAll().stream().map(mapper::toDomain).toList();
        }
        return current().stream().map(DeterminationStandardsAdapter::copy).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeterminationStandard> findByCode(String code) {
        if (savedInThisTransaction()) {
            return repository.findById(code).map(mapper::toDomain);
        }
        return current().stream().filter(s -> s.code().equals(code)).findFirst()
                .map(DeterminationStandardsAdapter::copy);
    }

    /** A new version is inserted with its clauses; a stored one only changes its date and successor. */
    @Override
    public void save(DeterminationStandard standard) {
        markSaved();
        repository.findById(standard.code()).ifPresentOrElse(
                row -> row.changeDates(standard.effectiveFrom(), standard.supersededBy()),
                () -> repository.save(mapper.toNewRow(standard, clock.instant())));
    }

    /** The standards at the current revision: the kept ones, or read again (and kept) when the revision moved. */
    private List<DeterminationStandard> current() {
        long now = revision.current();
        Kept known = kept;
        if (known == null || known.revision() != now) {
            known = new Kept(now, read());
            kept = known;
        }
        return known.standards();
    }

    /**
     * Every standard as committed (and as this transaction sees it), with its sectors and clauses, in one statement:
     * one snapshot of the three tables, so a version inserted or removed meanwhile is read whole or not at all.
     */
    private List<DeterminationStandard> read() {
        return jdbc.sql("""
                        select s.code, s.title, s.document_number, s.issuer, s.effective_from, s.supersedes,
                               s.superseded_by, s.kind, s.defined_by,
                               array(select d.industry_code from hazards.determination_standard_sector d
                                     where d.standard_code = s.code) as sectors,
                               array(select c.number from hazards.standard_clause c
                                     where c.standard_code = s.code order by c.sort_order) as numbers,
                               array(select c.grp from hazards.standard_clause c
                                     where c.standard_code = s.code order by c.sort_order) as groups,
                               array(select c.text from hazards.standard_clause c
                                     where c.standard_code = s.code order by c.sort_order) as texts
                        from hazards.determination_standard s
                        order by s.code""")
                .query((rs, n) -> {
                    Set<IndustryCode> sectors = new HashSet<>();
                    for (String sector : strings(rs.getArray("sectors"))) {
                        sectors.add(IndustryCode.of(sector));
                    }
                    String[] numbers = strings(rs.getArray("numbers"));
                    String[] groups = strings(rs.getArray("groups"));
                    String[] texts = strings(rs.getArray("texts"));
                    List<StandardClause> clauses = new ArrayList<>(numbers.length);
                    for (int i = 0; i < numbers.length; i++) {
                        clauses.add(new StandardClause(numbers[i], groups[i], texts[i]));
                    }
                    String definedBy = rs.getString("defined_by");
                    return new DeterminationStandard(rs.getString("code"), rs.getString("title"),
                            rs.getString("document_number"), rs.getString("issuer"),
                            rs.getObject("effective_from", LocalDate.class), rs.getString("supersedes"),
                            rs.getString("superseded_by"), sectors,
                            DeterminationStandardKind.valueOf(rs.getString("kind")),
                            definedBy == null ? null : UnitCode.of(definedBy), clauses);
                })
                .list();
    }

    private static String[] strings(Array array) throws SQLException {
        try {
            return (String[]) array.getArray();
        } finally {
            array.free();
        }
    }

    /**
     * A copy of a kept standard: a use case may change a standard's dates before it saves it (putting a version in
     * force), and the kept one must not change with it.
     */
    private static DeterminationStandard copy(DeterminationStandard s) {
        return new DeterminationStandard(s.code(), s.title(), s.documentNumber(), s.issuer(), s.effectiveFrom(),
                s.supersedes(), s.supersededBy(), s.sectors(), s.kind(), s.definedBy(), s.clauses());
    }

    private boolean savedInThisTransaction() {
        return TransactionSynchronizationManager.hasResource(this);
    }

    /** Marks the transaction as one that saved, until it ends: it reads its own changes and keeps nothing. */
    private void markSaved() {
        if (TransactionSynchronizationManager.isSynchronizationActive() && !savedInThisTransaction()) {
            TransactionSynchronizationManager.bindResource(this, SAVED_IN_THIS_TRANSACTION);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DeterminationStandardsAdapter.this);
                }
            });
        }
    }
}
