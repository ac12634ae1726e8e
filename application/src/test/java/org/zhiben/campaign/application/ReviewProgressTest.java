package org.zhiben.campaign.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.campaign.application.PlanData.AKTO;
import static org.zhiben.campaign.application.PlanData.ARTUX;
import static org.zhiben.campaign.application.PlanData.EMERGENCY_MANAGEMENT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ProgressReviewed;
import org.zhiben.campaign.ReviewStatus;
import org.zhiben.campaign.UnitProgressStatus;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;
import org.zhiben.testing.FakeCurrentActors;
import org.zhiben.testing.RecordingAuditRecorder;

/** 牵头单位审核: the lead unit of task 15 (自治州应急管理局) reviews what each county government reports. */
class ReviewProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Actor EMB_OFFICER = new Actor("wang.fang", "DEPARTMENT_OFFICER", "EMB");
    private static final Actor AKTO_OFFICER = new Actor("akto.officer", "COUNTY_OFFICER", "AKTO_GOV");

    private final InMemoryProgressEntries entries = new InMemoryProgressEntries();
    private final InMemoryEvidenceFiles files = new InMemoryEvidenceFiles();
    private final CollectedCampaignEvents events = new CollectedCampaignEvents();
    private final FakeCurrentActors actors = new FakeCurrentActors();
    private final RecordingAuditRecorder audit = new RecordingAuditRecorder();
    private final MemberUnits memberUnits = new Listed(List.of(
            unit("EMB", UnitKind.SUPERVISION, null), unit("ARTUX", UnitKind.LOCAL_GOVERNMENT, "653001"),
            unit("AKTO_GOV", UnitKind.LOCAL_GOVERNMENT, "653022")));
    private final BrowseLedger ledger = new BrowseLedger(PlanData.plans(), PlanData.UNITS, entries, files,
            PlanData.clockOn(TODAY));
    private final ActingUnits actingUnits = new ActingUnits(actors, memberUnits, PlanData.plans(), PlanData.UNITS,
            ledger);
    private final RecordProgress recordProgress = new RecordProgress(PlanData.plans(), PlanData.UNITS, entries,
            files, events, PlanData.clockOn(TODAY), actingUnits, actors, audit);
    private final ReviewProgress review = new ReviewProgress(PlanData.plans(), entries, events,
            PlanData.clockOn(TODAY), actingUnits, actors, audit);
    private final AddEvidenceFile addEvidence = new AddEvidenceFile(files, actingUnits, actors, audit);

    private static MemberUnit unit(String code, UnitKind kind, String jurisdiction) {
        return new MemberUnit(UnitCode.of(code), code, code, code, kind, false, Set.of(), null,
                jurisdiction == null ? null : JurisdictionCode.of(jurisdiction));
    }

    private record Listed(List<MemberUnit> units) implements MemberUnits {
        public List<MemberUnit> findAll() {
            return units;
        }

        public Optional<MemberUnit> findByCode(UnitCode code) {
            return units.stream().filter(u -> u.code().equals(code)).findFirst();
        }

        public List<MemberUnit> findByKind(UnitKind kind) {
            return units.stream().filter(u -> u.kind() == kind).toList();
        }
    }

    private ProgressEntry aktoReportsDoneWithEvidence() {
        actors.actingAs(AKTO_OFFICER, DataScope.jurisdiction(JurisdictionCode.of("653022")));
        var file = addEvidence.add(15, new org.zhiben.campaign.storage.EvidenceFiles.Upload("验收.pdf",
                "application/pdf", "%PDF-1.4".getBytes()));
        return recordProgress.record(new RecordProgressCommand(15, "T15-M1", AKTO, "县应急指挥部已建成", TODAY, null,
                true, List.of(file.id())));
    }

    @Test
    void a_county_reports_with_an_evidence_file_and_waits_for_the_lead_units_review() {
        ProgressEntry entry = aktoReportsDoneWithEvidence();

        assertThat(entry.review()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(entry.evidenceFiles()).extracting(f -> f.fileName()).containsExactly("验收.pdf");
        assertThat(audit.actions()).containsExactly("evidence-file.uploaded", "progress.recorded");
        assertThat(ledger.task(15).line().units()).filteredOn(u -> u.unit().equals(AKTO)).singleElement()
                .satisfies(u -> assertThat(u.status()).isEqualTo(UnitProgressStatus.AWAITING_REVIEW));
    }

    @Test
    @DisplayName("the lead unit returns the entry with a reason: the county sees it, the step is audited and announced")
    void the_lead_unit_returns_an_entry_with_a_reason() {
        ProgressEntry entry = aktoReportsDoneWithEvidence();
        actors.actingAs(EMB_OFFICER, DataScope.industries(List.of()));

        ProgressEntry returned = review.review(new ReviewProgressCommand(entry.id(), entry.version(),
                EMERGENCY_MANAGEMENT, false, "缺少验收材料"));

        assertThat(returned.review()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(returned.version()).isEqualTo(entry.version() + 1);
        assertThat(audit.entries().get(audit.entries().size() - 1)).satisfies(recorded -> {
            assertThat(recorded.action()).isEqualTo("progress.returned");
            assertThat(recorded.reason()).isEqualTo("缺少验收材料");
        });
        assertThat(events.published).last().isInstanceOf(ProgressReviewed.class);
        assertThat(ledger.task(15).line().units()).filteredOn(u -> u.unit().equals(AKTO)).singleElement()
                .satisfies(u -> {
                    assertThat(u.status()).isEqualTo(UnitProgressStatus.RETURNED);
                    assertThat(u.returnReason()).isEqualTo("缺少验收材料");
                });
    }

    @Test
    void a_review_at_a_stale_version_or_in_the_name_of_another_unit_is_refused() {
        ProgressEntry entry = aktoReportsDoneWithEvidence();
        actors.actingAs(EMB_OFFICER, DataScope.industries(List.of()));

        assertThatThrownBy(() -> review.review(new ReviewProgressCommand(entry.id(), entry.version() + 1,
                EMERGENCY_MANAGEMENT, true, null))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> review.review(new ReviewProgressCommand(entry.id(), entry.version(), ARTUX, true,
                null))).isInstanceOfSatisfying(NotPermittedException.class,
                e -> assertThat(e.code()).isEqualTo("campaign.review.unit-not-yours"));

        ProgressEntry accepted = review.review(new ReviewProgressCommand(entry.id(), entry.version(),
                EMERGENCY_MANAGEMENT, true, null));
        assertThat(accepted.review()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(audit.actions()).last().isEqualTo("progress.accepted");
    }
}
