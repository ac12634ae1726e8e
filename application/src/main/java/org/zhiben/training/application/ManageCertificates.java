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
    public static final String REVISED = "certificate.revised";

    /** A correction of a certificate at the version the editor read, with the reason for it. */
    public record Revision(CertificateId id, long expectedVersion, Trainee holder, OperationType operationType,
            String number, LocalDate issuedOn, LocalDate expiresOn, LocalDate lastReviewedOn, LocalDate nextReviewOn,
            String reason) {

        public Revision {
            Require.notNull(id, "id");
            Require.notNull(holder, "holder");
            Require.notNull(operationType, "operationType");
        }
    }

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

    /**
     * Corrects a certificate of the caller's data scope (one outside it does not exist for them, 404) at the version
     * the editor read (412 when it changed meanwhile), under the same rules as registering it (a number is registered
     * once); the enterprise it belongs to stays. Audited with the reason and the fields that changed (the holder only
     * as "corrected").
     */
    public SpecialOperationCertificate revise(Revision revision) {
        String reason = TrainingStore.reason(revision.reason());
        SpecialOperationCertificate current = find(revision.id()).certificate();
        SpecialOperationCertificate revised = current.revise(revision.expectedVersion(), revision.holder(),
                revision.operationType(), revision.number(), revision.issuedOn(), revision.expiresOn(),
                revision.lastReviewedOn(), revision.nextReviewOn());
        if (!revised.number().equals(current.number()) && certificates.findByNumber(revised.number())
                .filter(other -> !other.id().equals(current.id())).isPresent()) {
            throw new RuleViolationException("training.certificate.number-taken",
                    "a certificate of this number is registered already", revised.number());
        }
        SpecialOperationCertificate stored = revised.asStored(certificates.update(revised));
        store.audit(SpecialOperationCertificate.ENTITY, stored.id(), REVISED, reason, changes(current, stored));
        return stored;
    }

    private static String changes(SpecialOperationCertificate before, SpecialOperationCertificate after) {
        java.util.List<String> changed = new java.util.ArrayList<>();
        if (!before.holder().equals(after.holder())) {
            changed.add("holder=corrected");
        }
        if (before.operationType() != after.operationType()) {
            changed.add("operationType=" + before.operationType() + "->" + after.operationType());
        }
        if (!before.number().equals(after.number())) {
            changed.add("number=" + before.number() + "->" + after.number());
        }
        change(changed, "issuedOn", before.issuedOn(), after.issuedOn());
        change(changed, "expiresOn", before.expiresOn(), after.expiresOn());
        change(changed, "lastReviewedOn", before.lastReviewedOn(), after.lastReviewedOn());
        change(changed, "nextReviewOn", before.nextReviewOn(), after.nextReviewOn());
        return changed.isEmpty() ? null : String.join(";", changed);
    }

    private static void change(java.util.List<String> changed, String field, LocalDate before, LocalDate after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.add(field + "=" + (before == null ? "" : before) + "->" + (after == null ? "" : after));
        }
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
