package org.zhiben.organization.application;

import java.util.List;
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
import org.zhiben.shared.UnitCode;

/** In-memory fakes of the organisation's reference-data ports. */
final class InMemoryOrganization {

    private InMemoryOrganization() {
    }

    record InMemoryJurisdictions(List<Jurisdiction> all) implements Jurisdictions {

        @Override
        public List<Jurisdiction> findAll() {
            return all;
        }

        @Override
        public Optional<Jurisdiction> findByCode(JurisdictionCode code) {
            return all.stream().filter(jurisdiction -> jurisdiction.code().equals(code)).findFirst();
        }
    }

    record InMemoryMemberUnits(List<MemberUnit> all) implements MemberUnits {

        @Override
        public List<MemberUnit> findAll() {
            return all;
        }

        @Override
        public Optional<MemberUnit> findByCode(UnitCode code) {
            return all.stream().filter(unit -> unit.code().equals(code)).findFirst();
        }

        @Override
        public List<MemberUnit> findByKind(UnitKind kind) {
            return all.stream().filter(unit -> unit.kind() == kind).toList();
        }
    }

    record InMemoryIndustries(List<Industry> all) implements Industries {

        @Override
        public List<Industry> findAll() {
            return all;
        }

        @Override
        public Optional<Industry> findByCode(IndustryCode code) {
            return all.stream().filter(industry -> industry.code().equals(code)).findFirst();
        }
    }
}
