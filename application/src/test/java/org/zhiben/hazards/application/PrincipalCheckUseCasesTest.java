package org.zhiben.hazards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.Page;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.hazards.CheckFrequency;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.PrincipalCheck;
import org.zhiben.hazards.PrincipalCheckId;
import org.zhiben.hazards.PrincipalCheckRecorded;
import org.zhiben.hazards.PrincipalCheckRule;
import org.zhiben.hazards.PrincipalCheckSchedule;
import org.zhiben.hazards.storage.PrincipalCheckStore;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Industry;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * Recording the principal's checks ("企业主要负责人每季度至少带队……开展1次检查(高危行业领域每月至少1次)") and reading their
 * compliance, within the caller's data scope, with in-memory fakes.
 */
class PrincipalCheckUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final IndustryCode TRADE = IndustryCode.of("INDUSTRY_TRADE");

    private final HazardModule module = new HazardModule(TODAY);
    private final Map<UUID, Enterprise> register = new LinkedHashMap<>();
    private final InMemoryChecks checks = new InMemoryChecks();
    private final RecordPrincipalCheck record = new RecordPrincipalCheck(module.store, checks, enterprises());
    private final ReadPrincipalChecks read = new ReadPrincipalChecks(module.store, checks, enterprises(),
            industries());

    @Test
    void an_enterprise_records_its_own_check_led_by_its_principal_audited_and_published() {
        UUID own = enterprise("自有化工厂", HazardModule.ARTUX, HazardModule.CHEMICALS);
        module.actors.set(HazardModule.ENTERPRISE_USER, DataScope.enterprise(own));

        PrincipalCheck check = record.execute(new RecordPrincipalCheckCommand(own, LocalDate.of(2025, 6, 30), null,
                "储罐区", "未发现重大事故隐患", List.of()));

        assertThat(check.version()).isEqualTo(1);
        assertThat(check.ledByMasked()).isEqualTo("张*");
        assertThat(module.audit.actions()).containsExactly(RecordPrincipalCheck.ACTION);
        assertThat(module.audit.entries.get(0).change()).doesNotContain("张三");
        assertThat(module.events.ofType(PrincipalCheckRecorded.class)).singleElement()
                .extracting(PrincipalCheckRecorded::enterpriseId).isEqualTo(own);
    }

    @Test
    void an_enterprise_cannot_record_a_check_of_another_and_an_officer_only_within_scope() {
        UUID own = enterprise("自有化工厂", HazardModule.ARTUX, HazardModule.CHEMICALS);
        UUID other = enterprise("阿克陶商贸", HazardModule.AKTO, TRADE);
        module.actors.set(HazardModule.ENTERPRISE_USER, DataScope.enterprise(own));

        assertThatThrownBy(() -> record.execute(command(other, LocalDate.of(2025, 6, 1))))
                .isInstanceOf(AccessRefusedException.class);
        module.actors.set(HazardModule.INSPECTOR, DataScope.jurisdiction(HazardModule.ARTUX));
        assertThatThrownBy(() -> record.execute(command(other, LocalDate.of(2025, 6, 1))))
                .isInstanceOf(AccessRefusedException.class);
        record.execute(command(own, LocalDate.of(2025, 6, 1)));

        assertThat(checks.all).hasSize(1);
        assertThat(module.audit.actions()).containsExactly(RecordPrincipalCheck.ACTION);
        assertThatThrownBy(() -> read.ofEnterprise(other)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_linked_hazard_must_be_the_same_enterprises_and_nothing_is_written_on_a_refusal() {
        UUID own = enterprise("自有化工厂", HazardModule.ARTUX, HazardModule.CHEMICALS);
        HazardId othersHazard = module.register.execute(new org.zhiben.hazards.application.RegisterHazardCommand(
                HazardModule.finding(TODAY, DiscoveryChannel.SUPERVISORY_INSPECTION),
                HazardLevelOutcome.major(HazardModule.CLAUSE), HazardModule.INSPECTOR));
        module.audit.entries.clear();

        assertThatThrownBy(() -> record.execute(new RecordPrincipalCheckCommand(own, LocalDate.of(2025, 6, 1), "李四",
                "全厂", "发现隐患", List.of(othersHazard.value()))))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("hazardIds");
                    assertThat(refused.code()).isEqualTo("hazard.principal-check.hazard-of-other-enterprise");
                });
        assertThatThrownBy(() -> record.execute(command(own, TODAY.plusDays(1))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.field()).isEqualTo("checkedOn"));
        assertThat(checks.all).isEmpty();
        assertThat(module.audit.actions()).isEmpty();
    }

    @Test
    void compliance_is_computed_per_enterprise_jurisdiction_and_industry_with_the_overdue_first() {
        UUID chemicals = enterprise("阿图什化工", HazardModule.ARTUX, HazardModule.CHEMICALS);
        UUID shop = enterprise("阿图什商贸", HazardModule.ARTUX, TRADE);
        UUID akto = enterprise("阿克陶商贸", HazardModule.AKTO, TRADE);
        module.actors.set(HazardModule.SUPERVISOR, DataScope.wholePrefecture());
        for (int month = 4; month <= 5; month++) {
            record.execute(command(chemicals, LocalDate.of(2025, month, 10)));
        }
        record.execute(command(shop, LocalDate.of(2025, 4, 2)));

        PrincipalCheckReport report = read.compliance(new PrincipalCheckQuery(LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 6, 30), null, null));

        assertThat(report.overdue()).extracting(PrincipalCheckReport.EnterpriseRow::name)
                .containsExactly("阿克陶商贸", "阿图什化工");
        assertThat(report.rows().get(1).compliance().missed()).extracting(p -> p.code()).containsExactly("2025-06");
        assertThat(report.rows().get(1).highRisk()).isTrue();
        assertThat(report.rows()).extracting(PrincipalCheckReport.EnterpriseRow::name).last().isEqualTo("阿图什商贸");
        assertThat(report.byJurisdiction()).extracting(g -> g.code() + ":" + g.compliant() + "/" + g.enterprises())
                .containsExactly("653001:1/2", "653022:0/1");
        assertThat(report.byIndustry()).extracting(g -> g.code() + ":" + g.overdue())
                .containsExactly("HAZARDOUS_CHEMICALS:1", "INDUSTRY_TRADE:1");

        module.actors.set(HazardModule.INSPECTOR, DataScope.jurisdiction(HazardModule.AKTO));
        assertThat(read.compliance(new PrincipalCheckQuery(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30),
                null, null)).rows()).extracting(PrincipalCheckReport.EnterpriseRow::enterpriseId).containsExactly(akto);
    }

    @Test
    void the_enterprise_sees_its_next_due_check_and_its_standing_on_a_day_reads_the_checks() {
        UUID chemicals = enterprise("阿图什化工", HazardModule.ARTUX, HazardModule.CHEMICALS);
        module.actors.set(HazardModule.ENTERPRISE_USER, DataScope.enterprise(chemicals));
        record.execute(command(chemicals, LocalDate.of(2025, 6, 3)));

        ReadPrincipalChecks.EnterpriseChecks own = read.ofEnterprise(chemicals);
        assertThat(own.frequency()).contains(CheckFrequency.MONTHLY);
        assertThat(own.next().orElseThrow().period().code()).isEqualTo("2025-07");
        assertThat(own.next().orElseThrow().dueBy()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(read.ownEnterprises()).extracting(e -> e.id().value()).containsExactly(chemicals);

        assertThat(read.standingOn(chemicals, LocalDate.of(2025, 7, 15)).missed()).isFalse();
        assertThat(read.standingOn(chemicals, LocalDate.of(2025, 8, 1)).missed()).isTrue();
    }

    @Test
    void a_period_is_refused_when_reversed_or_too_long() {
        assertThatThrownBy(() -> new PrincipalCheckQuery(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), null,
                null)).isInstanceOfSatisfying(InvalidValueException.class,
                        r -> assertThat(r.code()).isEqualTo("hazard.principal-check.period-reversed"));
        assertThatThrownBy(() -> new PrincipalCheckQuery(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1), null,
                null)).isInstanceOfSatisfying(InvalidValueException.class,
                        r -> assertThat(r.code()).isEqualTo("hazard.principal-check.period-too-long"));
    }

    // ------------------------------------------------------------------------------------------------- fakes

    private static RecordPrincipalCheckCommand command(UUID enterprise, LocalDate on) {
        return new RecordPrincipalCheckCommand(enterprise, on, null, "全厂", "未发现重大事故隐患", List.of());
    }

    private UUID enterprise(String name, JurisdictionCode jurisdiction, IndustryCode industry) {
        EnterpriseId id = EnterpriseId.newId();
        register.put(id.value(), Enterprise.register(id, UnifiedSocialCreditCode.of("91653001MA7AB1234K"),
                new EnterpriseProfile(name, jurisdiction, industry, false, "阿图什市测试路 1 号",
                        new Person("张三", "13800000000", null), new Person("李四", "13900000000", null),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
        return id.value();
    }

    /** Chemicals are high-risk in the plan's industries, whatever the register's copy of the flag says. */
    private static Industries industries() {
        return new Industries() {
            @Override
            public List<Industry> findAll() {
                return List.of(industry(HazardModule.CHEMICALS, true), industry(TRADE, false));
            }

            @Override
            public Optional<Industry> findByCode(IndustryCode code) {
                return findAll().stream().filter(i -> i.code().equals(code)).findFirst();
            }
        };
    }

    private static Industry industry(IndustryCode code, boolean highRisk) {
        return new Industry(code, code.value(), code.value(), highRisk, UnitCode.of("EMB"), null, null, null);
    }

    private Enterprises enterprises() {
        return (Enterprises) Proxy.newProxyInstance(Enterprises.class.getClassLoader(),
                new Class<?>[] {Enterprises.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findById")) {
                        return Optional.ofNullable(register.get(((EnterpriseId) args[0]).value()));
                    }
                    if (method.getName().equals("search")) {
                        EnterpriseSearch search = (EnterpriseSearch) args[0];
                        List<Enterprise> found = register.values().stream().filter(search::matches)
                                .sorted(Comparator.comparing(Enterprise::name)).toList();
                        return new Page<>(found, found.size(), search.page(), search.size());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class InMemoryChecks implements PrincipalCheckStore {
        final List<PrincipalCheck> all = new ArrayList<>();

        @Override
        public long add(PrincipalCheck check) {
            all.add(check.asStored(1));
            return 1;
        }

        @Override
        public Optional<PrincipalCheck> findById(PrincipalCheckId id) {
            return all.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        @Override
        public List<PrincipalCheck> findByEnterprise(UUID enterpriseId) {
            return all.stream().filter(c -> c.enterpriseId().equals(enterpriseId))
                    .sorted(Comparator.comparing(PrincipalCheck::checkedOn).reversed()).toList();
        }

        @Override
        public Map<UUID, List<LocalDate>> checkDays(Collection<UUID> enterpriseIds, LocalDate from, LocalDate to) {
            Map<UUID, List<LocalDate>> days = new HashMap<>();
            all.stream().filter(c -> enterpriseIds.contains(c.enterpriseId()))
                    .filter(c -> !c.checkedOn().isBefore(from) && !c.checkedOn().isAfter(to))
                    .forEach(c -> days.computeIfAbsent(c.enterpriseId(), k -> new ArrayList<>()).add(c.checkedOn()));
            return days;
        }

        @Override
        public List<PrincipalCheckRule> rules() {
            return List.of(new PrincipalCheckRule(LocalDate.of(2024, 4, 1), CheckFrequency.QUARTERLY,
                    CheckFrequency.MONTHLY, PrincipalCheckSchedule.RULE));
        }
    }
}
