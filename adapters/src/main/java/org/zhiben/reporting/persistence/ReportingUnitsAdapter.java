package org.zhiben.reporting.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.OrganizationRevision;
import org.zhiben.reporting.OrganizationReportingUnits;
import org.zhiben.reporting.ReportingUnit;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.shared.UnitCode;

/**
 * The reporting units derived from the organisation data ({@link OrganizationReportingUnits}), kept in memory until
 * the organisation data changes ({@link OrganizationRevision}): a read costs one look at the revision, not a read of
 * every jurisdiction, unit and industry.
 */
@Component
@Transactional(readOnly = true)
class ReportingUnitsAdapter implements ReportingUnits {

    private record Derived(long revision, OrganizationReportingUnits units) {
    }

    private final Jurisdictions jurisdictions;
    private final MemberUnits memberUnits;
    private final Industries industries;
    private final OrganizationRevision revision;
    private volatile Derived derived;

    ReportingUnitsAdapter(Jurisdictions jurisdictions, MemberUnits memberUnits, Industries industries,
            OrganizationRevision revision) {
        this.jurisdictions = jurisdictions;
        this.memberUnits = memberUnits;
        this.industries = industries;
        this.revision = revision;
    }

    private OrganizationReportingUnits current() {
        long now = revision.current();
        Derived known = derived;
        if (known == null || known.revision() != now) {
            // the revision is read first: data read after it is at least as new, and a change made in between
            // moves the revision again, so the next read derives the units anew
            known = new Derived(now, new OrganizationReportingUnits(jurisdictions.findAll(), memberUnits.findAll(),
                    industries.findAll()));
            derived = known;
        }
        return known.units();
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
