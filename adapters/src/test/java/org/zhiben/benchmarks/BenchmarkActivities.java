package org.zhiben.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import org.zhiben.benchmarks.BenchmarkData.Enterprise;
import org.zhiben.enforcement.ChecklistItem;
import org.zhiben.enforcement.ChecklistMark;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.enforcement.InspectionMethod;
import org.zhiben.enforcement.PrincipalExam;
import org.zhiben.enforcement.ReporterIdentity;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffChannel;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.enforcement.VerificationResult;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.shared.Actor;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.training.ExamResult;
import org.zhiben.training.Trainee;
import org.zhiben.training.TraineeRole;
import org.zhiben.training.TrainingRecord;
import org.zhiben.training.TrainingRecordId;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The enforcement and training part of {@link BenchmarkData}: inspections, tip-offs and training records per
 * enterprise, built through the domain's own factories and transitions (so every rule of the aggregates holds) and
 * written as the enforcement and training adapters store them (the aggregate's snapshot as the JSONB document, the
 * filter columns beside it). Each enterprise's rows come from a random generator seeded by the data set's seed and the
 * enterprise's index, so they are the same whatever else is generated, and are generated while consumed.
 * <p>
 * Proportions per enterprise: inspections 2–5 for a high-risk enterprise, 0–2 otherwise; a tip-off for one enterprise
 * in ten (a second one for one in fifty), 40 % of them anonymous; training records for the principal, one or two
 * safety managers, 0–6 special-operation workers (2–8 in a high-risk enterprise), 0–4 other staff of a high-risk
 * enterprise and, for half of them, the fire-safety responsible person.
 */
final class BenchmarkActivities {

    /** The document mapper, configured for writing as the enforcement adapters' ({@code DocumentRows.JSON}). */
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One row of {@code enforcement.inspection}. */
    record InspectionRow(UUID id, UUID enterpriseId, String jurisdiction, String industry, LocalDate inspectedOn,
            boolean closed, String document, Instant updatedAt) {
    }

    /**
     * One row of {@code enforcement.tip_off}; the reporter's identity ({@code null} when anonymous) is kept apart, as
     * the adapter keeps it out of the document, to be encrypted when it is stored.
     */
    record TipOffRow(UUID id, UUID enterpriseId, String jurisdiction, String industry, String status,
            ReporterIdentity reporter, String document, Instant receivedAt, Instant updatedAt) {
    }

    /** One row of {@code training.training_record}. */
    record TrainingRow(UUID id, UUID enterpriseId, String jurisdiction, String industry, String maskedName,
            String idLastDigits, String role, String course, String provider, LocalDate startedOn, LocalDate endedOn,
            int hours, String exam, String certificateNumber, Instant recordedAt, String recordedBy) {
    }

    private static final String[] CHECKS = {"安全生产责任制落实情况", "主要负责人和安全管理人员培训考核情况",
        "特种作业人员持证上岗情况", "重大危险源监测监控情况", "动火、有限空间等危险作业审批情况", "应急预案和演练情况",
        "消防设施器材维护保养情况", "事故隐患排查治理台账", "安全警示标志设置情况", "外包作业安全管理情况"};
    private static final String[] TIP_OFF_MATTERS = {"夜间违规组织生产，未落实安全措施", "仓库违规存放易燃易爆物品",
        "员工未经培训上岗，特种作业无证操作", "消防通道长期堵塞，安全出口上锁", "违规动火作业，无人监护",
        "非法储存、销售烟花爆竹", "燃气瓶在地下室违规使用", "拒不整改已发现的重大事故隐患"};
    private static final String[] SPECIAL_OPERATIONS = {"电工作业", "焊接与热切割作业", "高处作业", "制冷与空调作业",
        "危险化学品安全作业", "金属非金属矿山安全作业"};
    private static final String[] PROVIDERS = {"克孜勒苏柯尔克孜自治州安全生产培训中心", "阿图什市职业技能培训学校",
        "自治州应急管理局", "新疆安全生产培训有限公司"};
    private static final long SPAN = ChronoUnit.DAYS.between(BenchmarkData.FIRST_FOUND, BenchmarkData.LAST_FOUND) + 1;

    private BenchmarkActivities() {
    }

    static void inspections(BenchmarkData data, Consumer<InspectionRow> sink) {
        for (int e = 0; e < data.enterprises.size(); e++) {
            Enterprise enterprise = data.enterprises.get(e);
            SplittableRandom r = random(data.seed, 11, e);
            int count = enterprise.highRisk() ? 2 + r.nextInt(4) : r.nextInt(3);
            for (int n = 0; n < count; n++) {
                sink.accept(inspection(enterprise, r, BenchmarkData.uuid(data.seed, 11, e * 16L + n)));
            }
        }
    }

    private static InspectionRow inspection(Enterprise enterprise, SplittableRandom r, UUID id) {
        LocalDate on = BenchmarkData.FIRST_FOUND.plusDays(r.nextInt((int) SPAN));
        String first = "jc" + r.nextInt(997);
        String second = "jc" + (997 + r.nextInt(997));
        Actor lead = new Actor(first, "INSPECTOR", enterprise.localGovernment());
        Actor partner = new Actor(second, "INSPECTOR", enterprise.localGovernment());
        List<ChecklistItem> checklist = new ArrayList<>();
        int items = 4 + r.nextInt(4);
        int offset = r.nextInt(CHECKS.length);
        for (int i = 0; i < items; i++) {
            checklist.add(ChecklistItem.of(Integer.toString(i + 1), CHECKS[(offset + i) % CHECKS.length]));
        }
        InspectionMethod[] methods = InspectionMethod.values();
        Inspection inspection = Inspection.record(new InspectionId(id), enterprise.id(),
                JurisdictionCode.of(enterprise.jurisdiction()), IndustryCode.of(enterprise.industry()), on,
                methods[r.nextInt(methods.length)], List.of(first, second), checklist, lead);
        Instant at = on.atTime(10, 0).atZone(BenchmarkData.ZONE).toInstant();
        Instant updated = at;
        // an inspection of the last two weeks may still be under way: its checklist is not yet complete
        boolean complete = on.isBefore(BenchmarkData.LAST_FOUND.minusDays(14)) || r.nextBoolean();
        for (int i = 0; i < items; i++) {
            if (!complete && i >= items / 2) {
                break;
            }
            int roll = r.nextInt(100);
            ChecklistMark mark = roll < 12 ? ChecklistMark.FINDING : roll < 22 ? ChecklistMark.NOT_APPLICABLE
                    : ChecklistMark.FINE;
            inspection.mark(Integer.toString(i + 1), mark, mark == ChecklistMark.FINDING
                    ? new ClauseReference(BenchmarkData.CLAUSE_STANDARD, Integer.toString(1 + r.nextInt(20))) : null,
                    mark == ChecklistMark.FINDING ? "现场发现：" + checklist.get(i).text() + "不到位" : null, lead);
        }
        if (complete) {
            if (r.nextInt(10) < 7) {
                inspection.recordExam(new PrincipalExam(55 + r.nextInt(46), 60), lead, at.plusSeconds(1_800));
            }
            inspection.sign(lead, at.plusSeconds(3_600));
            inspection.sign(partner, at.plusSeconds(3_660));
            updated = at.plusSeconds(3_600 + 60 + r.nextInt(86_400));
            inspection.close(lead, updated);
        }
        return new InspectionRow(id, enterprise.id(), enterprise.jurisdiction(), enterprise.industry(), on,
                inspection.closed(), JSON.writeValueAsString(inspection.snapshot()), updated);
    }

    static void tipOffs(BenchmarkData data, Consumer<TipOffRow> sink) {
        for (int e = 0; e < data.enterprises.size(); e++) {
            Enterprise enterprise = data.enterprises.get(e);
            SplittableRandom r = random(data.seed, 12, e);
            int roll = r.nextInt(50);
            int count = roll == 0 ? 2 : roll < 5 ? 1 : 0;
            for (int n = 0; n < count; n++) {
                sink.accept(tipOff(data, enterprise, r, BenchmarkData.uuid(data.seed, 12, e * 16L + n)));
            }
        }
    }

    private static TipOffRow tipOff(BenchmarkData data, Enterprise enterprise, SplittableRandom r, UUID id) {
        Instant received = BenchmarkData.FIRST_FOUND.plusDays(r.nextInt((int) SPAN)).atStartOfDay(BenchmarkData.ZONE)
                .toInstant().plusSeconds(8 * 3_600 + r.nextInt(12 * 3_600));
        ReporterIdentity reporter = r.nextInt(10) < 4 ? null
                : new ReporterIdentity(data.person(r), r.nextInt(5) == 0 ? null : data.phone(r));
        Actor officer = new Actor("jb" + r.nextInt(97), "TIP_OFF_OFFICER", enterprise.localGovernment());
        TipOffChannel[] channels = TipOffChannel.values();
        TipOff tipOff = TipOff.receive(new TipOffId(id), channels[r.nextInt(channels.length)],
                enterprise.name() + "：" + TIP_OFF_MATTERS[r.nextInt(TIP_OFF_MATTERS.length)], enterprise.id(),
                JurisdictionCode.of(enterprise.jurisdiction()), IndustryCode.of(enterprise.industry()), reporter,
                r.nextInt(5) == 0, officer, received);
        Instant at = received;
        // each step happens when its day has come: what would fall at or after NOW has not happened yet
        at = at.plusSeconds(3_600 + r.nextInt(2 * 86_400));
        if (at.isBefore(BenchmarkData.NOW) && r.nextInt(10) < 9) {
            tipOff.accept(officer, at);
            at = at.plusSeconds(3_600 + r.nextInt(4 * 86_400));
            if (at.isBefore(BenchmarkData.NOW) && r.nextInt(10) < 9) {
                tipOff.assign(enterprise.localGovernment(), officer, at);
                at = at.plusSeconds(5 * 86_400 + r.nextInt(15 * 86_400));
                if (at.isBefore(BenchmarkData.NOW) && r.nextInt(10) < 8) {
                    int result = r.nextInt(10);
                    VerificationResult verification = result < 5 ? VerificationResult.TRUE
                            : result < 7 ? VerificationResult.PARTLY_TRUE : VerificationResult.FALSE;
                    Actor checker = new Actor("jc" + r.nextInt(997), "INSPECTOR", enterprise.localGovernment());
                    tipOff.verify(verification, "现场核查：" + verification.label(), checker, at);
                    Instant closing = at.plusSeconds(86_400 + r.nextInt(5 * 86_400));
                    if (!verification.valid() && closing.isBefore(BenchmarkData.NOW)) {
                        tipOff.close(officer, closing);
                        at = closing;
                    }
                }
            }
        }
        Instant updated = tipOff.snapshot().history().get(tipOff.snapshot().history().size() - 1).at();
        ObjectNode document = JSON.valueToTree(tipOff.snapshot());
        document.remove("reporter");
        return new TipOffRow(id, enterprise.id(), enterprise.jurisdiction(), enterprise.industry(),
                tipOff.status().name(), reporter, JSON.writeValueAsString(document), received, updated);
    }

    static void trainingRecords(BenchmarkData data, Consumer<TrainingRow> sink) {
        for (int e = 0; e < data.enterprises.size(); e++) {
            Enterprise enterprise = data.enterprises.get(e);
            SplittableRandom r = random(data.seed, 13, e);
            List<TraineeRole> roles = new ArrayList<>();
            roles.add(TraineeRole.PRINCIPAL);
            for (int n = 1 + r.nextInt(2); n > 0; n--) {
                roles.add(TraineeRole.SAFETY_MANAGER);
            }
            for (int n = enterprise.highRisk() ? 2 + r.nextInt(7) : r.nextInt(7); n > 0; n--) {
                roles.add(TraineeRole.SPECIAL_OPERATION_WORKER);
            }
            if (enterprise.highRisk()) {
                for (int n = r.nextInt(5); n > 0; n--) {
                    roles.add(TraineeRole.HIGH_RISK_STAFF);
                }
            }
            if (r.nextBoolean()) {
                roles.add(TraineeRole.FIRE_SAFETY_RESPONSIBLE);
            }
            for (int n = 0; n < roles.size(); n++) {
                sink.accept(training(data, enterprise, r, roles.get(n), BenchmarkData.uuid(data.seed, 13,
                        e * 64L + n)));
            }
        }
    }

    private static TrainingRow training(BenchmarkData data, Enterprise enterprise, SplittableRandom r,
            TraineeRole role, UUID id) {
        String course;
        int hours;
        String certificate = null;
        switch (role) {
            case PRINCIPAL -> {
                course = "主要负责人安全生产知识和管理能力培训";
                hours = r.nextBoolean() ? 32 : 12;
            }
            case SAFETY_MANAGER -> {
                course = "安全生产管理人员安全生产知识和管理能力培训";
                hours = r.nextBoolean() ? 32 : 12;
            }
            case SPECIAL_OPERATION_WORKER -> {
                course = "特种作业操作资格培训（" + SPECIAL_OPERATIONS[r.nextInt(SPECIAL_OPERATIONS.length)] + "）";
                hours = 40 + 8 * r.nextInt(4);
            }
            case HIGH_RISK_STAFF -> {
                course = "从业人员岗前安全培训";
                hours = r.nextBoolean() ? 72 : 24;
            }
            default -> {
                course = "消防安全责任人培训";
                hours = 8;
            }
        }
        LocalDate started = BenchmarkData.FIRST_FOUND.plusDays(r.nextInt((int) SPAN - 10));
        LocalDate ended = started.plusDays(Math.max(0, hours / 8 - 1));
        int roll = r.nextInt(100);
        ExamResult exam = roll < 85 ? ExamResult.PASSED : roll < 93 ? ExamResult.FAILED : roll < 95
                ? ExamResult.ABSENT : ExamResult.NOT_EXAMINED;
        if (exam == ExamResult.PASSED && role == TraineeRole.SPECIAL_OPERATION_WORKER) {
            certificate = "T" + enterprise.jurisdiction().substring(0, 6) + String.format("%011d",
                    r.nextLong(100_000_000_000L));
        }
        String digits = String.format("%03d", r.nextInt(1_000)) + (r.nextInt(11) == 10 ? "X" : r.nextInt(10));
        Instant recorded = ended.plusDays(1 + r.nextInt(10)).atTime(9, 0).atZone(BenchmarkData.ZONE).toInstant()
                .plusSeconds(r.nextInt(8 * 3_600));
        if (!recorded.isBefore(BenchmarkData.NOW)) {
            recorded = BenchmarkData.NOW.minusSeconds(3_600 + r.nextInt(3_600));
        }
        String recordedBy = "qy" + r.nextInt(9_973);
        TrainingRecord record = TrainingRecord.ofEnterprise(new TrainingRecordId(id), new TrainingRecord.Details(
                Trainee.of(data.person(r), digits), role, course, PROVIDERS[r.nextInt(PROVIDERS.length)], started,
                ended, hours, exam, certificate), enterprise.id(), JurisdictionCode.of(enterprise.jurisdiction()),
                IndustryCode.of(enterprise.industry()), enterprise.highRisk(), BenchmarkData.LAST_FOUND, recorded,
                recordedBy);
        TrainingRecord.Snapshot s = record.snapshot();
        return new TrainingRow(id, enterprise.id(), enterprise.jurisdiction(), enterprise.industry(),
                s.trainee().maskedName(), s.trainee().idLastDigits(), s.role().name(), s.course(), s.provider(),
                s.startedOn(), s.endedOn(), s.hours(), s.exam().name(), s.certificateNumber(), s.recordedAt(),
                s.recordedBy());
    }

    private static SplittableRandom random(long seed, int kind, int enterprise) {
        return new SplittableRandom(seed * 31 + kind * 0x9E3779B97F4A7C15L + enterprise * 0xBF58476D1CE4E5B9L);
    }
}
