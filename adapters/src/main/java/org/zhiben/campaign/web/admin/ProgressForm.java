package org.zhiben.campaign.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.campaign.ProgressEntry;

/** What the progress form of a task holds, as typed; shown again unchanged when it is refused. */
public class ProgressForm {

    @NotBlank
    private String unit;
    private String milestoneCode;
    @NotBlank
    @Size(max = ProgressEntry.MAX_TEXT_LENGTH)
    private String text;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedOn;
    @Size(max = ProgressEntry.MAX_EVIDENCE_REFERENCE_LENGTH)
    private String evidenceReference;
    private boolean completesMilestone;
    private List<MultipartFile> files;

    public List<MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(List<MultipartFile> files) {
        this.files = files;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getMilestoneCode() {
        return milestoneCode;
    }

    public void setMilestoneCode(String milestoneCode) {
        this.milestoneCode = milestoneCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    public String getEvidenceReference() {
        return evidenceReference;
    }

    public void setEvidenceReference(String evidenceReference) {
        this.evidenceReference = evidenceReference;
    }

    public boolean isCompletesMilestone() {
        return completesMilestone;
    }

    public void setCompletesMilestone(boolean completesMilestone) {
        this.completesMilestone = completesMilestone;
    }
}
