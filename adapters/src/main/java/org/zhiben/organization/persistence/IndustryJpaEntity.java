package org.zhiben.organization.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code organization.industry}; reference data. */
@Entity
@Immutable
@Table(schema = "organization", name = "industry")
class IndustryJpaEntity {

    @Id
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "high_risk")
    private boolean highRisk;
    @Column(name = "competent_unit")
    private String competentUnit;
    @Column(name = "supervising_unit")
    private String supervisingUnit;
    private String source;
    private String notes;
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

    public boolean isHighRisk() {
        return highRisk;
    }

    public String getCompetentUnit() {
        return competentUnit;
    }

    public String getSupervisingUnit() {
        return supervisingUnit;
    }

    public String getSource() {
        return source;
    }

    public String getNotes() {
        return notes;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
