package org.zhiben.identity.persistence;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhiben.identity.UnitIndustries;
import org.zhiben.organization.Industries;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.UnitCode;

/**
 * “管行业必须管安全”: the industries a unit is answerable for are those whose competent or supervising unit it is, as the
 * organisation module's reference data says.
 */
@Component
class UnitIndustriesAdapter implements UnitIndustries {

    private final Industries industries;

    UnitIndustriesAdapter(Industries industries) {
        this.industries = industries;
    }

    @Override
    public Set<IndustryCode> industriesOf(UnitCode unit) {
        if (unit == null) {
            return Set.of();
        }
        return industries.findAll().stream()
                .filter(i -> unit.equals(i.competentUnit()) || unit.equals(i.supervisingUnit()))
                .map(i -> i.code())
                .collect(Collectors.toUnmodifiableSet());
    }
}
