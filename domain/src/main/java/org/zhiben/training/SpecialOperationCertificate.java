package org.zhiben.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.StaleVersionException;

/**
 * A special-operation certificate (特种作业操作证) of a worker of an enterprise (task 7: "全面落实特种作业人员持证上岗，
 * 督促企业严格电气焊作业等特种作业人员管理，健全完善特种作业人员档案"): the holder (masked, {@link Trainee}), the
 * operation type, the certificate number, the issue and expiry dates and the review dates (复审).
 * <p>
 * Expiry alert: a certificate is listed as expiring from {@code leadDays} days before its expiry date (60 by default,
 * configurable), it is valid through its expiry date, and expired from the day after.
 */
public record SpecialOperationCertificate(CertificateId id, UUID enterpriseId, JurisdictionCode jurisdiction,
        IndustryCode industry, Trainee holder, OperationType operationType, String number, LocalDate issuedOn,
        LocalDate expiresOn, LocalDate lastReviewedOn, LocalDate nextReviewOn, Instant recordedAt, String recordedBy,
        long version) {

    public static final String ENTITY = "SpecialOperationCertificate";

    public SpecialOperationCertificate {
        Require.notNull(id, "id");
        Require.notNull(enterpriseId, "enterpriseId");
        Require.notNull(jurisdiction, "jurisdiction");
        Require.notNull(holder, "holder");
        Require.notNull(operationType, "operationType");
        number = Require.maxLength(Require.notBlank(number, "number").strip(), 60, "number");
        Require.notNull(issuedOn, "issuedOn");
        Require.notNull(expiresOn, "expiresOn");
        if (!expiresOn.isAfter(issuedOn)) {
            throw new InvalidValueException("expiresOn", "training.certificate.expiry-before-issue",
                    "a certificate expires after the day it is issued", issuedOn, expiresOn);
        }
        if (lastReviewedOn != null && (lastReviewedOn.isBefore(issuedOn) || lastReviewedOn.isAfter(expiresOn))) {
            throw new InvalidValueException("lastReviewedOn", "training.certificate.review-outside-validity",
                    "a review takes place while the certificate is valid", lastReviewedOn);
        }
        if (nextReviewOn != null && (nextReviewOn.isBefore(issuedOn) || nextReviewOn.isAfter(expiresOn))) {
            throw new InvalidValueException("nextReviewOn", "training.certificate.review-outside-validity",
                    "a review takes place while the certificate is valid", nextReviewOn);
        }
        Require.notNull(recordedAt, "recordedAt");
        Require.notBlank(recordedBy, "recordedBy");
    }

    /** How the certificate stands on {@code today} with an alert {@code leadDays} ahead of its expiry. */
    public CertificateState stateOn(LocalDate today, int leadDays) {
        if (leadDays < 0) {
            throw new InvalidValueException("leadDays", "training.certificate.lead-days-invalid",
                    "the lead time is zero or more days", leadDays);
        }
        if (today.isAfter(expiresOn)) {
            return CertificateState.EXPIRED;
        }
        return today.isBefore(expiresOn.minusDays(leadDays)) ? CertificateState.VALID : CertificateState.EXPIRING;
    }

    /**
     * The certificate corrected at the version the editor read: the holder, operation type, number, dates and review
     * dates change; the enterprise it belongs to, who registered it and when do not. The same rules as a new
     * certificate hold.
     */
    public SpecialOperationCertificate revise(long expectedVersion, Trainee newHolder, OperationType newType,
            String newNumber, LocalDate newIssuedOn, LocalDate newExpiresOn, LocalDate newLastReviewedOn,
            LocalDate newNextReviewOn) {
        if (version != expectedVersion) {
            throw new StaleVersionException(ENTITY, id, expectedVersion, version);
        }
        return new SpecialOperationCertificate(id, enterpriseId, jurisdiction, industry, newHolder, newType, newNumber,
                newIssuedOn, newExpiresOn, newLastReviewedOn, newNextReviewOn, recordedAt, recordedBy, version);
    }

    public SpecialOperationCertificate asStored(long storedVersion) {
        return new SpecialOperationCertificate(id, enterpriseId, jurisdiction, industry, holder, operationType, number,
                issuedOn, expiresOn, lastReviewedOn, nextReviewOn, recordedAt, recordedBy, storedVersion);
    }
}
