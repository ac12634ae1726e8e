package org.zhiben.organization.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Industry;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.UnitKind;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/** Browses the organisation of the campaign: jurisdictions, member units and industries. */
public class BrowseOrganization {

    private final Jurisdictions jurisdictions;
    private final MemberUnits memberUnits;
    private final Industries industries;

    public BrowseOrganization(Jurisdictions jurisdictions, MemberUnits memberUnits, Industries industries) {
        this.jurisdictions = Objects.requireNonNull(jurisdictions, "jurisdictions");
        this.memberUnits = Objects.requireNonNull(memberUnits, "memberUnits");
        this.industries = Objects.requireNonNull(industries, "industries");
    }

    /** Every jurisdiction, the prefecture first. */
    public List<Jurisdiction> jurisdictions() {
        return jurisdictions.findAll();
    }

    /** @throws NotFoundException when no jurisdiction has the code */
    public Jurisdiction jurisdiction(JurisdictionCode code) {
        Require.notNull(code, "code");
        return jurisdictions.findByCode(code).orElseThrow(() -> new NotFoundException("jurisdiction", code));
    }

    /** The units of the given kind, or every unit when no kind is given. */
    public List<MemberUnit> units(Optional<UnitKind> kind) {
        Require.notNull(kind, "kind");
        return kind.map(memberUnits::findByKind).orElseGet(memberUnits::findAll);
    }

    /** @throws NotFoundException when no unit has the code */
    public MemberUnit unit(UnitCode code) {
        Require.notNull(code, "code");
        return memberUnits.findByCode(code).orElseThrow(() -> new NotFoundException("unit", code));
    }

    public List<Industry> industries() {
        return industries.findAll();
    }

    /** @throws NotFoundException when no industry has the code */
    public Industry industry(IndustryCode code) {
        Require.notNull(code, "code");
        return industries.findByCode(code).orElseThrow(() -> new NotFoundException("industry", code));
    }
}
