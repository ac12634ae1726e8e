package org.zhiben.reporting.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnits;
import org.zhiben.reporting.OrganizationReportingUnits;
import org.zhiben.reporting.ReportingUnit;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.shared.UnitCode;

/** The reporting units derived from the organisation data as it is now ({@link OrganizationReportingUnits}). */
@Component
class ReportingUnitsAdapter implements ReportingUnits {

    private final Jurisdictions jurisdictions;
    private final MemberUnits memberUnits;
    private final Industries industries;

    ReportingUnitsAdapter(Jurisdictions jurisdictions, MemberUnits memberUnits, Industries industries) {
        this.jurisdictions = jurisdictions;
        this.memberUnits = memberUnits;
        this.industries = industries;
    }

    private OrganizationReportingUnits current() {
        return new OrganizationReportingUnits(jurisdictions.findAll(), memberUnits.findAll(), industries.findAll());
    }

    @Override
    public List<ReportingUnit> findAll() {
        return current().findAll();
    }

    @Override
    public Optional<ReportingUnit> findByCode(UnitCode code) {
        return current().findByCode(code);
    }
}
