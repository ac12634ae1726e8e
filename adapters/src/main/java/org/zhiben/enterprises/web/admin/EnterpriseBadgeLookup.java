package org.zhiben.enterprises.web.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zhiben.enterprises.EnterpriseBadges;
import org.zhiben.enterprises.EnterpriseBadges.Badge;

/**
 * The badges of an enterprise as every page that shows the enterprise shows them (the fragment
 * {@code enterprises/badges :: badges(id)}): what every implementation of {@link EnterpriseBadges} gives, so the
 * enterprises module knows none of the modules that flag enterprises. Templates use it as {@code @enterpriseBadges}.
 */
@Component("enterpriseBadges")
public class EnterpriseBadgeLookup {

    private final List<EnterpriseBadges> sources;

    public EnterpriseBadgeLookup(List<EnterpriseBadges> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The badges of one enterprise; none for a null id. */
    public List<Badge> of(UUID enterpriseId) {
        if (enterpriseId == null) {
            return List.of();
        }
        return of(List.of(enterpriseId)).getOrDefault(enterpriseId, List.of());
    }

    /** The badges of each of the enterprises that have any. */
    public Map<UUID, List<Badge>> of(Collection<UUID> enterpriseIds) {
        Map<UUID, List<Badge>> all = new LinkedHashMap<>();
        for (EnterpriseBadges source : sources) {
            source.of(enterpriseIds).forEach((id, badges) -> all.computeIfAbsent(id, k -> new ArrayList<>())
                    .addAll(badges));
        }
        return all;
    }
}
