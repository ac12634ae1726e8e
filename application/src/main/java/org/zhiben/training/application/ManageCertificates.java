package org.zhiben.training.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.training.CertificateId;
import org.zhiben.training.CertificateState;
import org.zhiben.training.OperationType;
import org.zhiben.training.SpecialOperationCertificate;
import org.zhiben.training.Trainee;
import org.zhiben.training.storage.Certificates;

/**
 * Special-operation certificates of enterprises' workers (an enterprise: its own), within the caller's data scope:
 * register one (a number is registered once), read them with their state today, and list those expiring within the
 * lead time or expired.
 */
public class ManageCertificates {

    public static final String ACTION = "certificate.registered";

    /** A certificate to register. */
    public record Command(UUID enterpriseId, Trainee holder, OperationType operationType, String number,
            LocalDate issuedOn, LocalDate expiresOn, LocalDate lastReviewedOn, LocalDate nextReviewOn) {

        public Command {
            Require.notNull(enterpriseId, "enterpriseId");
            Require.notNull(holder, "holder");
            Require.notNull(operationType, "operationType");
        }
    }

    /** A certificate and how it stands today. */
    public record Standing(SpecialOperationCertificate certificate, CertificateState state) {
    }

    private final TrainingStore store;
    private final Certificates certificates;
    private final int defaultLeadDays;

    /**
     * @param defaultLeadDays the lead time of the expiry alert when the caller names none (configurable, 60 by
     *                        default)
     */
    public ManageCertificates(TrainingStore store, Certificates certificates, int defaultLeadDays) {
        this.store = store;
        this.certificates = certificates;
        this.defaultLeadDays = defaultLeadDays;
    }

    public SpecialOperationCertificate register(Command command) {
        Enterprise enterprise = store.enterpriseToActOn(command.enterpriseId());
        SpecialOperationCertificate certificate = new SpecialOperationCertificate(CertificateId.newId(),
                enterprise.id().value(), enterprise.jurisdiction(), enterprise.industry(), command.holder(),
                command.operationType(), command.number(), command.issuedOn(), command.expiresOn(),
                command.lastReviewedOn(), command.nextReviewOn(), store.now(), store.caller().username(), 0);
        if (certificates.findByNumber(certificate.number()).isPresent()) {
            throw new RuleViolationException("training.certificate.number-taken",
                    "a certificate of this number is registered already", certificate.number());
        }
        SpecialOperationCertificate stored = certificate.asStored(certificates.save(certificate));
        store.audit(SpecialOperationCertificate.ENTITY, stored.id(), ACTION, "enterprise=" + stored.enterpriseId()
                + ";operationType=" + stored.operationType() + ";expiresOn=" + stored.expiresOn());
        return stored;
    }

    public int defaultLeadDays() {
        return defaultLeadDays;
    }

    /** Every certificate in scope with its state today. */
    public List<Standing> list(Integer leadDays) {
        LocalDate today = store.today();
        int lead = leadDays == null ? defaultLeadDays : leadDays;
        return certificates.search(store.scope()).stream()
                .map(c -> new Standing(c, c.stateOn(today, lead))).toList();
    }

    /** The certificates in scope expiring within the lead time or expired, the earliest expiry first. */
    public List<Standing> alerts(Integer leadDays) {
        return list(leadDays).stream().filter(s -> s.state() != CertificateState.VALID).toList();
    }

    public Standing find(CertificateId id) {
        SpecialOperationCertificate found = certificates.findById(id)
                .filter(c -> store.inScope(c.jurisdiction(), c.industry(), c.enterpriseId()))
                .orElseThrow(() -> new NotFoundException(SpecialOperationCertificate.ENTITY, id));
        return new Standing(found, found.stateOn(store.today(), defaultLeadDays));
    }
}
