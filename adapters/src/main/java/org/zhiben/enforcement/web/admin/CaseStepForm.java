package org.zhiben.enforcement.web.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a step form of a penalty case holds, as typed: every step uses the version it was shown with and the fields it
 * needs (the articles, band and measures; the outcome decided on the proposal and the reason; a date; the legal
 * review's opinion; the transfer's receiving organ and reason). Shown again unchanged when the step is refused.
 */
public class CaseStepForm {

    /** How many measure rows the basis form offers. */
    static final int MEASURE_ROWS = 4;

    private Long version;

    private List<String> articles = new ArrayList<>();

    private String band;

    @Valid
    private List<MeasureRow> measures = new ArrayList<>();

    @Size(max = 100)
    private String responsiblePerson;

    private String decided;

    private boolean fakeRectification;

    private boolean notRectifying;

    private boolean operatingAtRisk;

    @Size(max = 2000)
    private String reason;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;

    private Boolean approved;

    @Size(max = 2000)
    private String opinion;

    @Size(max = 200)
    private String receivingOrgan;

    /** A form with the empty measure rows the basis form offers. */
    static CaseStepForm blank(long version) {
        CaseStepForm form = new CaseStepForm();
        form.setVersion(version);
        form.fillRows();
        return form;
    }

    /** Adds empty measure rows up to the number the form offers. */
    void fillRows() {
        while (measures.size() < MEASURE_ROWS) {
            measures.add(new MeasureRow());
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<String> getArticles() {
        return articles;
    }

    public void setArticles(List<String> articles) {
        this.articles = articles == null ? new ArrayList<>() : articles;
    }

    public String getBand() {
        return band;
    }

    public void setBand(String band) {
        this.band = band;
    }

    public List<MeasureRow> getMeasures() {
        return measures;
    }

    public void setMeasures(List<MeasureRow> measures) {
        this.measures = measures == null ? new ArrayList<>() : measures;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public String getDecided() {
        return decided;
    }

    public void setDecided(String decided) {
        this.decided = decided;
    }

    public boolean isFakeRectification() {
        return fakeRectification;
    }

    public void setFakeRectification(boolean fakeRectification) {
        this.fakeRectification = fakeRectification;
    }

    public boolean isNotRectifying() {
        return notRectifying;
    }

    public void setNotRectifying(boolean notRectifying) {
        this.notRectifying = notRectifying;
    }

    public boolean isOperatingAtRisk() {
        return operatingAtRisk;
    }

    public void setOperatingAtRisk(boolean operatingAtRisk) {
        this.operatingAtRisk = operatingAtRisk;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public Boolean getApproved() {
        return approved;
    }

    public void setApproved(Boolean approved) {
        this.approved = approved;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getReceivingOrgan() {
        return receivingOrgan;
    }

    public void setReceivingOrgan(String receivingOrgan) {
        this.receivingOrgan = receivingOrgan;
    }
}
