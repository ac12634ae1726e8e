package org.zhiben.hazards.persistence;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardFinding;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardNumber;
import org.zhiben.hazards.HazardSort;
import org.zhiben.hazards.storage.HazardNumbering;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardPage;
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.Listing;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.hazards.persistence.HazardDocuments.AttachmentDoc;
import org.zhiben.hazards.persistence.HazardDocuments.EscalationDoc;
import org.zhiben.hazards.persistence.HazardDocuments.EvidenceDoc;
import org.zhiben.hazards.persistence.HazardDocuments.ExtensionDoc;
import org.zhiben.hazards.persistence.HazardDocuments.ListingDoc;
import org.zhiben.hazards.persistence.HazardDocuments.PlanDoc;
import org.zhiben.hazards.persistence.HazardDocuments.TransitionDoc;
import org.zhiben.platform.persistence.ScopePredicates;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.StaleVersionException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The major-hazard database in PostgreSQL ({@code hazards.major_hazard}).
 *
 * <p>Why JSONB for the value collections rather than child tables: the aggregate is always read and written whole
 * through its {@link MajorHazard.Snapshot}; its history, evidence, extensions, listings and escalation steps are
 * values without identity of their own that are only ever appended to or replaced in place, and the statistics replay
 * them in Java (a past month's figures come from the history, not from columns). Child tables would add five joins
 * or N+1 loads to every read, and nothing queries inside them. What the database does filter on — jurisdiction,
 * industry, enterprise, status, level, channel, "listed now", the current deadline (for "overdue as of a day") and the
 * number (隐患编号, given at registration and never changed) —
 * is kept in plain, indexed columns, recomputed from the aggregate on every save.
 *
 * <p>Optimistic locking: {@link #save} refuses a hazard whose version is not the stored one
 * ({@link StaleVersionException}); the row's {@code @Version} then increments it, and catches the race between the
 * check and the write.
 */
@Component
class MajorHazardsAdapter implements MajorHazards {

    private static final TypeReference<List<AttachmentDoc>> ATTACHMENTS = new TypeReference<>() { };
    private static final TypeReference<List<EvidenceDoc>> EVIDENCE = new TypeReference<>() { };
    private static final TypeReference<List<TransitionDoc>> HISTORY = new TypeReference<>() { };
    private static final TypeReference<List<ExtensionDoc>> EXTENSIONS = new TypeReference<>() { };
    private static final TypeReference<List<ListingDoc>> LISTINGS = new TypeReference<>() { };
    private static final TypeReference<List<EscalationDoc>> ESCALATIONS = new TypeReference<>() { };

    private final MajorHazardRepository repository;
    private final EntityManager entityManager;
    private final HazardDocumentMapper mapper;
    private final Clock clock;
    private final HazardNumbering numbering;
    private final JsonMapper json = JsonMapper.builder().build();

    MajorHazardsAdapter(MajorHazardRepository repository, EntityManager entityManager, HazardDocumentMapper mapper,
            Clock clock, HazardNumbering numbering) {
        this.repository = repository;
        this.numbering = numbering;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public long save(MajorHazard hazard) {
        Instant now = clock.instant();
        MajorHazardJpaEntity entity = entityManager.find(MajorHazardJpaEntity.class, hazard.id().value());
        if (entity == null) {
            if (hazard.version() != 0) {
                throw new StaleVersionException(MajorHazard.ENTITY, hazard.id(), hazard.version(), 0);
            }
            entity = new MajorHazardJpaEntity(hazard.id().value());
            entity.setRegisteredAt(hazard.history().get(0).at());
            write(entity, hazard.snapshot(), List.of(), List.of(), now);
            entityManager.persist(entity);
        } else {
            if (entity.getVersion() != hazard.version()) {
                throw new StaleVersionException(MajorHazard.ENTITY, hazard.id(), hazard.version(),
                        entity.getVersion());
            }
            write(entity, hazard.snapshot(), read(entity.getListings(), LISTINGS),
                    read(entity.getEscalations(), ESCALATIONS), now);
        }
        entityManager.flush();
        return entity.getVersion();
    }

    /** Inserted without a look-up first: the id is new, so a {@code persist} is all it takes. */
    @Override
    public long add(MajorHazard hazard) {
        if (hazard.version() != 0) {
            throw new StaleVersionException(MajorHazard.ENTITY, hazard.id(), hazard.version(), 0);
        }
        MajorHazardJpaEntity entity = new MajorHazardJpaEntity(hazard.id().value());
        entity.setRegisteredAt(hazard.history().get(0).at());
        write(entity, hazard.snapshot(), List.of(), List.of(), clock.instant());
        entityManager.persist(entity);
        entityManager.flush();
        return entity.getVersion();
    }

    @Override
    public Optional<MajorHazard> findById(HazardId id) {
        return repository.findById(id.value()).map(this::toDomain);
    }

    @Override
    public HazardPage search(HazardSearchCriteria criteria) {
        Specification<MajorHazardJpaEntity> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(ScopePredicates.inScope(criteria.scope(), cb, root.get("jurisdiction"), root.get("industry"),
                    root.get("enterpriseId")));
            if (criteria.jurisdiction() != null) {
                where.add(cb.equal(root.get("jurisdiction"), criteria.jurisdiction().value()));
            }
            if (criteria.industry() != null) {
                where.add(cb.equal(root.get("industry"), criteria.industry().value()));
            }
            if (criteria.enterpriseId() != null) {
                where.add(cb.equal(root.get("enterpriseId"), criteria.enterpriseId()));
            }
            if (criteria.status() != null) {
                where.add(cb.equal(root.get("status"), criteria.status().name()));
            }
            if (criteria.level() != null) {
                where.add(cb.equal(root.get("level"), criteria.level().name()));
            }
            if (criteria.channel() != null) {
                where.add(cb.equal(root.get("channel"), criteria.channel().name()));
            }
            if (criteria.listed() != null) {
                where.add(cb.equal(root.get("listed"), criteria.listed()));
            }
            if (criteria.overdueOn() != null) {
                where.add(cb.equal(root.get("status"), HazardStatus.RECTIFYING.name()));
                where.add(cb.lessThan(root.get("currentDeadline"), criteria.overdueOn()));
            }
            if (criteria.number() != null) {
                where.add(cb.like(root.get("number"), "%" + criteria.number().replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
            }
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                query.orderBy(order(criteria.sort(), root, cb));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<MajorHazardJpaEntity> page = repository.findAll(spec, PageRequest.of(criteria.page(), criteria.size()));
        return new HazardPage(page.getContent().stream().map(this::toDomain).toList(), criteria.page(),
                criteria.size(), page.getTotalElements());
    }

    /**
     * The order of {@link HazardSort} in SQL, as its comparator gives it: the status by its place in the lifecycle,
     * hazards without a deadline last, ties by id.
     */
    private static List<Order> order(HazardSort sort, Root<MajorHazardJpaEntity> root, CriteriaBuilder cb) {
        Expression<?> key = switch (sort.key()) {
            case DISCOVERED -> root.get("discoveredOn");
            case NUMBER -> root.get("number");
            case DEADLINE -> root.get("currentDeadline");
            case STATUS -> {
                CriteriaBuilder.SimpleCase<String, Integer> rank = cb.selectCase(root.get("status"));
                for (HazardStatus status : HazardStatus.values()) {
                    rank = rank.when(status.name(), status.ordinal());
                }
                yield rank.otherwise(HazardStatus.values().length);
            }
        };
        Order first = sort.descending() ? cb.desc(key, Nulls.LAST) : cb.asc(key, Nulls.LAST);
        return List.of(first, cb.asc(root.get("id")));
    }

    @Override
    public List<MajorHazard> findOverdue(LocalDate today) {
        return repository.findByStatusAndCurrentDeadlineBefore(HazardStatus.RECTIFYING.name(), today).stream()
                .map(this::toDomain).toList();
    }

    @Override
    public List<MajorHazard> findAllForStock(JurisdictionCode jurisdiction, IndustryCode industry,
            DataScope scope) {
        Specification<MajorHazardJpaEntity> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("level"), HazardLevel.MAJOR.name()));
            where.add(ScopePredicates.inScope(scope, cb, root.get("jurisdiction"), root.get("industry"), root.get("enterpriseId")));
            if (jurisdiction != null) {
                where.add(cb.equal(root.get("jurisdiction"), jurisdiction.value()));
            }
            if (industry != null) {
                where.add(cb.equal(root.get("industry"), industry.value()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return repository.findAll(spec).stream().map(this::toDomain).toList();
    }

    /**
     * One query: the statuses and the scope's parts are bound as arrays, and a pending extension request is found in
     * the JSONB document of the extensions ({@code @>} containment), so nothing is loaded to be filtered in Java.
     */
    @Override
    public List<MajorHazard> findWaiting(Set<HazardStatus> statuses, boolean withPendingExtension, DataScope scope,
            int limit) {
        @SuppressWarnings("unchecked")
        List<MajorHazardJpaEntity> rows = entityManager.createNativeQuery("""
                        select * from hazards.major_hazard h
                        where (h.status = any(cast(:statuses as text[]))
                               or (:pending and h.extensions @> cast(:pendingDocument as jsonb)))
                          and (:wide or h.jurisdiction = any(cast(:jurisdictions as text[]))
                               or h.industry = any(cast(:industries as text[]))
                               or h.enterprise_id = any(cast(:enterprises as uuid[])))
                        order by h.discovered_on, h.id
                        limit :limit""", MajorHazardJpaEntity.class)
                .setParameter("statuses", statuses.stream().map(HazardStatus::name).toArray(String[]::new))
                .setParameter("pending", withPendingExtension)
                .setParameter("pendingDocument", "[{\"decision\":\"PENDING\"}]")
                .setParameter("wide", scope.prefectureWide())
                .setParameter("jurisdictions", scope.jurisdictions().stream().map(JurisdictionCode::value)
                        .toArray(String[]::new))
                .setParameter("industries", scope.industries().stream().map(IndustryCode::value)
                        .toArray(String[]::new))
                .setParameter("enterprises", scope.enterpriseIds().toArray(UUID[]::new))
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(this::toDomain).toList();
    }

    /**
     * The instants at which the listings and escalation steps were recorded, in the stored order; for the timeline.
     */
    Recorded recordedInstants(HazardId id) {
        MajorHazardJpaEntity entity = repository.findById(id.value()).orElse(null);
        if (entity == null) {
            return new Recorded(List.of(), List.of());
        }
        return new Recorded(read(entity.getListings(), LISTINGS), read(entity.getEscalations(), ESCALATIONS));
    }

    record Recorded(List<ListingDoc> listings, List<EscalationDoc> escalations) {
    }

    // ------------------------------------------------------------------------------------------------- mapping

    private void write(MajorHazardJpaEntity entity, MajorHazard.Snapshot s, List<ListingDoc> storedListings,
            List<EscalationDoc> storedEscalations, Instant now) {
        HazardFinding finding = s.finding();
        if (entity.getNumber() == null) {
            entity.setNumber((s.number() != null ? s.number()
                    : numbering.next(finding.jurisdiction(), now.atZone(clock.getZone()).getYear())).value());
        }
        entity.setEnterpriseId(finding.enterpriseId());
        entity.setJurisdiction(finding.jurisdiction().value());
        entity.setIndustry(finding.industry().value());
        entity.setLocation(finding.location());
        entity.setDescription(finding.description());
        entity.setDiscoveredOn(finding.discoveredOn());
        entity.setDiscoveredBy(finding.discoveredBy());
        entity.setChannel(finding.channel().name());
        entity.setSourceReference(finding.sourceReference());
        entity.setFindingAttachments(write(mapper.toAttachmentDocs(finding.attachments())));
        entity.setLevel(s.level() == null ? null : s.level().name());
        entity.setClauseStandardCode(s.clause() == null ? null : s.clause().standardCode());
        entity.setClauseNumber(s.clause() == null ? null : s.clause().clauseNumber());
        entity.setStandardCode(s.standardCode());
        entity.setPlan(s.plan() == null ? null : write(mapper.toDoc(s.plan())));
        entity.setStatus(s.status().name());
        MajorHazard restored = MajorHazard.restore(s);
        entity.setCurrentDeadline(restored.currentDeadline().orElse(null));
        entity.setListed(restored.isListed());
        entity.setOverdueNotedForDeadline(s.overdueNotedForDeadline());
        entity.setEvidence(write(mapper.toEvidenceDocs(s.evidence())));
        entity.setHistory(write(mapper.toTransitionDocs(s.history())));
        entity.setExtensions(write(mapper.toExtensionDocs(s.extensions())));
        entity.setListings(write(listingDocs(s.listings(), storedListings, now)));
        entity.setEscalations(write(escalationDocs(s, storedEscalations, now)));
        entity.setUpdatedAt(now);
    }

    /** Keeps the instants already recorded; a new listing, or a new removal, is recorded now. */
    private List<ListingDoc> listingDocs(List<Listing> listings, List<ListingDoc> stored, Instant now) {
        List<ListingDoc> docs = new ArrayList<>();
        for (int i = 0; i < listings.size(); i++) {
            ListingDoc doc = mapper.toDoc(listings.get(i));
            ListingDoc before = i < stored.size() ? stored.get(i) : null;
            Instant recordedAt = before == null ? now : before.recordedAt();
            Instant removalRecordedAt = doc.removedOn() == null ? null
                    : before != null && before.removalRecordedAt() != null ? before.removalRecordedAt() : now;
            docs.add(new ListingDoc(doc.level(), doc.supervisingUnit(), doc.responsibleUnit(), doc.listedOn(),
                    doc.deadline(), doc.removedOn(), doc.removalReason(), recordedAt, removalRecordedAt,
                    doc.deadlineAsListed()));
        }
        return docs;
    }

    private List<EscalationDoc> escalationDocs(MajorHazard.Snapshot s, List<EscalationDoc> stored, Instant now) {
        List<EscalationDoc> docs = new ArrayList<>();
        for (int i = 0; i < s.escalations().size(); i++) {
            EscalationDoc doc = mapper.toDoc(s.escalations().get(i));
            Instant recordedAt = i < stored.size() ? stored.get(i).recordedAt() : now;
            docs.add(new EscalationDoc(doc.step(), doc.on(), doc.actingUnit(), doc.actor(), recordedAt));
        }
        return docs;
    }

    /** The hazards with these ids, in the order of the ids (for {@link HazardHistoriesAdapter}). */
    List<MajorHazard> loadAll(List<UUID> ids) {
        java.util.Map<UUID, MajorHazardJpaEntity> byId = new java.util.HashMap<>();
        repository.findAllById(ids).forEach(e -> byId.put(e.getId(), e));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(this::toDomain).toList();
    }

    private MajorHazard toDomain(MajorHazardJpaEntity e) {
        HazardFinding finding = new HazardFinding(e.getEnterpriseId(), JurisdictionCode.of(e.getJurisdiction()),
                IndustryCode.of(e.getIndustry()), e.getLocation(), e.getDescription(), e.getDiscoveredOn(),
                e.getDiscoveredBy(), DiscoveryChannel.valueOf(e.getChannel()), e.getSourceReference(),
                mapper.toAttachments(read(e.getFindingAttachments(), ATTACHMENTS)));
        return MajorHazard.restore(new MajorHazard.Snapshot(new HazardId(e.getId()), finding,
                e.getLevel() == null ? null : HazardLevel.valueOf(e.getLevel()),
                e.getClauseNumber() == null ? null : new ClauseReference(e.getClauseStandardCode(), e.getClauseNumber()),
                e.getStandardCode(),
                e.getPlan() == null ? null : mapper.toPlan(json.readValue(e.getPlan(), PlanDoc.class)),
                mapper.toEvidence(read(e.getEvidence(), EVIDENCE)),
                HazardStatus.valueOf(e.getStatus()), e.getVersion(),
                mapper.toTransitions(read(e.getHistory(), HISTORY)),
                mapper.toExtensions(read(e.getExtensions(), EXTENSIONS)),
                mapper.toListings(read(e.getListings(), LISTINGS)),
                mapper.toEscalations(read(e.getEscalations(), ESCALATIONS)),
                e.getOverdueNotedForDeadline(), e.getNumber() == null ? null : new HazardNumber(e.getNumber())));
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    private <T> List<T> read(String text, TypeReference<List<T>> type) {
        return text == null ? List.of() : json.readValue(text, type);
    }

}
