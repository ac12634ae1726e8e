package org.zhiben.enforcement.web.admin;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a form of the serious-dishonesty list holds, as typed: to start a listing, the decided case, the situation
 * (one of the nine), the person listed with the enterprise and the day of the notice; for the later steps, the version
 * the listing was shown with, a date, whether the conditions of early removal are met, or the reason of a revocation.
 */
public class ListingForm {

    private String caseId;

    private String situation;

    @Size(max = 100)
    private String personName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;

    private Long version;

    private boolean conditionsMet;

    @Size(max = 2000)
    private String reason;

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isConditionsMet() {
        return conditionsMet;
    }

    public void setConditionsMet(boolean conditionsMet) {
        this.conditionsMet = conditionsMet;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
