package org.zhiben.training.application;

import java.util.Map;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.training.CertificateId;
import org.zhiben.training.CertificateState;
import org.zhiben.training.SpecialOperationCertificate;

/**
 * A special-operation worker whose certificate has expired is a listed major hazard in the chemicals and fireworks
 * standards — clause 2 of both: "特种作业人员未持证上岗" (CHEM-2017) and "特种作业人员未持证上岗，作业人员带药检维修设备设施"
 * (FIREWORKS-2017). The caller registers it through the hazards module's declared intake with that clause
 * pre-selected; the answer is the hazard registered or the hazards module's refusal. An enterprise registers it as
 * found by its own inspection, an officer as found by supervision. Audited with the certificate.
 */
public class RegisterUnqualifiedWorker {

    public static final String ACTION = "certificate.hazard-reported";

    /** The standards that list an unqualified worker, by the enterprise's industry. */
    static final Map<String, String> STANDARDS = Map.of("HAZARDOUS_CHEMICALS", "CHEM-2017", "FIREWORKS",
            "FIREWORKS-2017");
    /** Clause 2 of both: a special-operation worker on duty without a valid certificate. */
    public static final String WORKER_CLAUSE = "2";

    private final TrainingStore store;
    private final ManageCertificates certificates;
    private final HazardIntake hazards;

    public RegisterUnqualifiedWorker(TrainingStore store, ManageCertificates certificates, HazardIntake hazards) {
        this.store = store;
        this.certificates = certificates;
        this.hazards = hazards;
    }

    /** The listed clause for a worker of an enterprise of this industry, or null when no standard lists it. */
    public static ClauseReference workerClause(IndustryCode industry) {
        String standard = industry == null ? null : STANDARDS.get(industry.value());
        return standard == null ? null : new ClauseReference(standard, WORKER_CLAUSE);
    }

    /** Registers the holder of an expired certificate as a major hazard of the enterprise (clause 2). */
    public HazardIntake.Answer certificate(CertificateId id, String location) {
        ManageCertificates.Standing standing = certificates.find(id);
        SpecialOperationCertificate c = standing.certificate();
        if (standing.state() != CertificateState.EXPIRED) {
            throw new RuleViolationException("training.hazard.certificate-not-expired",
                    "only the holder of an expired certificate is an unqualified worker", c.number());
        }
        ClauseReference clause = workerClause(c.industry());
        if (clause == null) {
            throw new RuleViolationException("training.hazard.no-listed-clause",
                    "no standard in force lists an unqualified worker for the enterprise's industry");
        }
        boolean enterprise = "ENTERPRISE_MANAGER".equals(store.caller().role());
        String description = "特种作业人员未持证上岗：" + c.holder().maskedName() + "（身份证尾号 "
                + c.holder().idLastDigits() + "）的特种作业操作证（证号 " + c.number() + "）已于 " + c.expiresOn()
                + " 到期";
        HazardIntake.Answer answer = hazards.report(new HazardIntake.Report(c.enterpriseId(),
                location == null || location.isBlank() ? "特种作业岗位" : location.strip(), description, store.today(),
                enterprise ? DiscoveryChannel.SELF_INSPECTION : DiscoveryChannel.SUPERVISORY_INSPECTION,
                "training-certificate:" + c.id(), clause));
        if (answer.isAccepted()) {
            store.audit(SpecialOperationCertificate.ENTITY, c.id(), ACTION, "hazard=" + answer.hazardId().value()
                    + ";clause=" + clause.standardCode() + "/" + clause.clauseNumber());
        }
        return answer;
    }
}
