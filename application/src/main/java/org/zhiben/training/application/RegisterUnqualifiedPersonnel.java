package org.zhiben.training.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.training.CertificateId;
import org.zhiben.training.CertificateState;
import org.zhiben.training.ReexamFlag;
import org.zhiben.training.ReexamFlagId;
import org.zhiben.training.ReexamStatus;
import org.zhiben.training.SpecialOperationCertificate;

/**
 * Unqualified people are listed major hazards in the chemicals and fireworks standards, and the caller registers one
 * through the hazards module's declared intake with the clause pre-selected; the answer is the hazard registered or
 * the hazards module's refusal. An enterprise registers it as found by its own inspection, an officer as found by
 * supervision. Audited with the certificate or the re-examination flag it came from.
 * <ul>
 * <li>Clause 2 of both: "特种作业人员未持证上岗" (CHEM-2017), "特种作业人员未持证上岗，作业人员带药检维修设备设施"
 *     (FIREWORKS-2017) — the holder of an expired special-operation certificate.</li>
 * <li>Clause 1 of both: "危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格" (CHEM-2017),
 *     "主要负责人、安全生产管理人员未依法经考核合格" (FIREWORKS-2017) — a principal flagged after failing the exam at an
 *     inspection whose re-examination was failed, or whose deadline passed without a pass.</li>
 * </ul>
 */
public class RegisterUnqualifiedPersonnel {

    public static final String CERTIFICATE_ACTION = "certificate.hazard-reported";
    public static final String PRINCIPAL_ACTION = "reexam-flag.hazard-reported";

    /** The standards that list unqualified people, by the enterprise's industry. */
    static final Map<String, String> STANDARDS = Map.of("HAZARDOUS_CHEMICALS", "CHEM-2017", "FIREWORKS",
            "FIREWORKS-2017");
    /** Clause 1 of both: a principal not assessed as qualified. */
    public static final String PRINCIPAL_CLAUSE = "1";
    /** Clause 2 of both: a special-operation worker on duty without a valid certificate. */
    public static final String WORKER_CLAUSE = "2";

    /** The hazards module's answer and the clause the finding was registered (or refused) under. */
    public record Registration(HazardIntake.Answer answer, ClauseReference clause) {
    }

    private final TrainingStore store;
    private final ManageCertificates certificates;
    private final ReexamineFlags flags;
    private final HazardIntake hazards;

    public RegisterUnqualifiedPersonnel(TrainingStore store, ManageCertificates certificates, ReexamineFlags flags,
            HazardIntake hazards) {
        this.store = store;
        this.certificates = certificates;
        this.flags = flags;
        this.hazards = hazards;
    }

    /** The listed clause {@code number} for an enterprise of this industry, or null when no standard lists it. */
    public static ClauseReference clause(IndustryCode industry, String number) {
        String standard = industry == null ? null : STANDARDS.get(industry.value());
        return standard == null ? null : new ClauseReference(standard, number);
    }

    /** Registers the holder of an expired certificate as a major hazard of the enterprise (clause 2). */
    public Registration certificate(CertificateId id, String location) {
        ManageCertificates.Standing standing = certificates.find(id);
        SpecialOperationCertificate c = standing.certificate();
        if (standing.state() != CertificateState.EXPIRED) {
            throw new RuleViolationException("training.hazard.certificate-not-expired",
                    "only the holder of an expired certificate is an unqualified worker", c.number());
        }
        ClauseReference clause = listed(c.industry(), WORKER_CLAUSE);
        String description = "特种作业人员未持证上岗：" + c.holder().maskedName() + "（身份证尾号 "
                + c.holder().idLastDigits() + "）的特种作业操作证（证号 " + c.number() + "）已于 " + c.expiresOn()
                + " 到期";
        HazardIntake.Answer answer = report(c.enterpriseId(), location, "特种作业岗位", description,
                "training-certificate:" + c.id(), clause);
        if (answer.isAccepted()) {
            store.audit(SpecialOperationCertificate.ENTITY, c.id(), CERTIFICATE_ACTION, change(answer, clause));
        }
        return new Registration(answer, clause);
    }

    /**
     * Registers the principal of a re-examination flag who failed the re-examination, or whose deadline passed without
     * a pass, as a major hazard of the enterprise (clause 1).
     */
    public Registration principal(ReexamFlagId id, String location) {
        ReexamFlag flag = flags.find(id);
        LocalDate today = store.today();
        if (!flag.unqualifiedOn(today)) {
            if (flag.status() != ReexamStatus.OPEN) {
                throw new RuleViolationException("training.hazard.reexam-passed",
                        "the principal has passed the re-examination", day(flag.snapshot().reexaminedOn()));
            }
            throw new RuleViolationException("training.hazard.reexam-pending",
                    "the principal is within the re-examination deadline and has not failed a re-examination",
                    day(flag.dueBy()));
        }
        ClauseReference clause = listed(flag.industry(), PRINCIPAL_CLAUSE);
        ReexamFlag.Snapshot s = flag.snapshot();
        String description = "主要负责人未依法经考核合格：" + day(s.failedOn()) + "执法检查时安全生产知识和管理能力考试不合格（"
                + s.score() + " 分），" + (flag.reexamFailed() ? day(s.lastAttemptOn()) + "补考仍不合格"
                        : "补考期限" + day(s.dueBy()) + "已过，未补考合格");
        HazardIntake.Answer answer = report(flag.enterpriseId(), location, "企业主要负责人岗位", description,
                "training-reexam:" + flag.id(), clause);
        if (answer.isAccepted()) {
            store.audit(ReexamFlag.ENTITY, flag.id(), PRINCIPAL_ACTION, change(answer, clause));
        }
        return new Registration(answer, clause);
    }

    private static ClauseReference listed(IndustryCode industry, String number) {
        ClauseReference clause = clause(industry, number);
        if (clause == null) {
            throw new RuleViolationException("training.hazard.no-listed-clause",
                    "no standard in force lists this case for the enterprise's industry");
        }
        return clause;
    }

    private HazardIntake.Answer report(UUID enterpriseId, String location, String defaultLocation, String description,
            String source, ClauseReference clause) {
        boolean enterprise = "ENTERPRISE_MANAGER".equals(store.caller().role());
        return hazards.report(new HazardIntake.Report(enterpriseId,
                location == null || location.isBlank() ? defaultLocation : location.strip(), description, store.today(),
                enterprise ? DiscoveryChannel.SELF_INSPECTION : DiscoveryChannel.SUPERVISORY_INSPECTION, source,
                clause));
    }

    private static String change(HazardIntake.Answer answer, ClauseReference clause) {
        return "hazard=" + answer.hazardId().value() + ";clause=" + clause.standardCode() + "/"
                + clause.clauseNumber();
    }

    /** A day as people read it: 2024年3月1日. */
    private static String day(LocalDate day) {
        return day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
