package org.zhiben.organization.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code organization.jurisdiction}; reference data, written only by the plan loader. */
@Entity
@Immutable
@Table(schema = "organization", name = "jurisdiction")
class JurisdictionJpaEntity {

    @Id
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    private String kind;
    @Column(name = "parent_code")
    private String parentCode;
    @Column(name = "sort_order")
    private int sortOrder;

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getKind() {
        return kind;
    }

    public String getParentCode() {
        return parentCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
