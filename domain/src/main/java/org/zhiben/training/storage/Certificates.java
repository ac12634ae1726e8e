package org.zhiben.training.storage;

import java.util.List;
import java.util.Optional;
import org.zhiben.shared.DataScope;
import org.zhiben.training.CertificateId;
import org.zhiben.training.SpecialOperationCertificate;

/** Where special-operation certificates are kept (the module's write port). */
public interface Certificates {

    /** Stores a new certificate; returns the version stored. */
    long save(SpecialOperationCertificate certificate);

    /**
     * Stores a change of a certificate loaded at {@code certificate.version()}; returns the version stored, or refuses
     * with {@link org.zhiben.shared.StaleVersionException} when it was changed meanwhile.
     */
    long update(SpecialOperationCertificate certificate);

    Optional<SpecialOperationCertificate> findById(CertificateId id);

    Optional<SpecialOperationCertificate> findByNumber(String number);

    /** The stored certificates of the given numbers (an import looks up one batch of rows at a time). */
    List<SpecialOperationCertificate> withNumbers(java.util.Collection<String> numbers);

    /** The certificates inside the scope, the earliest expiry first. */
    List<SpecialOperationCertificate> search(DataScope scope);
}
