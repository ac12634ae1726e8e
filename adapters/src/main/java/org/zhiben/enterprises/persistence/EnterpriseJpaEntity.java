package org.zhiben.enterprises.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code enterprises.enterprise}. The id is assigned by the application (not by the database), so that new
 * rows can be inserted in JDBC batches.
 */
@Entity
@Table(schema = "enterprises", name = "enterprise")
class EnterpriseJpaEntity {

    @Id
    private UUID id;
    @Column(name = "credit_code", nullable = false, updatable = false)
    private String creditCode;
    private String name;
    @Column(name = "jurisdiction_code")
    private String jurisdictionCode;
    @Column(name = "industry_code")
    private String industryCode;
    @Column(name = "high_risk")
    private boolean highRisk;
    private String address;
    @Column(name = "principal_name")
    private String principalName;
    @Column(name = "principal_phone")
    private String principalPhone;
    @Column(name = "principal_email")
    private String principalEmail;
    @Column(name = "controller_name")
    private String controllerName;
    @Column(name = "controller_phone")
    private String controllerPhone;
    @Column(name = "controller_email")
    private String controllerEmail;
    @Column(name = "standardisation_grade")
    private String standardisationGrade;
    private String status;
    @Column(name = "hospital_grade")
    private String hospitalGrade = "NONE";
    @Column(name = "key_cultural_relic_unit")
    private boolean keyCulturalRelicUnit;
    @Column(name = "large_commercial_complex")
    private boolean largeCommercialComplex;
    @Column(name = "fire_safety_name")
    private String fireSafetyName;
    @Column(name = "fire_safety_phone")
    private String fireSafetyPhone;
    /** Null until first stored, so that Hibernate knows a new row without asking the database. */
    @Version
    private Long version;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected EnterpriseJpaEntity() {
    }

    EnterpriseJpaEntity(UUID id, String creditCode, Instant createdAt) {
        this.id = id;
        this.creditCode = creditCode;
        this.createdAt = createdAt;
    }

    /** Sets the training-focus attributes; see {@link EnterpriseMapper#copyProfile}. */
    void setFocus(String hospitalGrade, boolean keyCulturalRelicUnit, boolean largeCommercialComplex,
            String fireSafetyName, String fireSafetyPhone) {
        this.hospitalGrade = hospitalGrade;
        this.keyCulturalRelicUnit = keyCulturalRelicUnit;
        this.largeCommercialComplex = largeCommercialComplex;
        this.fireSafetyName = fireSafetyName;
        this.fireSafetyPhone = fireSafetyPhone;
    }

    String getHospitalGrade() {
        return hospitalGrade;
    }

    boolean isKeyCulturalRelicUnit() {
        return keyCulturalRelicUnit;
    }

    boolean isLargeCommercialComplex() {
        return largeCommercialComplex;
    }

    String getFireSafetyName() {
        return fireSafetyName;
    }

    String getFireSafetyPhone() {
        return fireSafetyPhone;
    }

    /** Sets every attribute that may change; see {@link EnterpriseMapper#copyProfile}. */
    void setProfile(String name, String jurisdictionCode, String industryCode, boolean highRisk, String address,
            String principalName, String principalPhone, String principalEmail, String controllerName,
            String controllerPhone, String controllerEmail, String standardisationGrade, String status,
            Instant updatedAt) {
        this.name = name;
        this.jurisdictionCode = jurisdictionCode;
        this.industryCode = industryCode;
        this.highRisk = highRisk;
        this.address = address;
        this.principalName = principalName;
        this.principalPhone = principalPhone;
        this.principalEmail = principalEmail;
        this.controllerName = controllerName;
        this.controllerPhone = controllerPhone;
        this.controllerEmail = controllerEmail;
        this.standardisationGrade = standardisationGrade;
        this.status = status;
        this.updatedAt = updatedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getName() {
        return name;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public boolean isHighRisk() {
        return highRisk;
    }

    public String getAddress() {
        return address;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public String getPrincipalPhone() {
        return principalPhone;
    }

    public String getControllerName() {
        return controllerName;
    }

    public String getControllerPhone() {
        return controllerPhone;
    }

    public String getPrincipalEmail() {
        return principalEmail;
    }

    public String getControllerEmail() {
        return controllerEmail;
    }

    public String getStandardisationGrade() {
        return standardisationGrade;
    }

    public String getStatus() {
        return status;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
