package org.zhiben.organization.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;

/** A row of {@code organization.unit} with its leading-group roles; reference data. */
@Entity
@Immutable
@Table(schema = "organization", name = "unit")
class UnitJpaEntity {

    @Id
    private String code;
    private String name;
    @Column(name = "short_name")
    private String shortName;
    @Column(name = "name_en")
    private String nameEn;
    private String kind;
    @Column(name = "member_of_committee")
    private boolean memberOfCommittee;
    @Column(name = "hosted_by")
    private String hostedBy;
    @Column(name = "jurisdiction_code")
    private String jurisdictionCode;
    @Column(name = "sort_order")
    private int sortOrder;

    // the roles of all units read together come in one query, not one per unit
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(schema = "organization", name = "unit_leading_group_role", joinColumns = @JoinColumn(name = "unit_code"))
    @Column(name = "role")
    private Set<String> leadingGroupRoles = new HashSet<>();

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getKind() {
        return kind;
    }

    public boolean isMemberOfCommittee() {
        return memberOfCommittee;
    }

    public String getHostedBy() {
        return hostedBy;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Set<String> getLeadingGroupRoles() {
        return leadingGroupRoles;
    }
}
