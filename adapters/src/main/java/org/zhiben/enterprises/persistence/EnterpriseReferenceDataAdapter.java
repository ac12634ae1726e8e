package org.zhiben.enterprises.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Industry;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The jurisdictions and industries as the organisation module knows them. They are reference data that changes only
 * when the plan is reloaded at start-up, and a bulk import asks about them for every row, so they are read once and
 * kept for a minute.
 */
@Component
class EnterpriseReferenceDataAdapter implements EnterpriseReferenceData {

    private static final Duration FRESHNESS = Duration.ofMinutes(1);

    private final Jurisdictions jurisdictions;
    private final Industries industries;
    private final Clock clock;
    private volatile Snapshot snapshot;

    EnterpriseReferenceDataAdapter(Jurisdictions jurisdictions, Industries industries, Clock clock) {
        this.jurisdictions = jurisdictions;
        this.industries = industries;
        this.clock = clock;
    }

    @Override
    public boolean jurisdictionExists(JurisdictionCode jurisdiction) {
        return snapshot().jurisdictions().contains(jurisdiction);
    }

    @Override
    public boolean industryExists(IndustryCode industry) {
        return snapshot().industries().containsKey(industry);
    }

    @Override
    public boolean isHighRisk(IndustryCode industry) {
        Industry known = snapshot().industries().get(industry);
        return known != null && known.highRisk();
    }

    @Override
    public Optional<JurisdictionCode> jurisdictionNamed(String name) {
        return Optional.ofNullable(snapshot().jurisdictionsByName().get(name.strip()));
    }

    @Override
    public Optional<IndustryCode> industryNamed(String name) {
        return Optional.ofNullable(snapshot().industriesByName().get(name.strip()));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(FRESHNESS).isBefore(now)) {
            List<Jurisdiction> allJurisdictions = jurisdictions.findAll();
            List<Industry> allIndustries = industries.findAll();
            Map<String, JurisdictionCode> jurisdictionsByName = new HashMap<>();
            allJurisdictions.forEach(j -> {
                jurisdictionsByName.putIfAbsent(j.name(), j.code());
                jurisdictionsByName.putIfAbsent(j.nameEn(), j.code());
            });
            Map<String, IndustryCode> industriesByName = new HashMap<>();
            allIndustries.forEach(i -> {
                industriesByName.putIfAbsent(i.name(), i.code());
                industriesByName.putIfAbsent(i.nameEn(), i.code());
            });
            current = new Snapshot(now,
                    allJurisdictions.stream().map(Jurisdiction::code).collect(Collectors.toUnmodifiableSet()),
                    allIndustries.stream().collect(Collectors.toUnmodifiableMap(Industry::code, Function.identity())),
                    Map.copyOf(jurisdictionsByName), Map.copyOf(industriesByName));
            snapshot = current;
        }
        return current;
    }

    private record Snapshot(Instant readAt, Set<JurisdictionCode> jurisdictions,
            Map<IndustryCode, Industry> industries, Map<String, JurisdictionCode> jurisdictionsByName,
            Map<String, IndustryCode> industriesByName) {
    }
}
