package org.zhiben.enterprises;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The register of enterprises as other modules may read it (read-only query port). Changes go through the module's
 * use cases, which store through its internal {@link org.zhiben.enterprises.storage.EnterpriseStore}.
 */
public interface Enterprises {

    Optional<Enterprise> findById(EnterpriseId id);

    Optional<Enterprise> findByCreditCode(UnifiedSocialCreditCode creditCode);

    /** The stored enterprises among the given credit codes, by credit code; codes not stored are absent. */
    Map<UnifiedSocialCreditCode, Enterprise> findByCreditCodes(Collection<UnifiedSocialCreditCode> creditCodes);

    /** The enterprises meeting the criteria, ordered by name, one page of them. */
    Page<Enterprise> search(EnterpriseSearch criteria);
}
