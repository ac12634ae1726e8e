package org.zhiben.enforcement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.enforcement.application.EnforcementModule.ARTUX;
import static org.zhiben.enforcement.application.EnforcementModule.KIZILSU;
import static org.zhiben.enforcement.application.EnforcementModule.OFFICER;
import static org.zhiben.enforcement.application.EnforcementModule.TIP_OFFICER;
import static org.zhiben.enforcement.application.EnforcementModule.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.enforcement.AccidentClass;
import org.zhiben.enforcement.CalendarDay;
import org.zhiben.enforcement.CaseOrigin;
import org.zhiben.enforcement.Money;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyMeasure;
import org.zhiben.enforcement.PenaltyParty;
import org.zhiben.enforcement.PenaltyRuleVersion;
import org.zhiben.enforcement.RewardRules;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffChannel;
import org.zhiben.enforcement.VerificationResult;
import org.zhiben.enforcement.application.ReadEnforcementRules.Standing;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.RuleViolationException;

/** The rules as stored versioned data: added from a day after today, read with where they stand, audited. */
class EnforcementRuleVersionsTest {

    private static final LocalDate RAISED_FROM = TODAY.plusDays(10);

    private final EnforcementModule module = new EnforcementModule();
    private final AddRuleVersion add = new AddRuleVersion(module.store, module.rules);
    private final DeclareCalendarDay declare = new DeclareCalendarDay(module.store, module.rules);
    private final ReadEnforcementRules read = new ReadEnforcementRules(module.store);
    private final OpenPenaltyCase open = new OpenPenaltyCase(module.store);
    private final SetPenaltyBasis setBasis = new SetPenaltyBasis(module.store);
    private final NotifyPenaltyRights notifyRights = new NotifyPenaltyRights(module.store);
    private final DecidePenaltyCase decide = new DecidePenaltyCase(module.store);
    private final TransferCaseToJudiciary transfer = new TransferCaseToJudiciary(module.store);
    private final ReceiveTipOff receive = new ReceiveTipOff(module.store);
    private final AcceptTipOff acceptTipOff = new AcceptTipOff(module.store);
    private final AssignTipOff assignTipOff = new AssignTipOff(module.store);
    private final VerifyTipOff verifyTipOff = new VerifyTipOff(module.store);
    private final LinkTipOffOutcome linkTipOffOutcome = new LinkTipOffOutcome(module.store);
    private final DecideTipOffReward decideTipOffReward = new DecideTipOffReward(module.store);
    private final ApproveTipOffReward approveTipOffReward = new ApproveTipOffReward(module.store);
    private final RecordRewardPayment recordRewardPayment = new RecordRewardPayment(module.store);

    @BeforeEach
    void prefectureWide() {
        module.scope = DataScope.wholePrefecture();
        module.as(OFFICER);
    }

    private static RewardRules raised(JurisdictionCode prefecture, int basisPoints, Money floor) {
        return new RewardRules("克州安全生产举报奖励实施办法", prefecture, RAISED_FROM, basisPoints, floor,
                Money.ofYuan(500_000), Map.of(AccidentClass.GENERAL, Money.ofYuan(50_000), AccidentClass.LARGER,
                        Money.ofYuan(60_000), AccidentClass.MAJOR, Money.ofYuan(70_000),
                        AccidentClass.ESPECIALLY_MAJOR, Money.ofYuan(80_000)), Money.ofYuan(500_000));
    }

    @Test
    @DisplayName("“可以根据实际提高奖励标准”：自某日起施行的提高标准只计算该日以后作出的处罚决定的奖励")
    void a_raised_reward_version_applies_to_decisions_from_its_first_day_and_not_before() {
        add.add(raised(KIZILSU, 2_000, Money.ofYuan(5_000)));

        module.today(RAISED_FROM.plusDays(5));
        UUID enterprise = module.enterprise(ARTUX);
        TipOff before = rewarded(enterprise, RAISED_FROM.minusDays(1));
        TipOff after = rewarded(enterprise, RAISED_FROM);

        // 40,000 yuan fine: 15 % = 6,000 yuan before; 20 % = 8,000 yuan from the raise
        assertThat(before.reward().orElseThrow().amount()).isEqualTo(Money.ofYuan(6_000));
        assertThat(before.reward().orElseThrow().calculation().rules()).isEqualTo(RewardRules.NATIONAL_2018.name());
        assertThat(after.reward().orElseThrow().amount()).isEqualTo(Money.ofYuan(8_000));
        assertThat(after.reward().orElseThrow().calculation().rules()).isEqualTo("克州安全生产举报奖励实施办法");
    }

    @Test
    void every_version_added_is_an_audit_entry_and_is_read_with_where_it_stands() {
        add.add(new PenaltyRuleVersion(TODAY.plusDays(1), 60));

        assertThat(module.audit).singleElement().satisfies(entry -> {
            assertThat(entry.entity()).isEqualTo(AddRuleVersion.ENTITY);
            assertThat(entry.id()).isEqualTo("penalty-rule@" + TODAY.plusDays(1));
            assertThat(entry.action()).isEqualTo(AddRuleVersion.ADDED);
            assertThat(entry.change()).contains("longOverdueDays=60");
        });
        assertThat(read.versions()).filteredOn(v -> v.version() instanceof PenaltyRuleVersion)
                .extracting(ReadEnforcementRules.ShownVersion::standing)
                .containsExactly(Standing.IN_FORCE, Standing.SCHEDULED);

        module.today(TODAY.plusDays(1));
        assertThat(read.versions()).filteredOn(v -> v.version() instanceof PenaltyRuleVersion)
                .extracting(ReadEnforcementRules.ShownVersion::standing)
                .containsExactly(Standing.REPLACED, Standing.IN_FORCE);
        assertThat(PenaltyRuleVersion.inForceOn(module.rules.penaltyRules(), TODAY.plusDays(1)).longOverdueDays())
                .isEqualTo(60);
    }

    @Test
    void a_version_in_the_past_on_a_day_taken_lowering_the_national_rewards_or_for_another_prefecture_is_refused() {
        assertThatThrownBy(() -> add.add(new PenaltyRuleVersion(TODAY, 60)))
                .isInstanceOf(InvalidValueException.class);
        add.add(new PenaltyRuleVersion(TODAY.plusDays(3), 60));
        assertThatThrownBy(() -> add.add(new PenaltyRuleVersion(TODAY.plusDays(3), 30)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("enforcement.rules.version-exists"));
        assertThatThrownBy(() -> add.add(raised(KIZILSU, 1_000, Money.ofYuan(5_000))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("enforcement.reward.not-raised"));
        assertThatThrownBy(() -> add.add(raised(JurisdictionCode.of("652900"), 2_000, Money.ofYuan(5_000))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("enforcement.reward.not-own-prefecture"));
        assertThat(module.actions()).containsExactly(AddRuleVersion.ADDED);
    }

    @Test
    void only_a_prefecture_wide_caller_changes_the_rules() {
        module.scope = DataScope.jurisdiction(ARTUX);

        assertThatThrownBy(() -> add.add(new PenaltyRuleVersion(TODAY.plusDays(1), 60)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> declare.declare(new CalendarDay(TODAY.plusDays(5), CalendarDay.Kind.HOLIDAY,
                "端午节"))).isInstanceOf(AccessRefusedException.class);
        assertThat(module.audit).isEmpty();
    }

    @Test
    @DisplayName("行政执法公示7个工作日按登记的法定节假日和调休上班日计算")
    void a_declared_holiday_moves_the_publication_deadline_of_a_later_decision() {
        // Tuesday 10 June 2025; 2025-06-13 (Friday) declared a holiday
        declare.declare(new CalendarDay(LocalDate.of(2025, 6, 13), CalendarDay.Kind.HOLIDAY, "测试假日"));
        assertThat(module.audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(DeclareCalendarDay.DECLARED);
            assertThat(entry.change()).isEqualTo("day=2025-06-13;kind=HOLIDAY;name=测试假日");
        });
        assertThatThrownBy(() -> declare.declare(new CalendarDay(LocalDate.of(2025, 6, 13),
                CalendarDay.Kind.HOLIDAY, "again"))).isInstanceOf(RuleViolationException.class);

        PenaltyCase decided = decided(module.enterprise(ARTUX), TODAY);

        // Wed 11 (1), Thu 12 (2), Fri 13 holiday, Mon 16 (3) … Fri 20 (7)
        assertThat(decided.publicationDueOn()).contains(LocalDate.of(2025, 6, 20));
        assertThat(read.calendarDays()).extracting(CalendarDay::day).containsExactly(LocalDate.of(2025, 6, 13));
    }

    private PenaltyCase decided(UUID enterprise, LocalDate on) {
        module.as(OFFICER);
        PenaltyCase penaltyCase = open.execute(new OpenPenaltyCase.Command(enterprise,
                new CaseOrigin(CaseOrigin.Kind.TIP_OFF, UUID.randomUUID()), "未采取措施消除重大事故隐患"));
        penaltyCase = setBasis.execute(new SetPenaltyBasis.Command(new PenaltyCaseTarget(penaltyCase.id(),
                penaltyCase.version()), List.of("AQSCF-102"), null,
                List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(40_000))), null));
        penaltyCase = notifyRights.execute(new PenaltyCaseTarget(penaltyCase.id(), penaltyCase.version()),
                on.minusDays(5));
        return decide.execute(new PenaltyCaseTarget(penaltyCase.id(), penaltyCase.version()), on);
    }

    private TipOff rewarded(UUID enterprise, LocalDate decidedOn) {
        PenaltyCase penaltyCase = decided(enterprise, decidedOn);
        module.as(TIP_OFFICER);
        TipOff tipOff = receive.execute(new ReceiveTipOff.Command(TipOffChannel.HOTLINE, "储罐区液位计长期不报警",
                enterprise, null, null, null, true));
        tipOff = acceptTipOff.execute(target(tipOff));
        tipOff = assignTipOff.execute(target(tipOff), "EMB");
        tipOff = verifyTipOff.execute(target(tipOff), VerificationResult.TRUE, "属实");
        tipOff = linkTipOffOutcome.execute(target(tipOff), null, penaltyCase.id());
        return decideTipOffReward.fromFine(target(tipOff));
    }

    private static TipOffTarget target(TipOff tipOff) {
        return new TipOffTarget(tipOff.id(), tipOff.version());
    }
}
