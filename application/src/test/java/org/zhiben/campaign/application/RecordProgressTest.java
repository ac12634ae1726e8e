package org.zhiben.campaign.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.campaign.application.PlanData.ARTUX;
import static org.zhiben.campaign.application.PlanData.HOUSING;
import static org.zhiben.campaign.application.PlanData.IRKESHTAM_PORT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ProgressRecorded;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.testing.FakeCurrentActors;
import org.zhiben.testing.RecordingAuditRecorder;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

class RecordProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 10);
    private static final Actor CLERK = new Actor("li.na", "UNIT_CLERK", "HOUSING");
    private static final Actor PORT_CLERK = new Actor("wang.fang", "UNIT_CLERK", "IRKESHTAM_PORT");
    private static final Actor ARTUX_CLERK = new Actor("ma.jun", "UNIT_CLERK", "ARTUX");

    private final InMemoryProgressEntries entries = new InMemoryProgressEntries();
    private final CollectedCampaignEvents events = new CollectedCampaignEvents();
    private final FakeCurrentActors actors = new FakeCurrentActors();
    private final RecordingAuditRecorder audit = new RecordingAuditRecorder();
    private final MemberUnits memberUnits = new ListedMemberUnits(List.of(
            unit("HOUSING", UnitKind.INDUSTRY_COMPETENT, null), unit("IRKESHTAM_PORT", UnitKind.LOCAL_GOVERNMENT, "653099"),
            unit("ARTUX", UnitKind.LOCAL_GOVERNMENT, "653001"), unit("AKTO_GOV", UnitKind.LOCAL_GOVERNMENT, "653022"),
            unit("GHOST", UnitKind.SUPPORTING, null)));
    private final ActingUnits actingUnits = new ActingUnits(actors, memberUnits, PlanData.plans(), PlanData.UNITS,
            new BrowseLedger(PlanData.plans(), PlanData.UNITS, entries, new InMemoryEvidenceFiles(),
                    PlanData.clockOn(TODAY)));
    private final RecordProgress recordProgress = new RecordProgress(PlanData.plans(), PlanData.UNITS, entries,
            new InMemoryEvidenceFiles(), events, PlanData.clockOn(TODAY), actingUnits, actors, audit);

    /** Records as the given actor, who sees the whole prefecture and so may report for any unit. */
    private ProgressEntry record(RecordProgressCommand command, Actor actor) {
        actors.actingAs(actor, DataScope.wholePrefecture());
        return recordProgress.record(command);
    }

    private static MemberUnit unit(String code, UnitKind kind, String jurisdiction) {
        return new MemberUnit(UnitCode.of(code), code, code, code, kind, false, Set.of(), null,
                jurisdiction == null ? null : JurisdictionCode.of(jurisdiction));
    }

    private record ListedMemberUnits(List<MemberUnit> units) implements MemberUnits {

        @Override
        public List<MemberUnit> findAll() {
            return units;
        }

        @Override
        public Optional<MemberUnit> findByCode(UnitCode code) {
            return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
        }

        @Override
        public List<MemberUnit> findByKind(UnitKind kind) {
            return units.stream().filter(unit -> unit.kind() == kind).toList();
        }
    }

    private static RecordProgressCommand progress(int task, String milestone, UnitCode unit, LocalDate reportedOn,
                                                  boolean completes) {
        return new RecordProgressCommand(task, milestone, unit, "已完成全州培训机构条件复核,清退2家", reportedOn,
                "克安办〔2024〕12号", completes);
    }

    @Test
    void a_lead_unit_records_a_completed_milestone_which_is_saved_and_announced() {
        ProgressEntry entry = record(progress(7, "T7-M1", HOUSING, LocalDate.of(2024, 12, 6), true),
                CLERK);

        assertThat(entries.findById(entry.id())).contains(entry);
        assertThat(entry.author()).isEqualTo("li.na");
        assertThat(entry.evidenceReference()).isEqualTo("克安办〔2024〕12号");
        assertThat(entry.recordedAt()).isEqualTo(PlanData.clockOn(TODAY).instant());
        assertThat(events.published).singleElement().isInstanceOfSatisfying(ProgressRecorded.class, event -> {
            assertThat(event.entryId()).isEqualTo(entry.id());
            assertThat(event.taskNumber()).isEqualTo(7);
            assertThat(event.milestoneCode()).isEqualTo("T7-M1");
            assertThat(event.completesMilestone()).isTrue();
        });
    }

    @Test
    @DisplayName("责任单位:各县(市)人民政府 — each county government records; a member unit and a port administration "
            + "(named beside the counties where the plan means it: \"各县(市)人民政府、口岸管委会\") are refused")
    void a_unit_not_responsible_for_the_task_is_refused_and_nothing_is_saved_or_announced() {
        assertThatThrownBy(() -> record(progress(15, "T15-M1", HOUSING, TODAY, false), CLERK))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.progress.unit-not-responsible"));
        assertThatThrownBy(() -> record(progress(15, "T15-M1", IRKESHTAM_PORT, TODAY, false), PORT_CLERK))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.progress.unit-not-responsible"));
        assertThat(entries.findAll()).isEmpty();
        assertThat(events.published).isEmpty();

        record(progress(15, "T15-M1", PlanData.AKTO, TODAY, false), ARTUX_CLERK);
        record(progress(15, null, ARTUX, TODAY, false), ARTUX_CLERK);
        assertThat(entries.findByTask(15)).hasSize(2);
    }

    @Test
    void completing_without_naming_a_milestone_is_refused() {
        assertThatThrownBy(() -> record(progress(16, " ", HOUSING, TODAY, true), CLERK))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.progress.completion-without-milestone"));
        assertThat(entries.findAll()).isEmpty();
    }

    @Test
    void progress_reported_for_a_day_in_the_future_is_refused() {
        assertThatThrownBy(() -> record(progress(16, "T16-M1", HOUSING, TODAY.plusDays(1), false),
                CLERK))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("reportedOn");
                    assertThat(e.code()).isEqualTo("campaign.progress.reported-in-future");
                });
    }

    @Test
    void progress_on_a_milestone_of_another_task_is_refused() {
        assertThatThrownBy(() -> record(progress(16, "T23-M1", HOUSING, TODAY, true), CLERK))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("milestoneCode");
                    assertThat(e.code()).isEqualTo("campaign.progress.milestone-not-of-task");
                });
    }

    @Test
    void a_recorded_entry_is_audited_in_the_callers_name() {
        ProgressEntry entry = record(progress(7, "T7-M1", HOUSING, LocalDate.of(2024, 12, 6), true), CLERK);

        assertThat(audit.entries()).singleElement().satisfies(recorded -> {
            assertThat(recorded.action()).isEqualTo("progress.recorded");
            assertThat(recorded.entityType()).isEqualTo("ProgressEntry");
            assertThat(recorded.entityId()).isEqualTo(entry.id().value().toString());
            assertThat(recorded.actor()).isEqualTo(CLERK);
            assertThat(recorded.change()).contains("task=7 milestone=T7-M1 unit=HOUSING");
        });
    }

    @Test
    @DisplayName("谁检查、谁签名、谁负责: an officer of Akto reports for Akto's government, never for Artux")
    void a_county_officer_reports_only_for_the_government_of_their_county() {
        actors.actingAs(new Actor("akto.officer", "COUNTY_OFFICER", "AKTO_GOV"),
                DataScope.jurisdiction(JurisdictionCode.of("653022")));

        assertThatThrownBy(() -> recordProgress.record(progress(15, "T15-M1", ARTUX, TODAY, false)))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.progress.unit-not-yours"));
        assertThat(entries.findByTask(15)).isEmpty();
        assertThat(events.published).isEmpty();
        assertThat(audit.entries()).isEmpty();
        assertThat(actingUnits.units()).extracting(unit -> unit.code().value()).containsExactly("AKTO_GOV");
    }

    @Test
    void a_department_officer_reports_only_for_their_own_unit() {
        actors.actingAs(CLERK, DataScope.industries(List.of()));

        assertThat(actingUnits.permits(HOUSING)).isTrue();
        assertThat(actingUnits.permits(ARTUX)).isFalse();
    }

    @Test
    void an_unknown_unit_is_refused_naming_the_field_unit() {
        assertThatThrownBy(() -> record(progress(16, null, UnitCode.of("GHOST"), TODAY, false),
                CLERK))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("unit"));
    }

    @Test
    void progress_on_a_task_the_plan_does_not_have_is_not_found() {
        assertThatThrownBy(() -> record(progress(99, null, HOUSING, TODAY, false), CLERK))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_command_without_unit_text_or_date_is_refused_on_the_missing_field() {
        assertThatThrownBy(() -> progress(16, null, null, TODAY, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("unit"));
        assertThatThrownBy(() -> new RecordProgressCommand(16, null, HOUSING, " ", TODAY, null, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> progress(16, null, HOUSING, null, false))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("reportedOn"));
    }
}
