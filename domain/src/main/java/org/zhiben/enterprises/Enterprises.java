package org.zhiben.enterprises;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The register of enterprises (port). */
public interface Enterprises {

    /**
     * Stores a new or changed enterprise and returns it as stored, carrying the version the store assigned
     * (a new enterprise is stored at version 0; every later save adds one).
     */
    Enterprise save(Enterprise enterprise);

    Optional<Enterprise> findById(EnterpriseId id);

    Optional<Enterprise> findByCreditCode(UnifiedSocialCreditCode creditCode);

    /** The stored enterprises among the given credit codes, by credit code; codes not stored are absent. */
    Map<UnifiedSocialCreditCode, Enterprise> findByCreditCodes(Collection<UnifiedSocialCreditCode> creditCodes);

    /** The enterprises meeting the criteria, ordered by name, one page of them. */
    Page<Enterprise> search(EnterpriseSearch criteria);
}
