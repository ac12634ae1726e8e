package org.zhiben.enforcement.web.admin;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a step form of a tip-off holds, as typed: the version it was shown with and the fields the step needs (the
 * unit, the verification, the hazard, the links, the reward, the payment, the typical case). Money is typed in yuan
 * (元) and kept in fen.
 */
public class TipOffStepForm {

    private Long version;
    @Size(max = 40)
    private String unit;
    private String result;
    @Size(max = 2000)
    private String note;
    @Size(max = 200)
    private String location;
    @Size(max = 2000)
    private String description;
    @Size(max = 40)
    private String standardCode;
    @Size(max = 20)
    private String clauseNumber;
    private UUID hazardId;
    private UUID caseId;
    private UUID firstId;
    private String basis;
    private String accidentClass;
    private Integer deaths;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;
    @Size(max = 100)
    private String reference;
    private BigDecimal amount;
    @Size(max = 200)
    private String title;
    @Size(max = 4000)
    private String account;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStandardCode() {
        return standardCode;
    }

    public void setStandardCode(String standardCode) {
        this.standardCode = standardCode;
    }

    public String getClauseNumber() {
        return clauseNumber;
    }

    public void setClauseNumber(String clauseNumber) {
        this.clauseNumber = clauseNumber;
    }

    public UUID getHazardId() {
        return hazardId;
    }

    public void setHazardId(UUID hazardId) {
        this.hazardId = hazardId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public void setCaseId(UUID caseId) {
        this.caseId = caseId;
    }

    public UUID getFirstId() {
        return firstId;
    }

    public void setFirstId(UUID firstId) {
        this.firstId = firstId;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getAccidentClass() {
        return accidentClass;
    }

    public void setAccidentClass(String accidentClass) {
        this.accidentClass = accidentClass;
    }

    public Integer getDeaths() {
        return deaths;
    }

    public void setDeaths(Integer deaths) {
        this.deaths = deaths;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }
}
