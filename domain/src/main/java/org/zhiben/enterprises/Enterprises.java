package org.zhiben.enterprises;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhiben.shared.DataScope;

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

    /**
     * The enterprises inside {@code scope} whose name or unified social credit code contains {@code text} (ignoring
     * case), ordered by name, at most {@code limit} of them: what a person picking an enterprise by part of its name or
     * code is offered.
     */
    List<Enterprise> findByNameOrCreditCode(String text, DataScope scope, int limit);
}
