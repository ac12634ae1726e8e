package org.zhiben.hazards.persistence;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.hazards.StandardApplicabilities;
import org.zhiben.hazards.StandardApplicability;
import org.zhiben.shared.IndustryCode;

/**
 * The plan's mapping of standard clause groups to industries, as {@link ShippedStandardsMigration} stored it. Every
 * determination asks for it, so each standard's mapping is kept in memory once read, with the revision of the
 * standards ({@link StandardsRevision}) it was read at: a read costs one look at the revision, and when the revision
 * has moved (the mapping written again by the migration of another instance, or changed by hand in SQL) every
 * mapping is read anew. The revision is read before the rows, in the same transaction, so a mapping changed in
 * between moves it again.
 */
@Component
@Transactional(readOnly = true)
class StandardApplicabilitiesAdapter implements StandardApplicabilities {

    private final JdbcClient jdbc;
    private final StandardsRevision revision;
    /** The mappings read so far (by standard code), with the revision they were read at. */
    private volatile Known known = new Known(Long.MIN_VALUE, new ConcurrentHashMap<>());

    private record Known(long revision, Map<String, StandardApplicability> byStandard) {
    }

    StandardApplicabilitiesAdapter(JdbcClient jdbc, StandardsRevision revision) {
        this.jdbc = jdbc;
        this.revision = revision;
    }

    @Override
    public StandardApplicability of(String standardCode) {
        long now = revision.current();
        Known current = known;
        if (current.revision() != now) {
            current = new Known(now, new ConcurrentHashMap<>());
            known = current;
        }
        StandardApplicability kept = current.byStandard().get(standardCode);
        if (kept != null) {
            return kept;
        }
        StandardApplicability applicability = load(standardCode);
        current.byStandard().putIfAbsent(standardCode, applicability);
        return applicability;
    }

    private StandardApplicability load(String standardCode) {
        Map<IndustryCode, Set<String>> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT industry_code, grp FROM hazards.standard_group_industry WHERE standard_code = ? "
                        + "ORDER BY industry_code, grp")
                .param(standardCode)
                .query((rs, n) -> groups.computeIfAbsent(IndustryCode.of(rs.getString("industry_code")),
                        k -> new LinkedHashSet<>()).add(rs.getString("grp")))
                .list();
        return new StandardApplicability(standardCode, groups);
    }
}
