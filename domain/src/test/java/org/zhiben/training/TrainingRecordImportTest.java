package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.RowError;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The import rule of training records and certificates: rows checked one by one as the forms check them, refused
 * cells named by column, rows outside the importer's scope refused, idempotency by the natural key (a training: the
 * enterprise or unit, the masked person, the ID digits, the course and the first day; a certificate: its number), a
 * key repeated in the file refused on its second line, and nothing stored ever overwritten.
 */
class TrainingRecordImportTest {

    static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    static final UnifiedSocialCreditCode OWN_CODE = UnifiedSocialCreditCode.of("91653001MA7AB1234K");
    static final Enterprise OWN = Enterprise.register(EnterpriseId.newId(), OWN_CODE, new EnterpriseProfile("本企业",
            AKTO, IndustryCode.of("MINES"), true, "测试路 1 号", new Person("张三", "13800000000"),
            new Person("李四", "13900000000"), StandardisationGrade.NONE, EnterpriseStatus.OPERATING));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    final Map<TrainingRecordImport.Key, TrainingRecord> stored = new HashMap<>();

    @Test
    void good_rows_are_created_bad_cells_named_and_the_same_rows_again_are_unchanged() {
        TrainingRecordImport first = new TrainingRecordImport(lookups());
        List<TrainingImportRow> rows = List.of(
                row(2, OWN_CODE.value(), "王小明", "123x", "企业主要负责人", "2026-03-02", "2026-03-06", "32", "合格"),
                row(3, OWN_CODE.value(), "李大力", "4567", "企业主要负责人", "2026年3月2日", "2026.3.1", "32", "合格"),
                row(4, OWN_CODE.value(), "赵六", "12", "主任", "2026-03-02", "2026-03-06", "三十", "合格"),
                row(5, OWN_CODE.value(), "王小明", "123X", "企业主要负责人", "2026-03-02", "2026-03-06", "32", "合格"));

        List<TrainingRecord> created = first.run(rows);
        created.forEach(record -> stored.put(TrainingRecordImport.Key.of(record), record));

        assertThat(created).hasSize(1);
        assertThat(created.get(0).trainee()).isEqualTo(new Trainee("王**", "123X"));
        TrainingImportReport report = first.report();
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.errors()).extracting(e -> e.lineNumber() + ":" + e.field() + ":" + e.code()).containsExactly(
                "3:endedOn:training.record.dates-reversed",
                "4:idLastDigits:training.trainee.id-digits-invalid",
                "4:role:training.import.value-unknown",
                "4:hours:training.record.hours-invalid",
                "5:course:training.import.duplicate-in-file");
        assertThat(report.errors()).extracting(RowError::message).noneMatch(message -> message.contains("赵六"));

        TrainingRecordImport again = new TrainingRecordImport(lookups());
        assertThat(again.run(rows)).isEmpty();
        assertThat(again.report().unchanged()).isEqualTo(1);
        assertThat(again.report().created()).isZero();

        TrainingRecordImport changed = new TrainingRecordImport(lookups());
        assertThat(changed.run(List.of(row(2, OWN_CODE.value(), "王小明", "123X", "企业主要负责人", "2026-03-02",
                "2026-03-06", "32", "不合格")))).isEmpty();
        assertThat(changed.report().errors()).extracting(e -> e.field() + ":" + e.code())
                .containsExactly("exam:training.import.record-differs");
    }

    @Test
    void rows_about_an_enterprise_outside_the_scope_or_a_training_not_yet_ended_are_refused_one_by_one() {
        TrainingRecordImport rule = new TrainingRecordImport(lookups());

        List<TrainingRecord> created = rule.run(List.of(
                row(2, OWN_CODE.value(), "王小明", "123X", "企业主要负责人", "2026-03-02", "2026-03-06", "32", "合格"),
                row(3, "91653022MA7AB1230L", "王小明", "123X", "企业主要负责人", "2026-03-02", "2026-03-06", "32", "合格"),
                row(4, OWN_CODE.value(), "王大明", "1230", "企业主要负责人", "2026-12-01", "2026-12-03", "32", "合格")));

        assertThat(created).hasSize(1);
        assertThat(rule.report().errors()).extracting(e -> e.lineNumber() + ":" + e.field() + ":" + e.code())
                .containsExactly("3:creditCode:training.import.out-of-scope", "4:endedOn:training.record.in-future");
    }

    private TrainingImportRow row(int line, String code, String name, String digits, String role, String start,
            String end, String hours, String exam) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("creditCode", code);
        cells.put("name", name);
        cells.put("idLastDigits", digits);
        cells.put("role", role);
        cells.put("course", "主要负责人培训");
        cells.put("provider", "克州培训中心");
        cells.put("startedOn", start);
        cells.put("endedOn", end);
        cells.put("hours", hours);
        cells.put("exam", exam);
        return new TrainingImportRow(line, cells);
    }

    private TrainingRecordImport.Lookups lookups() {
        return new TrainingRecordImport.Lookups() {
            @Override
            public Map<UnifiedSocialCreditCode, Enterprise> enterprises(Set<UnifiedSocialCreditCode> creditCodes) {
                Enterprise other = Enterprise.register(EnterpriseId.newId(),
                        UnifiedSocialCreditCode.of("91653022MA7AB1230L"), OWN.profile());
                Map<UnifiedSocialCreditCode, Enterprise> found = new HashMap<>();
                found.put(OWN_CODE, OWN);
                found.put(other.creditCode(), other);
                found.keySet().retainAll(creditCodes);
                return found;
            }

            @Override
            public Optional<JurisdictionCode> jurisdiction(String text) {
                return "阿克陶县".equals(text) ? Optional.of(AKTO) : Optional.empty();
            }

            @Override
            public boolean mayRecordFor(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId) {
                return OWN.id().value().equals(enterpriseId);
            }

            @Override
            public boolean mayRecordIn(JurisdictionCode jurisdiction) {
                return false;
            }

            @Override
            public Map<TrainingRecordImport.Key, TrainingRecord> stored(Set<TrainingRecordImport.Key> keys) {
                Map<TrainingRecordImport.Key, TrainingRecord> found = new HashMap<>(stored);
                found.keySet().retainAll(keys);
                return found;
            }

            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public Instant now() {
                return Instant.parse("2026-12-02T02:00:00Z");
            }

            @Override
            public String recordedBy() {
                return "importer";
            }
        };
    }
}
