package org.zhiben.training.web.admin;

/** The form to record a drill, as typed; the page converts it and marks every wrong field. */
public class DrillForm {

    private String enterpriseId;
    private String enterpriseQuery;
    private String heldOn;
    private String scope;
    private String participantCount;
    private String participants;
    private String findings;

    public String getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(String enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getEnterpriseQuery() {
        return enterpriseQuery;
    }

    public void setEnterpriseQuery(String enterpriseQuery) {
        this.enterpriseQuery = enterpriseQuery;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getParticipantCount() {
        return participantCount;
    }

    public void setParticipantCount(String participantCount) {
        this.participantCount = participantCount;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
