package org.zhiben.enforcement.application;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enforcement.CalendarDay;
import org.zhiben.enforcement.DishonestyListPeriods;
import org.zhiben.enforcement.RuleVersion;
import org.zhiben.enforcement.storage.EnforcementRuleBook;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.DishonestyListingId;
import org.zhiben.enforcement.EnforcementRules;
import org.zhiben.enforcement.EvidenceUpload;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.enforcement.LegalCatalogue;
import org.zhiben.enforcement.MajorDecisionRule;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.PenaltyRuleVersion;
import org.zhiben.enforcement.ResponsibilityTracing;
import org.zhiben.enforcement.RewardRules;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffDeadlines;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.enforcement.storage.DishonestyListings;
import org.zhiben.enforcement.storage.EvidenceFiles;
import org.zhiben.enforcement.storage.Inspections;
import org.zhiben.enforcement.storage.PenaltyCases;
import org.zhiben.enforcement.storage.TipOffs;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.HazardFinding;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.DomainEvents;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.hazards.CheckFrequency;
import org.zhiben.hazards.PrincipalCheckRule;
import org.zhiben.hazards.PrincipalCheckSchedule;
import org.zhiben.hazards.PrincipalChecks;

/** The enforcement use cases wired to in-memory fakes of every port, with a settable caller and a fixed clock. */
final class EnforcementModule {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    static final JurisdictionCode KIZILSU = JurisdictionCode.of("653000");
    static final JurisdictionCode ARTUX = JurisdictionCode.of("653001");
    static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    static final IndustryCode CHEMICALS = IndustryCode.of("HAZARDOUS_CHEMICALS");
    static final Actor LI = new Actor("inspector.li", "INSPECTOR", "EMB");
    static final Actor WANG = new Actor("inspector.wang", "INSPECTOR", "EMB");
    static final Actor OFFICER = new Actor("officer.zhao", "DEPARTMENT_OFFICER", "EMB");
    static final Actor LEGAL = new Actor("legal.sun", "LEGAL_REVIEWER", "EMB");
    static final Actor TIP_OFFICER = new Actor("tipoff.ma", "TIP_OFF_OFFICER", "EMB");
    static final Actor TIP_OFFICER_2 = new Actor("tipoff.hu", "TIP_OFF_OFFICER", "EMB");

    final Map<UUID, Enterprise> register = new HashMap<>();
    final List<DomainEvent> published = new ArrayList<>();
    final List<Audited> audit = new ArrayList<>();
    final Map<HazardId, MajorHazard> hazards = new LinkedHashMap<>();
    final List<HazardIntake.Report> reports = new ArrayList<>();
    String intakeRefusal;
    Actor caller = LI;
    DataScope scope = DataScope.jurisdiction(ARTUX);

    final Store<InspectionId, Inspection, Inspection.Snapshot> inspections = new Store<>(Inspection::id,
            Inspection::version, Inspection::snapshot, Inspection::restore, Inspection::asStored);
    final Store<PenaltyCaseId, PenaltyCase, PenaltyCase.Snapshot> cases = new Store<>(PenaltyCase::id,
            PenaltyCase::version, PenaltyCase::snapshot, PenaltyCase::restore, PenaltyCase::asStored);
    final Store<TipOffId, TipOff, TipOff.Snapshot> tipOffs = new Store<>(TipOff::id, TipOff::version,
            TipOff::snapshot, TipOff::restore, TipOff::asStored);
    final Store<DishonestyListingId, DishonestyListing, DishonestyListing.Snapshot> listings = new Store<>(
            DishonestyListing::id, DishonestyListing::version, DishonestyListing::snapshot,
            DishonestyListing::restore, DishonestyListing::asStored);

    final SettableClock clock = new SettableClock(TODAY);
    final StoredRules rules = new StoredRules(EnforcementRules.shipped(KIZILSU));
    final EnforcementStore store;
    final HazardIntake intake = new FakeIntake();
    final FakeEvidence evidence = new FakeEvidence();

    /** Evidence files kept in memory, checked like the file store's rules check them: a PDF or nothing. */
    static final class FakeEvidence implements EvidenceFiles {

        final Map<UUID, byte[]> stored = new LinkedHashMap<>();

        @Override
        public AttachmentRef store(EvidenceUpload upload) {
            if (upload.content().length < 5 || !new String(upload.content(), 0, 5).equals("%PDF-")) {
                throw new InvalidValueException("file", "enforcement.evidence.type-not-allowed", "only PDF files");
            }
            AttachmentRef ref = new AttachmentRef(UUID.randomUUID(), upload.fileName(), "application/pdf",
                    upload.content().length, "0".repeat(64));
            stored.put(ref.id(), upload.content());
            return ref;
        }

        @Override
        public Optional<java.nio.file.Path> content(AttachmentRef file) {
            return stored.containsKey(file.id()) ? Optional.of(java.nio.file.Path.of(file.fileName()))
                    : Optional.empty();
        }
    }
    /** The days the enterprises' principals led a check (task 24); chemicals are a high-risk industry: monthly. */
    final Map<UUID, List<LocalDate>> principalCheckDays = new HashMap<>();
    final PrincipalChecks principalChecks = (enterprise, day) -> new PrincipalCheckSchedule(List.of(
            new PrincipalCheckRule(LocalDate.of(2024, 4, 1), CheckFrequency.QUARTERLY, CheckFrequency.MONTHLY,
                    PrincipalCheckSchedule.RULE)))
            .standingOn(true, principalCheckDays.getOrDefault(enterprise, List.of()), day);

    /** One audit entry recorded. */
    record Audited(Actor actor, String entity, String id, String action, String reason, String change) {
    }

    EnforcementModule() {
        CurrentActors actors = new CurrentActors() {
            @Override
            public Actor actor() {
                return caller;
            }

            @Override
            public DataScope scope() {
                return scope;
            }
        };
        AuditRecorder recorder = (actor, entity, id, action, reason, change) -> {
            audit.add(new Audited(actor, entity, id, action, reason, change));
        };
        DomainEvents events = published::add;
        store = new EnforcementStore(inspectionPort(), casePort(), tipOffPort(), listingPort(), enterprises(),
                rules, events, actors, recorder, clock);
    }

    void as(Actor actor) {
        caller = actor;
    }

    /** Moves the clock to 10:00 on {@code day}. */
    void today(LocalDate day) {
        clock.day = day;
    }

    UUID enterprise(JurisdictionCode jurisdiction) {
        EnterpriseId id = EnterpriseId.newId();
        register.put(id.value(), Enterprise.register(id, UnifiedSocialCreditCode.of("91653001MA7AB1234K"),
                new EnterpriseProfile("克州测试化工有限公司", jurisdiction, CHEMICALS, true, "阿图什市测试路 1 号",
                        new Person("张三", "13800000000", null), new Person("李四", "13900000000", null),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
        return id.value();
    }

    List<String> actions() {
        return audit.stream().map(Audited::action).toList();
    }

    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    // ---------------------------------------------------------------------------------------------------- ports

    private Enterprises enterprises() {
        return (Enterprises) Proxy.newProxyInstance(Enterprises.class.getClassLoader(),
                new Class<?>[] {Enterprises.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findById")) {
                        return Optional.ofNullable(register.get(((EnterpriseId) args[0]).value()));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private Inspections inspectionPort() {
        return new Inspections() {
            @Override
            public long save(Inspection inspection) {
                return inspections.save(inspection);
            }

            @Override
            public Optional<Inspection> findById(InspectionId id) {
                return inspections.find(id);
            }

            @Override
            public List<Inspection> search(DataScope dataScope) {
                return inspections.all().stream()
                        .filter(i -> dataScope.permits(i.jurisdiction(), i.industry(), i.enterpriseId())).toList();
            }

            @Override
            public List<Inspection> findByEnterprise(UUID enterpriseId) {
                return inspections.all().stream().filter(i -> i.enterpriseId().equals(enterpriseId)).toList();
            }
        };
    }

    private PenaltyCases casePort() {
        return new PenaltyCases() {
            @Override
            public long save(PenaltyCase penaltyCase) {
                return cases.save(penaltyCase);
            }

            @Override
            public Optional<PenaltyCase> findById(PenaltyCaseId id) {
                return cases.find(id);
            }

            @Override
            public List<PenaltyCase> search(DataScope dataScope) {
                return cases.all().stream()
                        .filter(c -> dataScope.permits(c.jurisdiction(), c.industry(), c.enterpriseId())).toList();
            }

            @Override
            public List<PenaltyCase> findPublished() {
                return cases.all().stream().filter(c -> c.publishedOn().isPresent()).toList();
            }
        };
    }

    private TipOffs tipOffPort() {
        return new TipOffs() {
            @Override
            public long save(TipOff tipOff) {
                return tipOffs.save(tipOff);
            }

            @Override
            public Optional<TipOff> findById(TipOffId id) {
                return tipOffs.find(id);
            }

            @Override
            public List<TipOff> search(DataScope dataScope) {
                return tipOffs.all().stream().filter(t -> dataScope.permits(t.jurisdiction(), t.industry(),
                        t.enterpriseId().orElse(null))).toList();
            }

            @Override
            public List<TipOff> findDuplicatesOf(TipOffId first) {
                return tipOffs.all().stream().filter(t -> t.duplicateOf().filter(first::equals).isPresent())
                        .toList();
            }
        };
    }

    private DishonestyListings listingPort() {
        return new DishonestyListings() {
            @Override
            public long save(DishonestyListing listing) {
                return listings.save(listing);
            }

            @Override
            public Optional<DishonestyListing> findById(DishonestyListingId id) {
                return listings.find(id);
            }

            @Override
            public List<DishonestyListing> findByEnterprise(UUID enterpriseId) {
                return listings.all().stream().filter(l -> l.enterpriseId().equals(enterpriseId)).toList();
            }

            @Override
            public List<DishonestyListing> findAll() {
                return listings.all();
            }
        };
    }

    /** The hazards module's declared interface: registers a major hazard per report, unless told to refuse. */
    private final class FakeIntake implements HazardIntake {

        @Override
        public Answer report(Report report) {
            reports.add(report);
            if (intakeRefusal != null) {
                return Answer.refused("hazard.enterprise.unknown", intakeRefusal, List.of());
            }
            Enterprise enterprise = register.get(report.enterpriseId());
            MajorHazard hazard = MajorHazard.register(HazardId.newId(), new HazardFinding(report.enterpriseId(),
                    enterprise.jurisdiction(), enterprise.industry(), report.location(), report.description(),
                    report.discoveredOn(), caller.username(), report.channel(), report.sourceReference(), null),
                    caller, store.now());
            if (report.clause() != null) {
                hazard.determine(HazardLevelOutcome.major(report.clause()), caller, store.now(), null);
            }
            hazards.put(hazard.id(), hazard);
            return Answer.accepted(hazard.id());
        }

        @Override
        public Optional<MajorHazard> find(HazardId id) {
            return Optional.ofNullable(hazards.get(id));
        }

        @Override
        public List<MajorHazard> registeredAt(UUID enterpriseId, LocalDate from, LocalDate to) {
            return hazards.values().stream().filter(h -> h.enterpriseId().equals(enterpriseId))
                    .filter(h -> {
                        LocalDate on = h.history().get(0).at().atZone(ZONE).toLocalDate();
                        return !on.isBefore(from) && !on.isAfter(to);
                    }).toList();
        }
    }

    static ClauseReference clause() {
        return new ClauseReference("CHEM-2017", "2");
    }

    /** Keeps snapshots, so callers see their changes only once saved; a save checks and increments the version. */
    static final class Store<I, A, S> {

        private final Function<A, I> id;
        private final Function<A, Long> version;
        private final Function<A, S> snapshot;
        private final Function<S, A> restore;
        private final AsStored<A> asStored;
        private final Map<I, S> stored = new LinkedHashMap<>();
        private final Map<I, Long> versions = new HashMap<>();

        @FunctionalInterface
        interface AsStored<A> {
            A at(A aggregate, long version);
        }

        Store(Function<A, I> id, Function<A, Long> version, Function<A, S> snapshot, Function<S, A> restore,
                AsStored<A> asStored) {
            this.id = id;
            this.version = version;
            this.snapshot = snapshot;
            this.restore = restore;
            this.asStored = asStored;
        }

        long save(A aggregate) {
            I key = id.apply(aggregate);
            long next = 0;
            if (versions.containsKey(key)) {
                long current = versions.get(key);
                if (current != version.apply(aggregate)) {
                    throw new StaleVersionException("entity", key, version.apply(aggregate), current);
                }
                next = current + 1;
            }
            stored.put(key, snapshot.apply(asStored.at(aggregate, next)));
            versions.put(key, next);
            return next;
        }

        Optional<A> find(I key) {
            return Optional.ofNullable(stored.get(key)).map(restore);
        }

        List<A> all() {
            return stored.values().stream().map(restore).toList();
        }

        int size() {
            return stored.size();
        }
    }


    /** The campaign's clock at 10:00 on a day the test chooses. */
    static final class SettableClock extends Clock {

        LocalDate day;

        SettableClock(LocalDate day) {
            this.day = day;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the campaign's clock keeps its zone");
        }

        @Override
        public Instant instant() {
            return day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
        }
    }

    /** The rules, starting from the shipped ones; versions and calendar days are added as the adapter adds them. */
    static final class StoredRules implements EnforcementRules, EnforcementRuleBook {

        final List<RuleVersion> versions = new ArrayList<>();
        final List<CalendarDay> days = new ArrayList<>();
        private final EnforcementRules shipped;

        StoredRules(EnforcementRules shipped) {
            this.shipped = shipped;
            versions.addAll(shipped.versions());
            days.addAll(shipped.calendarDays());
        }

        private <T extends RuleVersion> List<T> of(Class<T> type) {
            return versions.stream().filter(type::isInstance).map(type::cast).toList();
        }

        @Override
        public List<PenaltyRuleVersion> penaltyRules() {
            return of(PenaltyRuleVersion.class);
        }

        @Override
        public List<RewardRules> rewardRules() {
            return of(RewardRules.class);
        }

        @Override
        public List<LegalCatalogue> catalogues() {
            return shipped.catalogues();
        }

        @Override
        public List<MajorDecisionRule> majorDecisionRules() {
            return of(MajorDecisionRule.class);
        }

        @Override
        public List<ResponsibilityTracing> tracingWindows() {
            return of(ResponsibilityTracing.class);
        }

        @Override
        public List<TipOffDeadlines> tipOffDeadlines() {
            return of(TipOffDeadlines.class);
        }

        @Override
        public List<DishonestyListPeriods> dishonestyPeriods() {
            return of(DishonestyListPeriods.class);
        }

        @Override
        public List<CalendarDay> calendarDays() {
            return List.copyOf(days);
        }

        @Override
        public JurisdictionCode prefecture() {
            return shipped.prefecture();
        }

        @Override
        public void add(RuleVersion version, Actor by, Instant at) {
            versions.add(version);
        }

        @Override
        public void declare(CalendarDay day, Actor by, Instant at) {
            days.add(day);
        }
    }
}
