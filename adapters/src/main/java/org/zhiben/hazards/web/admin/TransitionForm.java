package org.zhiben.hazards.web.admin;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a transition form of a hazard holds, as typed: every move uses the version it was shown with and the fields it
 * needs (the rectification plan's five items, the evidence, a new deadline, a listing...). Shown again unchanged when
 * the move is refused. Funds are typed in yuan (元) and kept in fen by the domain.
 */
public class TransitionForm {

    private Long version;

    @Size(max = 2000)
    private String reason;

    private String clause;

    @Size(max = 100)
    private String responsiblePerson;

    @Size(max = 2000)
    private String measures;

    @DecimalMin("0")
    private BigDecimal funds;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    @Size(max = 2000)
    private String contingencyPlan;

    @Size(max = 2000)
    private String evidence;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newDeadline;

    private Boolean approved;

    private String level;

    private String supervisingUnit;

    private String responsibleUnit;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate listedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate removedOn;

    private List<MultipartFile> files;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getClause() {
        return clause;
    }

    public void setClause(String clause) {
        this.clause = clause;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public BigDecimal getFunds() {
        return funds;
    }

    public void setFunds(BigDecimal funds) {
        this.funds = funds;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getContingencyPlan() {
        return contingencyPlan;
    }

    public void setContingencyPlan(String contingencyPlan) {
        this.contingencyPlan = contingencyPlan;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }

    public Boolean getApproved() {
        return approved;
    }

    public void setApproved(Boolean approved) {
        this.approved = approved;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getSupervisingUnit() {
        return supervisingUnit;
    }

    public void setSupervisingUnit(String supervisingUnit) {
        this.supervisingUnit = supervisingUnit;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public void setResponsibleUnit(String responsibleUnit) {
        this.responsibleUnit = responsibleUnit;
    }

    public LocalDate getListedOn() {
        return listedOn;
    }

    public void setListedOn(LocalDate listedOn) {
        this.listedOn = listedOn;
    }

    public LocalDate getRemovedOn() {
        return removedOn;
    }

    public void setRemovedOn(LocalDate removedOn) {
        this.removedOn = removedOn;
    }

    public List<MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(List<MultipartFile> files) {
        this.files = files;
    }
}
