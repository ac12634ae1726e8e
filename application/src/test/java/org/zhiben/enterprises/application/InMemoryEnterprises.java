package org.zhiben.enterprises.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.Page;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.StaleVersionException;

/** Stores copies, so callers only see their changes once saved; every save of a stored enterprise adds a version. */
class InMemoryEnterprises implements EnterpriseStore {

    private final Map<EnterpriseId, Enterprise> stored = new LinkedHashMap<>();
    int saves;

    @Override
    public Enterprise save(Enterprise enterprise) {
        Enterprise previous = stored.get(enterprise.id());
        long version = 0;
        if (previous != null) {
            if (previous.version() != enterprise.version()) {
                throw new StaleVersionException("enterprise", enterprise.id(), enterprise.version(),
                        previous.version());
            }
            version = previous.version() + 1;
        }
        Enterprise copy = Enterprise.reconstitute(enterprise.id(), enterprise.creditCode(), enterprise.profile(),
                version);
        stored.put(copy.id(), copy);
        saves++;
        return copy(copy);
    }

    @Override
    public Optional<Enterprise> findById(EnterpriseId id) {
        return Optional.ofNullable(stored.get(id)).map(InMemoryEnterprises::copy);
    }

    @Override
    public Optional<Enterprise> findByCreditCode(UnifiedSocialCreditCode creditCode) {
        return stored.values().stream().filter(e -> e.creditCode().equals(creditCode)).findFirst()
                .map(InMemoryEnterprises::copy);
    }

    @Override
    public Map<UnifiedSocialCreditCode, Enterprise> findByCreditCodes(Collection<UnifiedSocialCreditCode> codes) {
        Map<UnifiedSocialCreditCode, Enterprise> found = new LinkedHashMap<>();
        stored.values().stream().filter(e -> codes.contains(e.creditCode()))
                .forEach(e -> found.put(e.creditCode(), copy(e)));
        return found;
    }

    @Override
    public Page<Enterprise> search(EnterpriseSearch criteria) {
        List<Enterprise> matches = stored.values().stream().filter(criteria::matches)
                .sorted(Comparator.comparing(Enterprise::name)).toList();
        List<Enterprise> page = matches.stream().skip((long) criteria.page() * criteria.size())
                .limit(criteria.size()).map(InMemoryEnterprises::copy).toList();
        return new Page<>(page, matches.size(), criteria.page(), criteria.size());
    }

    private static Enterprise copy(Enterprise e) {
        return Enterprise.reconstitute(e.id(), e.creditCode(), e.profile(), e.version());
    }

    @Override
    public List<Enterprise> findByNameOrCreditCode(String text, org.zhiben.shared.DataScope scope, int limit) {
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        return stored.values().stream()
                .filter(e -> scope.permits(e.jurisdiction(), e.industry(), e.id().value()))
                .filter(e -> e.name().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                        || e.creditCode().value().toLowerCase(java.util.Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing(Enterprise::name)).limit(limit).map(InMemoryEnterprises::copy).toList();
    }
}
