package org.zhiben.hazards.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the report form of a hazard holds, as typed; shown again unchanged when it is refused. */
public class ReportForm {

    /** The credit code of the enterprise picked (checked by the page: none picked is refused on this field). */
    private String creditCode;
    /** What was typed into the enterprise picker: part of a name or credit code. */
    @Size(max = 100)
    private String enterpriseQuery;
    @NotBlank
    @Size(max = 200)
    private String location;
    @NotBlank
    @Size(max = 2000)
    private String description;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate discoveredOn;
    @NotBlank
    private String channel;
    @NotBlank
    @Size(max = 100)
    private String sourceReference;
    /** {@code standardCode|clauseNumber}, or empty for a general hazard. */
    private String clause;

    /** Photos taken when the hazard was found (现场照片), optional. */
    private java.util.List<org.springframework.web.multipart.MultipartFile> files;

    public java.util.List<org.springframework.web.multipart.MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(java.util.List<org.springframework.web.multipart.MultipartFile> files) {
        this.files = files;
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

    public LocalDate getDiscoveredOn() {
        return discoveredOn;
    }

    public void setDiscoveredOn(LocalDate discoveredOn) {
        this.discoveredOn = discoveredOn;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public void setSourceReference(String sourceReference) {
        this.sourceReference = sourceReference;
    }

    public String getClause() {
        return clause;
    }

    public void setClause(String clause) {
        this.clause = clause;
    }
}
