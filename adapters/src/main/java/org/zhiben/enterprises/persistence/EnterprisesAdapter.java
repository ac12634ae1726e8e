package org.zhiben.enterprises.persistence;

import org.zhiben.platform.persistence.ScopePredicates;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.IndustryCode;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.Page;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.StaleVersionException;

/**
 * The register of enterprises in PostgreSQL.
 * <p>
 * Saving a new enterprise only queues its insert: the inserts of a bulk import go to the database in JDBC batches
 * when the transaction flushes ({@code hibernate.jdbc.batch_size}). Saving a stored enterprise changes the managed
 * row, and Hibernate raises its version by one when it flushes the change; the enterprise returned carries that
 * version. Call {@code save} once per enterprise and transaction.
 */
@Component
@Transactional
class EnterprisesAdapter implements EnterpriseStore {

    @PersistenceContext
    private EntityManager entityManager;

    private final EnterpriseRepository repository;
    private final EnterpriseMapper mapper;
    private final Clock clock;

    EnterprisesAdapter(EnterpriseRepository repository, EnterpriseMapper mapper, Clock clock) {
        this.repository = repository;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Enterprise save(Enterprise enterprise) {
        UUID id = enterprise.id().value();
        Instant now = clock.instant();
        EnterpriseJpaEntity entity = loadedInThisTransaction(id);
        if (entity == null && enterprise.version() > 0) {
            entity = entityManager.find(EnterpriseJpaEntity.class, id);
            if (entity == null) {
                throw new NotFoundException("enterprise", enterprise.id());
            }
        }
        if (entity == null) {
            entity = new EnterpriseJpaEntity(id, enterprise.creditCode().value(), now);
            mapper.copyProfile(enterprise.profile(), entity, now);
            entityManager.persist(entity);
            return mapper.toDomain(entity);
        }
        if (entity.getVersion() != enterprise.version()) {
            throw new StaleVersionException("enterprise", enterprise.id(), enterprise.version(), entity.getVersion());
        }
        mapper.copyProfile(enterprise.profile(), entity, now);
        return Enterprise.reconstitute(enterprise.id(), enterprise.creditCode(), enterprise.profile(),
                entity.getVersion() + 1);
    }

    /**
     * The row of this id if this transaction has read it already, without asking the database. The use cases read an
     * enterprise before they change it, in the same transaction; an enterprise at version 0 that this transaction
     * has not read is therefore a new one (were it not, its insert would break the primary key and the transaction
     * would fail rather than overwrite anything). This keeps a bulk import of new enterprises free of one look-up per
     * row.
     */
    private EnterpriseJpaEntity loadedInThisTransaction(UUID id) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(EnterpriseJpaEntity.class);
        return (EnterpriseJpaEntity) session.getPersistenceContextInternal()
                .getEntity(session.generateEntityKey(id, persister));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Enterprise> findById(EnterpriseId id) {
        return repository.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Enterprise> findByCreditCode(UnifiedSocialCreditCode creditCode) {
        return repository.findByCreditCode(creditCode.value()).map(mapper::toDomain);
    }

    /**
     * One query whatever the number of codes: the codes are bound as a single array parameter. The enterprises are
     * read over JDBC, not loaded into the persistence context: a bulk import looks up thousands of them and must not
     * keep them. A use case that saves one of them with {@link #save} reads it with {@link #findById} or
     * {@link #findByCreditCode} first (a version-0 enterprise this transaction has not loaded counts as new there).
     */
    @Override
    @Transactional(readOnly = true)
    public Map<UnifiedSocialCreditCode, Enterprise> findByCreditCodes(
            Collection<UnifiedSocialCreditCode> creditCodes) {
        if (creditCodes.isEmpty()) {
            return new LinkedHashMap<>();
        }
        String[] codes = creditCodes.stream().map(UnifiedSocialCreditCode::value).distinct().toArray(String[]::new);
        Session session = flushedSession();
        return session.doReturningWork(connection -> EnterpriseRows.findByCreditCodes(connection, codes));
    }

    /**
     * New enterprises go to the database by one {@code COPY}, changed ones by one JDBC batch of updates that each
     * check the version (so a concurrent change is refused, not overwritten); nothing is kept in the persistence
     * context.
     */
    @Override
    public void saveAll(List<Enterprise> created, List<Enterprise> changed) {
        if (created.isEmpty() && changed.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Session session = flushedSession();
        session.doWork(connection -> {
            EnterpriseRows.insert(connection, created, now);
            EnterpriseRows.update(connection, changed, now);
        });
    }

    /** The session, with the changes it queued sent to the database, so that plain JDBC work sees them. */
    private Session flushedSession() {
        Session session = entityManager.unwrap(Session.class);
        if (session.isDirty()) {
            session.flush();
        }
        return session;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Enterprise> search(EnterpriseSearch criteria) {
        var result = repository.findAll(matching(criteria),
                PageRequest.of(criteria.page(), criteria.size(), Sort.by("name", "creditCode")));
        return new Page<>(result.getContent().stream().map(mapper::toDomain).toList(), result.getTotalElements(),
                criteria.page(), criteria.size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Enterprise> findByNameOrCreditCode(String text, DataScope scope, int limit) {
        String pattern = containing(text);
        Specification<EnterpriseJpaEntity> spec = (root, query, cb) -> cb.and(
                ScopePredicates.inScope(scope, cb, root.get("jurisdictionCode"), root.get("industryCode"),
                        root.get("id")),
                cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("creditCode")), pattern, '\\')));
        return repository.findAll(spec, PageRequest.of(0, limit, Sort.by("name", "creditCode"))).getContent()
                .stream().map(mapper::toDomain).toList();
    }

    /** A LIKE pattern finding the text anywhere, in lower case, its wildcards escaped. */
    private static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Specification<EnterpriseJpaEntity> matching(EnterpriseSearch criteria) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(ScopePredicates.inScope(criteria.scope(), cb, root.get("jurisdictionCode"), root.get("industryCode"),
                    root.get("id")));
            if (criteria.jurisdiction() != null) {
                predicates.add(cb.equal(root.get("jurisdictionCode"), criteria.jurisdiction().value()));
            }
            if (criteria.industry() != null) {
                predicates.add(cb.equal(root.get("industryCode"), criteria.industry().value()));
            }
            if (criteria.nameContains() != null) {
                String pattern = containing(criteria.nameContains());
                predicates.add(cb.like(cb.lower(root.get("name")), pattern, '\\'));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
