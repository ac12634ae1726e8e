package org.zhiben.hazards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.application.HazardModule.CLAUSE;
import static org.zhiben.hazards.application.HazardModule.ENTERPRISE;
import static org.zhiben.hazards.application.HazardModule.ENTERPRISE_USER;
import static org.zhiben.hazards.application.HazardModule.INSPECTOR;
import static org.zhiben.hazards.application.HazardModule.SUPERVISOR;
import static org.zhiben.hazards.application.HazardModule.evidence;
import static org.zhiben.hazards.application.HazardModule.finding;
import static org.zhiben.hazards.application.HazardModule.plan;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.DeadlineExtended;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardCancelled;
import org.zhiben.hazards.DutySeparationRule;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.HazardListed;
import org.zhiben.hazards.HazardListingRemoved;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.hazards.HazardRegistered;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.HazardWrittenOff;
import org.zhiben.hazards.ListingLevel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;

class HazardLifecycleUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 4, 7);

    private final HazardModule module = new HazardModule(TODAY);

    @Test
    void a_reported_hazard_is_registered_without_a_level_and_nobody_is_notified_yet() {
        HazardId id = module.register.execute(new RegisterHazardCommand(
                finding(TODAY, DiscoveryChannel.VERIFIED_TIP_OFF), null, INSPECTOR));

        assertThat(module.hazards.get(id).status()).isEqualTo(HazardStatus.REPORTED);
        assertThat(module.events.ofType(HazardRegistered.class)).singleElement()
                .satisfies(e -> assertThat(e.channel()).isEqualTo(DiscoveryChannel.VERIFIED_TIP_OFF));
        assertThat(module.notifications.sent).isEmpty();
    }

    @Test
    @DisplayName("及时将重大事故隐患信息通知到相关企业的主要负责人、实际控制人")
    void registering_a_major_hazard_notifies_the_principal_and_the_actual_controller() {
        HazardId id = module.register.execute(new RegisterHazardCommand(
                finding(TODAY, DiscoveryChannel.SUPERVISORY_INSPECTION), HazardLevelOutcome.major(CLAUSE),
                INSPECTOR));

        assertThat(module.hazards.get(id).status()).isEqualTo(HazardStatus.DETERMINED);
        assertThat(module.notifications.sent)
                .extracting(RecordingHazardNotifications.Notice::role, RecordingHazardNotifications.Notice::kind)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(EnterpriseContactRole.PRINCIPAL,
                                HazardNotificationKind.MAJOR_HAZARD_REGISTERED),
                        Tuple.tuple(EnterpriseContactRole.ACTUAL_CONTROLLER,
                                HazardNotificationKind.MAJOR_HAZARD_REGISTERED));
        assertThat(module.notifications.sent).allSatisfy(n -> {
            assertThat(n.enterpriseId()).isEqualTo(ENTERPRISE);
            assertThat(n.params()).containsEntry("clause", "CHEM-2017#7");
        });
    }

    @Test
    void a_hazard_determined_major_later_is_notified_then_and_a_general_one_is_not() {
        HazardId major = module.register.execute(new RegisterHazardCommand(
                finding(TODAY, DiscoveryChannel.SELF_INSPECTION), null, ENTERPRISE_USER));
        HazardId general = module.register.execute(new RegisterHazardCommand(
                finding(TODAY, DiscoveryChannel.SELF_INSPECTION), null, ENTERPRISE_USER));

        module.determine.execute(new DetermineHazardLevelCommand(general, 0, HazardLevelOutcome.general("CHEM-2017"),
                INSPECTOR, null));
        assertThat(module.notifications.sent).isEmpty();
        module.determine.execute(new DetermineHazardLevelCommand(major, 0, HazardLevelOutcome.major(CLAUSE),
                INSPECTOR, null));
        assertThat(module.notifications.sent).hasSize(2).allSatisfy(n -> assertThat(n.hazardId()).isEqualTo(major));
    }

    @Test
    void a_discovery_in_the_future_is_refused() {
        assertThatThrownBy(() -> module.register.execute(new RegisterHazardCommand(
                finding(TODAY.plusDays(1), DiscoveryChannel.SELF_INSPECTION), null, ENTERPRISE_USER)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("hazard.date.in-future");
                    assertThat(e.field()).isEqualTo("discoveredOn");
                });
    }

    @Test
    @DisplayName("建立负有安全监管职责有关部门审核把关销号机制")
    void the_use_cases_walk_a_hazard_to_its_write_off_each_against_the_version_it_saw() {
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));
        module.clock.advanceDays(10);
        module.submit.execute(new SubmitRectificationCommand(id, module.version(id), evidence(), ENTERPRISE_USER,
                null));
        module.refuse.execute(new RefuseAcceptanceCommand(id, module.version(id), INSPECTOR, "Interlock missing"));
        module.submit.execute(new SubmitRectificationCommand(id, module.version(id), evidence(), ENTERPRISE_USER,
                null));
        module.verify.execute(new VerifyRectificationCommand(id, module.version(id), SUPERVISOR, "Tested on site"));
        module.writeOff.execute(new WriteOffHazardCommand(id, module.version(id), SUPERVISOR, null));

        MajorHazard hazard = module.hazards.get(id);
        assertThat(hazard.status()).isEqualTo(HazardStatus.WRITTEN_OFF);
        assertThat(hazard.refusals()).isEqualTo(1);
        assertThat(hazard.verifiedBy()).contains(SUPERVISOR);
        assertThat(hazard.history()).last().extracting(t -> t.at()).isEqualTo(module.clock.instant());
        assertThat(module.events.ofType(HazardWrittenOff.class)).singleElement()
                .satisfies(e -> assertThat(e.writingOffUnit()).isEqualTo("ACO"));
    }

    @Test
    void a_command_prepared_against_an_older_version_is_refused_and_changes_nothing() {
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));
        long seen = module.version(id);
        module.submit.execute(new SubmitRectificationCommand(id, seen, evidence(), ENTERPRISE_USER, null));

        assertThatThrownBy(() -> module.cancel.execute(new CancelHazardCommand(id, seen, INSPECTOR, "False report")))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.code()).isEqualTo("concurrency.stale-version"));
        assertThat(module.hazards.get(id).status()).isEqualTo(HazardStatus.RECTIFIED);
        assertThat(module.events.ofType(HazardCancelled.class)).isEmpty();
    }

    @Test
    void a_command_on_an_unknown_hazard_is_not_found() {
        assertThatThrownBy(() -> module.verify.execute(new VerifyRectificationCommand(HazardId.newId(), 0, INSPECTOR,
                null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void cancelling_needs_a_reason_already_in_the_command() {
        assertThatThrownBy(() -> new CancelHazardCommand(HazardId.newId(), 0, INSPECTOR, " "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void an_illegal_transition_is_refused_with_its_code() {
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));

        assertThatThrownBy(() -> module.writeOff.execute(new WriteOffHazardCommand(id, module.version(id), INSPECTOR,
                null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.transition.not-allowed"));
    }

    @Test
    void a_deadline_extension_is_requested_by_the_enterprise_and_approved_by_the_supervising_side() {
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));
        module.requestExtension.execute(new RequestDeadlineExtensionCommand(id, module.version(id),
                TODAY.plusDays(60), ENTERPRISE_USER, "Valve on back order"));
        assertThat(module.hazards.get(id).currentDeadline()).contains(TODAY.plusDays(30));

        module.decideExtension.execute(new DecideDeadlineExtensionCommand(id, module.version(id), true, INSPECTOR,
                null));

        assertThat(module.hazards.get(id).currentDeadline()).contains(TODAY.plusDays(60));
        assertThat(module.events.ofType(DeadlineExtended.class)).singleElement()
                .satisfies(e -> assertThat(e.approvedExtensions()).isEqualTo(1));
    }

    @Test
    void a_rejection_of_an_extension_needs_a_reason() {
        assertThatThrownBy(() -> new DecideDeadlineExtensionCommand(HazardId.newId(), 0, false, INSPECTOR, null))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    @DisplayName("挂牌督办: a major hazard is listed and the listing removed after its write-off")
    void a_major_hazard_is_listed_and_its_listing_removed() {
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));
        module.list.execute(new ListHazardCommand(id, module.version(id), ListingLevel.PREFECTURE,
                UnitCode.of("SAFETY_COMMITTEE_OFFICE"), UnitCode.of("ARTUX_GOVERNMENT"), TODAY, TODAY.plusMonths(6),
                INSPECTOR));
        assertThat(module.hazards.get(id).isListed()).isTrue();

        module.removeListing.execute(new RemoveListingCommand(id, module.version(id), TODAY,
                "Decision: supervised by the county", INSPECTOR));

        assertThat(module.hazards.get(id).isListed()).isFalse();
        assertThat(module.events.ofType(HazardListed.class)).hasSize(1);
        assertThat(module.events.ofType(HazardListingRemoved.class)).hasSize(1);
    }

    @Test
    void a_listing_cannot_be_dated_in_the_future() {
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));

        assertThatThrownBy(() -> module.list.execute(new ListHazardCommand(id, module.version(id),
                ListingLevel.COUNTY, UnitCode.of("ARTUX_EMB"), UnitCode.of("ARTUX_GOVERNMENT"), TODAY.plusDays(1),
                TODAY.plusMonths(6), INSPECTOR)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.date.in-future"));
    }

    @Test
    void a_plan_set_through_the_use_case_is_stored_with_its_five_items() {
        HazardId id = module.register.execute(new RegisterHazardCommand(
                finding(TODAY, DiscoveryChannel.SELF_INSPECTION), HazardLevelOutcome.major(CLAUSE), ENTERPRISE_USER));
        module.setPlan.execute(new SetRectificationPlanCommand(id, module.version(id), plan(TODAY.plusDays(20)),
                ENTERPRISE_USER, null));

        assertThat(module.hazards.get(id).plan()).get().satisfies(p -> {
            assertThat(p.fundsFen()).isEqualTo(350_000L);
            assertThat(p.deadline()).isEqualTo(TODAY.plusDays(20));
        });
    }

    @Test
    @DisplayName("报告或整改隐患的人员不得验收或销号: the refusal names the rule and nothing changes")
    void the_officer_who_reported_a_hazard_cannot_verify_it_nor_the_rectifier_write_it_off() {
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));
        module.submit.execute(new SubmitRectificationCommand(id, module.version(id), evidence(), ENTERPRISE_USER,
                null));
        long version = module.version(id);

        assertThatThrownBy(() -> module.verify.execute(new VerifyRectificationCommand(id, version, INSPECTOR, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.duties.reporter-closes"));
        assertThat(module.hazards.get(id).status()).isEqualTo(HazardStatus.RECTIFIED);
        assertThat(module.version(id)).isEqualTo(version);

        module.verify.execute(new VerifyRectificationCommand(id, version, SUPERVISOR, null));
        assertThatThrownBy(() -> module.writeOff.execute(new WriteOffHazardCommand(id, module.version(id),
                ENTERPRISE_USER, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.duties.reporter-closes"));
    }

    @Test
    @DisplayName("申请延期的人员不得审批本人的延期申请")
    void whoever_requested_an_extension_cannot_approve_it() {
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));
        module.requestExtension.execute(new RequestDeadlineExtensionCommand(id, module.version(id),
                TODAY.plusDays(60), SUPERVISOR, "Valve on back order"));

        assertThatThrownBy(() -> module.decideExtension.execute(new DecideDeadlineExtensionCommand(id,
                module.version(id), true, SUPERVISOR, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.duties.requester-decides"));
        assertThat(module.hazards.get(id).currentDeadline()).contains(TODAY.plusDays(30));
    }

    @Test
    void a_version_of_the_rule_that_switches_it_off_lets_one_officer_close_the_loop() {
        module.dutyRules.add(new DutySeparationRule(TODAY, false, DutySeparationRule.Closure.OTHER_OFFICER));
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));
        module.submit.execute(new SubmitRectificationCommand(id, module.version(id), evidence(), INSPECTOR, null));

        module.verify.execute(new VerifyRectificationCommand(id, module.version(id), INSPECTOR, null));
        module.writeOff.execute(new WriteOffHazardCommand(id, module.version(id), INSPECTOR, null));
        assertThat(module.hazards.get(id).status()).isEqualTo(HazardStatus.WRITTEN_OFF);
    }

    @Test
    @DisplayName("整改时限不能是已过去的日期: a plan may not make the hazard overdue at once")
    void a_rectification_deadline_already_past_is_refused_on_its_field() {
        HazardId id = module.register.execute(new RegisterHazardCommand(
                finding(TODAY.minusDays(40), DiscoveryChannel.SELF_INSPECTION), HazardLevelOutcome.major(CLAUSE),
                ENTERPRISE_USER));

        assertThatThrownBy(() -> module.setPlan.execute(new SetRectificationPlanCommand(id, module.version(id),
                plan(TODAY.minusDays(32)), ENTERPRISE_USER, null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("hazard.plan.deadline-in-past");
                    assertThat(e.field()).isEqualTo("plan.deadline");
                });
        assertThat(module.hazards.get(id).plan()).isEmpty();
    }

    @Test
    @DisplayName("挂牌督办随隐患而动: the extension moves the listing deadline, the write-off ends the listing")
    void the_listing_follows_the_extension_and_the_write_off() {
        HazardId id = module.rectifyingMajor(TODAY.plusDays(30));
        module.list.execute(new ListHazardCommand(id, module.version(id), ListingLevel.PREFECTURE,
                UnitCode.of("ACO"), UnitCode.of("ARTUX_GOVERNMENT"), TODAY, TODAY.plusDays(30), INSPECTOR));
        module.requestExtension.execute(new RequestDeadlineExtensionCommand(id, module.version(id),
                TODAY.plusDays(60), ENTERPRISE_USER, "Valve on back order"));
        module.decideExtension.execute(new DecideDeadlineExtensionCommand(id, module.version(id), true, SUPERVISOR,
                null));
        assertThat(module.hazards.get(id).listing()).get()
                .satisfies(l -> assertThat(l.deadline()).isEqualTo(TODAY.plusDays(60)));

        module.clock.advanceDays(5);
        module.submit.execute(new SubmitRectificationCommand(id, module.version(id), evidence(), ENTERPRISE_USER,
                null));
        module.verify.execute(new VerifyRectificationCommand(id, module.version(id), SUPERVISOR, null));
        module.writeOff.execute(new WriteOffHazardCommand(id, module.version(id), SUPERVISOR, null));

        assertThat(module.hazards.get(id).isListed()).isFalse();
        assertThat(module.hazards.get(id).listings()).singleElement()
                .satisfies(l -> assertThat(l.removedOn()).isEqualTo(TODAY.plusDays(5)));
        assertThat(module.events.ofType(HazardListingRemoved.class)).hasSize(1);
    }

    @Test
    @DisplayName("隐患编号: county code, year of registration and a sequence per county and year")
    void each_registration_gets_the_next_number_of_its_county_and_year() {
        HazardId first = module.rectifyingMajor(TODAY.plusDays(30));
        HazardId second = module.rectifyingMajor(TODAY.plusDays(30));
        HazardId akto = module.register.execute(new RegisterHazardCommand(
                finding(HazardModule.AKTO, TODAY, DiscoveryChannel.SELF_INSPECTION), null, ENTERPRISE_USER));

        int year = TODAY.getYear();
        assertThat(module.hazards.get(first).number().value()).isEqualTo("653001-" + year + "-00001");
        assertThat(module.hazards.get(second).number().value()).isEqualTo("653001-" + year + "-00002");
        assertThat(module.hazards.get(akto).number().value()).isEqualTo("653022-" + year + "-00001");
        assertThat(module.audit.entries).anySatisfy(e -> assertThat(e.change()).contains("number=653022-"));
    }
}
