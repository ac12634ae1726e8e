package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.HazardFixtures.ZONE;
import static org.zhiben.hazards.HazardFixtures.CLAUSE;
import static org.zhiben.hazards.HazardFixtures.ENTERPRISE_USER;
import static org.zhiben.hazards.HazardFixtures.INSPECTOR;
import static org.zhiben.hazards.HazardFixtures.at;
import static org.zhiben.hazards.HazardFixtures.evidence;
import static org.zhiben.hazards.HazardFixtures.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;

class MajorHazardLifecycleTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    @Test
    @DisplayName("闭环销号: a hazard goes from report to write-off, each step recorded with its signer")
    void a_major_hazard_walks_the_closed_loop_to_its_write_off_and_every_step_is_in_the_history() {
        MajorHazard hazard = HazardFixtures.reported(DAY);
        hazard.determine(HazardLevelOutcome.major(CLAUSE), INSPECTOR, at(DAY), null);
        hazard.setRectificationPlan(plan(DAY.plusDays(30)), ENTERPRISE_USER, at(DAY.plusDays(1)), null);
        hazard.submitRectification(evidence(), ENTERPRISE_USER, at(DAY.plusDays(20)), null);
        hazard.verify(INSPECTOR, at(DAY.plusDays(22)), "Gauge alarm tested on site");
        hazard.writeOff(INSPECTOR, at(DAY.plusDays(23)), ZONE, null);

        assertThat(hazard.status()).isEqualTo(HazardStatus.WRITTEN_OFF);
        assertThat(hazard.history()).extracting(HazardTransition::from, HazardTransition::to).containsExactly(
                Tuple.tuple(null, HazardStatus.REPORTED),
                Tuple.tuple(HazardStatus.REPORTED, HazardStatus.DETERMINED),
                Tuple.tuple(HazardStatus.DETERMINED, HazardStatus.RECTIFYING),
                Tuple.tuple(HazardStatus.RECTIFYING, HazardStatus.RECTIFIED),
                Tuple.tuple(HazardStatus.RECTIFIED, HazardStatus.VERIFIED),
                Tuple.tuple(HazardStatus.VERIFIED, HazardStatus.WRITTEN_OFF));
        assertThat(hazard.verifiedBy()).contains(INSPECTOR);
        assertThat(hazard.pullEvents()).extracting(DomainEvent::getClass).map(Class::getSimpleName).containsExactly(
                "HazardRegistered", "HazardDetermined", "RectificationPlanSet", "HazardRectified", "HazardVerified",
                "HazardWrittenOff");
        assertThat(hazard.pullEvents()).isEmpty();
    }

    @Test
    void events_say_which_hazard_enterprise_jurisdiction_industry_and_level_without_personal_data() {
        MajorHazard hazard = HazardFixtures.major(DAY);
        List<DomainEvent> events = hazard.pullEvents();

        HazardDetermined determined = (HazardDetermined) events.get(1);
        assertThat(determined.hazardId()).isEqualTo(hazard.id());
        assertThat(determined.enterpriseId()).isEqualTo(HazardFixtures.ENTERPRISE);
        assertThat(determined.jurisdiction()).isEqualTo(HazardFixtures.ARTUX);
        assertThat(determined.industry()).isEqualTo(HazardFixtures.CHEMICALS);
        assertThat(determined.level()).isEqualTo(HazardLevel.MAJOR);
        assertThat(determined.clause()).isEqualTo(CLAUSE);
        assertThat(determined.occurredAt()).isEqualTo(at(DAY));
        assertThat(determined.toString()).doesNotContain("inspector.li");
    }

    @Test
    void every_event_has_an_id_of_its_own_and_the_instant_it_occurred() {
        MajorHazard hazard = HazardFixtures.reported(DAY);
        hazard.determine(HazardLevelOutcome.major(CLAUSE), INSPECTOR, at(DAY.plusDays(1)), null);
        hazard.setRectificationPlan(plan(DAY.plusDays(30)), ENTERPRISE_USER, at(DAY.plusDays(2)), null);
        List<DomainEvent> events = hazard.pullEvents();

        assertThat(events).extracting(DomainEvent::eventId).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(events).extracting(DomainEvent::occurredAt)
                .containsExactly(at(DAY), at(DAY.plusDays(1)), at(DAY.plusDays(2)));
    }

    @Test
    void an_illegal_transition_is_refused_naming_from_and_to() {
        MajorHazard hazard = HazardFixtures.reported(DAY);

        assertThatThrownBy(() -> hazard.writeOff(INSPECTOR, at(DAY), ZONE, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("hazard.transition.not-allowed");
                    assertThat(e.arguments()).containsExactly(HazardStatus.REPORTED, HazardStatus.WRITTEN_OFF);
                });
        assertThat(hazard.status()).isEqualTo(HazardStatus.REPORTED);
        assertThat(hazard.history()).hasSize(1);
    }

    @Test
    void a_plan_cannot_be_set_again_through_a_refusal_path_nor_a_refusal_happen_before_rectification() {
        MajorHazard determined = HazardFixtures.major(DAY);

        assertThatThrownBy(() -> determined.refuseAcceptance(INSPECTOR, at(DAY), "not rectified"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.arguments()).containsExactly(HazardStatus.DETERMINED,
                                HazardStatus.RECTIFYING));

        MajorHazard rectified = HazardFixtures.rectifying(DAY, DAY, DAY.plusDays(10));
        HazardFixtures.rectify(rectified, DAY.plusDays(5));
        assertThatThrownBy(() -> rectified.setRectificationPlan(plan(DAY.plusDays(20)), ENTERPRISE_USER,
                at(DAY.plusDays(6)), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("RECTIFIED to RECTIFYING");
    }

    @Test
    void a_major_hazard_must_name_the_clause_of_the_standard_it_matches() {
        assertThatThrownBy(() -> new HazardLevelOutcome(HazardLevel.MAJOR, null, "CHEM-2017"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("hazard.level.clause-required");
                    assertThat(e.field()).isEqualTo("clause");
                });
        assertThatThrownBy(() -> new HazardLevelOutcome(HazardLevel.MAJOR, CLAUSE, "MINES-2022"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.level.clause-standard-mismatch"));
    }

    @Test
    void a_general_hazard_is_determined_without_a_clause_and_follows_the_same_loop() {
        MajorHazard hazard = HazardFixtures.reported(DAY);
        hazard.determine(HazardLevelOutcome.general("CHEM-2017"), INSPECTOR, at(DAY), null);
        hazard.setRectificationPlan(plan(DAY.plusDays(3)), ENTERPRISE_USER, at(DAY), null);

        assertThat(hazard.level()).isEqualTo(HazardLevel.GENERAL);
        assertThat(hazard.clause()).isNull();
        assertThat(hazard.standardCode()).isEqualTo("CHEM-2017");
        assertThat(hazard.status()).isEqualTo(HazardStatus.RECTIFYING);
    }

    @Test
    @DisplayName("五落实: the rectification deadline cannot precede the discovery of the hazard")
    void the_rectification_deadline_cannot_be_before_the_discovery_date() {
        MajorHazard hazard = HazardFixtures.major(DAY);

        assertThatThrownBy(() -> hazard.setRectificationPlan(plan(DAY.minusDays(1)), ENTERPRISE_USER, at(DAY), null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.plan.deadline-before-discovery"));
        assertThat(hazard.status()).isEqualTo(HazardStatus.DETERMINED);
    }

    @Test
    @DisplayName("五落实: owner, measures, funds, deadline and contingency plan are all required")
    void a_plan_needs_all_five_items_and_funds_cannot_be_negative() {
        assertThatThrownBy(() -> new RectificationPlan(" ", "measures", 0, DAY, "contingency"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("plan.responsiblePerson"));
        assertThatThrownBy(() -> new RectificationPlan("owner", "measures", 0, DAY, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("plan.contingencyPlan"));
        assertThatThrownBy(() -> new RectificationPlan("owner", "measures", -1, DAY, "contingency"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.plan.funds-negative"));
    }

    @Test
    void rectification_evidence_needs_a_text_and_at_least_one_attachment() {
        assertThatThrownBy(() -> new RectificationEvidence("done", List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("evidence.attachments"));
    }

    @Test
    void a_refused_acceptance_sends_the_hazard_back_to_rectifying_with_its_reason_and_is_counted() {
        MajorHazard hazard = HazardFixtures.rectifying(DAY, DAY, DAY.plusDays(30));
        HazardFixtures.rectify(hazard, DAY.plusDays(5));
        hazard.refuseAcceptance(INSPECTOR, at(DAY.plusDays(6)), "Alarm does not sound");
        HazardFixtures.rectify(hazard, DAY.plusDays(8));
        hazard.refuseAcceptance(INSPECTOR, at(DAY.plusDays(9)), "Alarm threshold wrong");

        assertThat(hazard.status()).isEqualTo(HazardStatus.RECTIFYING);
        assertThat(hazard.refusals()).isEqualTo(2);
        assertThat(hazard.history().get(hazard.history().size() - 1).reason()).isEqualTo("Alarm threshold wrong");
        assertThat(hazard.evidence()).hasSize(2);
        assertThat(hazard.pullEvents()).filteredOn(HazardAcceptanceRefused.class::isInstance)
                .extracting(e -> ((HazardAcceptanceRefused) e).refusals()).containsExactly(1, 2);
    }

    @Test
    void a_refusal_needs_reasons() {
        MajorHazard hazard = HazardFixtures.rectifying(DAY, DAY, DAY.plusDays(30));
        HazardFixtures.rectify(hazard, DAY.plusDays(5));

        assertThatThrownBy(() -> hazard.refuseAcceptance(INSPECTOR, at(DAY.plusDays(6)), " "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(hazard.status()).isEqualTo(HazardStatus.RECTIFIED);
    }

    @Test
    @DisplayName("谁检查、谁签名、谁负责: acceptance and write-off are signed by someone acting for a unit")
    void acceptance_and_write_off_are_signed_by_an_actor_of_a_supervising_unit() {
        MajorHazard hazard = HazardFixtures.rectifying(DAY, DAY, DAY.plusDays(30));
        HazardFixtures.rectify(hazard, DAY.plusDays(5));

        assertThatThrownBy(() -> hazard.verify(ENTERPRISE_USER, at(DAY.plusDays(6)), null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("actor.unitCode"));
        hazard.verify(INSPECTOR, at(DAY.plusDays(6)), null);

        List<DomainEvent> events = hazard.pullEvents();
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(HazardVerified.class,
                verified -> assertThat(verified.verifyingUnit()).isEqualTo("EMB"));
        assertThat(hazard.verifiedBy()).contains(INSPECTOR);
    }

    @Test
    void a_false_report_is_cancelled_with_a_reason_but_a_verified_hazard_can_no_longer_be_cancelled() {
        MajorHazard falseReport = HazardFixtures.reported(DAY);
        assertThatThrownBy(() -> falseReport.cancel(INSPECTOR, at(DAY), ZONE, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        falseReport.cancel(INSPECTOR, at(DAY), ZONE, "Tip-off not confirmed on site");
        assertThat(falseReport.status()).isEqualTo(HazardStatus.CANCELLED);

        MajorHazard verified = HazardFixtures.rectifying(DAY, DAY, DAY.plusDays(30));
        HazardFixtures.rectify(verified, DAY.plusDays(2));
        verified.verify(INSPECTOR, at(DAY.plusDays(3)), null);
        assertThatThrownBy(() -> verified.cancel(INSPECTOR, at(DAY.plusDays(4)), ZONE, "mistake"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.transition.not-allowed"));
    }

    @Test
    void a_change_cannot_be_dated_before_the_last_one() {
        MajorHazard hazard = HazardFixtures.major(DAY);

        assertThatThrownBy(() -> hazard.setRectificationPlan(plan(DAY.plusDays(5)), ENTERPRISE_USER,
                at(DAY.minusDays(1)), null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.time.before-last-change"));
    }

    @Test
    void a_command_prepared_against_an_older_version_is_refused_as_stale() {
        MajorHazard hazard = HazardFixtures.major(DAY);

        assertThatThrownBy(() -> hazard.requireVersion(3))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo("concurrency.stale-version");
                    assertThat(e.arguments()).containsExactly("MajorHazard", hazard.id().toString(), 3L, 0L);
                });
    }

    @Test
    void a_restored_hazard_has_the_same_state_and_raises_no_event() {
        MajorHazard hazard = HazardFixtures.rectifying(DAY, DAY, DAY.plusDays(30));
        MajorHazard restored = MajorHazard.restore(hazard.snapshot());

        assertThat(restored.snapshot()).isEqualTo(hazard.snapshot());
        assertThat(restored.pullEvents()).isEmpty();
        assertThat(restored.currentDeadline()).contains(DAY.plusDays(30));
    }

    @Test
    void a_stored_record_whose_status_disagrees_with_its_history_is_not_restored() {
        MajorHazard.Snapshot s = HazardFixtures.major(DAY).snapshot();

        assertThatThrownBy(() -> new MajorHazard.Snapshot(s.id(), s.finding(), s.level(), s.clause(),
                s.standardCode(), s.plan(), s.evidence(), HazardStatus.RECTIFYING, s.version(), s.history(),
                s.extensions(), s.listings(), s.escalations(), s.overdueNotedForDeadline(), s.number()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.snapshot.inconsistent"));
    }

    @Test
    void the_transition_table_is_explicit() {
        assertThat(HazardStatus.RECTIFIED.allowedNext())
                .containsExactlyInAnyOrder(HazardStatus.VERIFIED, HazardStatus.RECTIFYING);
        assertThat(HazardStatus.WRITTEN_OFF.allowedNext()).isEmpty();
        assertThat(HazardStatus.VERIFIED.canMoveTo(HazardStatus.CANCELLED)).isFalse();
    }

    @Test
    void an_attachment_carries_a_sha256_digest() {
        assertThatThrownBy(() -> new AttachmentRef(UUID.randomUUID(), "a.pdf", "application/pdf", 10,
                "XYZ"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.attachment.sha256-invalid"));
    }
}
