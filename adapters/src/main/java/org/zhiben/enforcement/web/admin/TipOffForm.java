package org.zhiben.enforcement.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the intake form of a tip-off holds, as typed; shown again unchanged when it is refused. The enterprise is a
 * registered one picked by its credit code, or a name as the reporter gave it with the jurisdiction where it is. The
 * reporter's name and contact are optional (none: anonymous); they are never shown again on a refused form.
 */
public class TipOffForm {

    @NotBlank
    private String channel;
    @NotBlank
    @Size(max = 4000)
    private String matter;
    private String creditCode;
    @Size(max = 100)
    private String enterpriseQuery;
    @Size(max = 200)
    private String enterpriseName;
    private String jurisdiction;
    private boolean anonymous = true;
    private boolean insider;
    @Size(max = 100)
    private String reporterName;
    @Size(max = 200)
    private String reporterContact;

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getEnterpriseQuery() {
        return enterpriseQuery;
    }

    public void setEnterpriseQuery(String enterpriseQuery) {
        this.enterpriseQuery = enterpriseQuery;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public void setEnterpriseName(String enterpriseName) {
        this.enterpriseName = enterpriseName;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public boolean isInsider() {
        return insider;
    }

    public void setInsider(boolean insider) {
        this.insider = insider;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(String reporterName) {
        this.reporterName = reporterName;
    }

    public String getReporterContact() {
        return reporterContact;
    }

    public void setReporterContact(String reporterContact) {
        this.reporterContact = reporterContact;
    }

    @Override
    public String toString() {
        return "TipOffForm[channel=" + channel + ", anonymous=" + anonymous + "]";
    }
}
