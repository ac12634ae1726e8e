package org.zhiben.training.web.admin;

/** The form to enter a training institution, or to record its re-check, as typed. */
public class InstitutionForm {

    private String name;
    private String jurisdiction;
    private String licenceNumber;
    private String approvedOn;
    private String recheckedOn;
    private String compliant;
    private String notes;
    private Long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public String getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(String approvedOn) {
        this.approvedOn = approvedOn;
    }

    public String getRecheckedOn() {
        return recheckedOn;
    }

    public void setRecheckedOn(String recheckedOn) {
        this.recheckedOn = recheckedOn;
    }

    public String getCompliant() {
        return compliant;
    }

    public void setCompliant(String compliant) {
        this.compliant = compliant;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
