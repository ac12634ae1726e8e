package org.zhiben.hazards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.application.HazardModule.AKTO;
import static org.zhiben.hazards.application.HazardModule.ARTUX;
import static org.zhiben.hazards.application.HazardModule.CHEMICALS;
import static org.zhiben.hazards.application.HazardModule.INSPECTOR;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.EscalationPolicy;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.EscalationPolicies;
import org.zhiben.hazards.storage.EscalationRunLog;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;

/**
 * The use cases as the module's seam: each does the whole job — the caller's data scope, the expected version, the
 * change, the audit entry — and answers the hazard as stored, so that nobody reads it again.
 */
class HazardUseCaseSeamsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 4, 7);
    private static final Actor AKTO_OFFICER = new Actor("akto.officer", "COUNTY_OFFICER", "AKTO_GOV");

    private final HazardModule module = new HazardModule(TODAY);
    private final Map<UUID, Enterprise> register = new HashMap<>();
    private final ReportHazard report = new ReportHazard(module.store,
            new DetermineHazard(module.standards), enterprises(), module.files);

    @Test
    void a_hazard_of_an_enterprise_outside_the_callers_scope_is_refused_with_403_and_nothing_is_stored() {
        UUID artux = enterprise(ARTUX);
        module.actors.set(AKTO_OFFICER, DataScope.jurisdiction(AKTO));

        assertThatThrownBy(() -> report.execute(finding(artux, DiscoveryChannel.SUPERVISORY_INSPECTION)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> report.execute(finding(UUID.randomUUID(), DiscoveryChannel.SUPERVISORY_INSPECTION)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
                        "hazard.enterprise.unknown");
        assertThat(module.events.published).isEmpty();
        assertThat(module.audit.entries).isEmpty();
    }

    @Test
    void an_enterprise_reports_its_own_hazards_by_self_inspection_only() {
        UUID own = enterprise(AKTO);
        module.actors.set(new Actor("manager", "ENTERPRISE_MANAGER", null), DataScope.enterprise(own));

        assertThatThrownBy(() -> report.execute(finding(own, DiscoveryChannel.SUPERVISORY_INSPECTION)))
                .isInstanceOf(AccessRefusedException.class);
        MajorHazard reported = report.execute(finding(own, DiscoveryChannel.SELF_INSPECTION));

        assertThat(reported.channel()).isEqualTo(DiscoveryChannel.SELF_INSPECTION);
        assertThat(reported.discoveredBy()).isEqualTo("manager");
        assertThat(reported.jurisdiction()).isEqualTo(AKTO);
        assertThat(module.audit.actions()).containsExactly(RegisterHazard.ACTION);
    }

    @Test
    void a_registration_answers_the_hazard_as_stored_with_its_level_and_records_it() {
        UUID enterprise = enterprise(ARTUX);

        MajorHazard registered = report.execute(finding(enterprise, DiscoveryChannel.SUPERVISORY_INSPECTION));

        assertThat(registered.version()).isZero();
        assertThat(registered.level()).isEqualTo(HazardLevel.GENERAL);
        assertThat(registered.status()).isEqualTo(HazardStatus.DETERMINED);
        assertThat(module.audit.entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("hazard.registered");
            assertThat(e.entityId()).isEqualTo(registered.id().value().toString());
            assertThat(e.change()).startsWith("status=->DETERMINED;number=" + registered.number().value()
                    + ";enterprise=" + enterprise);
        });
    }

    @Test
    void a_transition_loads_the_hazard_once_checks_scope_and_version_and_answers_the_new_version() {
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));
        module.audit.entries.clear();
        MajorHazard before = module.hazards.get(id);
        module.hazards.loads = 0;

        MajorHazard extended = module.requestExtension.execute(new RequestDeadlineExtensionCommand(id,
                before.version(), TODAY.plusDays(60), INSPECTOR, "设备到货延迟"));

        assertThat(module.hazards.loads).isEqualTo(1);
        assertThat(extended.version()).isEqualTo(before.version() + 1).isEqualTo(module.version(id));
        assertThat(extended.pendingExtension()).isPresent();
        assertThat(module.audit.entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("hazard.extension-requested");
            assertThat(e.reason()).isEqualTo("设备到货延迟");
            assertThat(e.change()).isEqualTo("status=RECTIFYING->RECTIFYING;requestedDeadline=" + TODAY.plusDays(60));
        });

        assertThatThrownBy(() -> module.cancel.execute(new CancelHazardCommand(id, before.version(), INSPECTOR,
                "误报"))).isInstanceOf(StaleVersionException.class);
        module.actors.set(AKTO_OFFICER, DataScope.jurisdiction(AKTO));
        assertThatThrownBy(() -> module.cancel.execute(new CancelHazardCommand(id, extended.version(), INSPECTOR,
                "误报"))).isInstanceOf(NotFoundException.class);
        assertThat(module.audit.entries).hasSize(1);
    }

    @Test
    void evidence_with_files_uploads_them_and_submits_in_one_go() {
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));
        module.audit.entries.clear();

        MajorHazard rectified = module.submit.execute(new SubmitEvidenceCommand(id, module.version(id), "已整改",
                List.of(), List.of(new HazardFiles.Upload("photo.png", "image/png", new byte[] {1, 2, 3})),
                INSPECTOR, null));

        assertThat(rectified.status()).isEqualTo(HazardStatus.RECTIFIED);
        assertThat(module.audit.actions()).containsExactly("hazard.attachment-added", "hazard.rectified");
    }

    @Test
    void only_a_prefecture_wide_caller_runs_the_escalation_or_changes_its_thresholds() {
        RecordingRuns runs = new RecordingRuns();
        PolicyVersions policies = new PolicyVersions();
        RunEscalation run = new RunEscalation(module.store, policies, runs, UnitCode.of("ACO"));
        ManageEscalationPolicies manage = new ManageEscalationPolicies(policies, module.actors, module.audit);
        EscalationPolicy later = new EscalationPolicy(TODAY.plusDays(10), 2, 10, 20, 40);
        module.actors.set(AKTO_OFFICER, DataScope.jurisdiction(AKTO));

        assertThatThrownBy(run::onDemand).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> manage.add(later)).isInstanceOf(AccessRefusedException.class);
        assertThat(runs.recorded).isEmpty();
        assertThat(policies.all).containsExactly(HazardModule.POLICY);

        module.actors.set(new Actor("aco.admin", "COMMITTEE_ADMIN", "ACO"), DataScope.wholePrefecture());
        assertThat(run.onDemand().runOn()).isEqualTo(TODAY);
        assertThat(manage.add(later)).isEqualTo(later);
        assertThat(runs.recorded).containsExactly("MANUAL:aco.admin");
        assertThat(module.audit.actions()).containsExactly("escalation-policy.created");
    }

    // ------------------------------------------------------------------------------------------------- fakes

    private static ReportHazardCommand finding(UUID enterprise, DiscoveryChannel channel) {
        return new ReportHazardCommand(enterprise, "Loading bay 2", "Emergency shut-off valve bypassed",
                TODAY.minusDays(1), channel, "DC-2025-031", null, false);
    }

    private UUID enterprise(JurisdictionCode jurisdiction) {
        EnterpriseId id = EnterpriseId.newId();
        register.put(id.value(), Enterprise.register(id, UnifiedSocialCreditCode.of("91653001MA7AB1234K"),
                new EnterpriseProfile("测试企业", jurisdiction, CHEMICALS, true, "阿图什市测试路 1 号",
                        new Person("张三", "13800000000", null), new Person("李四", "13900000000", null),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
        return id.value();
    }

    /** The enterprise register, answering the look-ups by id the use cases make. */
    private Enterprises enterprises() {
        return (Enterprises) Proxy.newProxyInstance(Enterprises.class.getClassLoader(),
                new Class<?>[] {Enterprises.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findById")) {
                        return Optional.ofNullable(register.get(((EnterpriseId) args[0]).value()));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class RecordingRuns implements EscalationRunLog {
        final List<String> recorded = new ArrayList<>();

        @Override
        public boolean tryLock() {
            return true;
        }

        @Override
        public void record(LocalDate day, Trigger trigger, String startedBy, Instant at, int escalated) {
            recorded.add(trigger + ":" + startedBy);
        }
    }

    private static final class PolicyVersions implements EscalationPolicies {
        final List<EscalationPolicy> all = new ArrayList<>(List.of(HazardModule.POLICY));

        @Override
        public List<EscalationPolicy> findAll() {
            return List.copyOf(all);
        }

        @Override
        public EscalationPolicy add(EscalationPolicy policy, Actor actor) {
            all.add(policy);
            return policy;
        }
    }
}
