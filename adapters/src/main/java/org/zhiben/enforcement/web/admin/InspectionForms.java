package org.zhiben.enforcement.web.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the inspection pages, as typed; shown again unchanged when refused. */
final class InspectionForms {

    private InspectionForms() {
    }

    /** Recording an inspection: the enterprise picked, the date, the method and the inspectors chosen. */
    public static class RecordForm {

        /** The credit code of the enterprise picked (checked by the page: none picked is refused on this field). */
        private String creditCode;
        @Size(max = 100)
        private String enterpriseQuery;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate inspectedOn;
        @NotBlank
        private String method;
        private List<String> inspectors = new ArrayList<>();

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

        public LocalDate getInspectedOn() {
            return inspectedOn;
        }

        public void setInspectedOn(LocalDate inspectedOn) {
            this.inspectedOn = inspectedOn;
        }

        public String getMethod() {
            return method;
        }

        public void setMethod(String method) {
            this.method = method;
        }

        public List<String> getInspectors() {
            return inspectors;
        }

        public void setInspectors(List<String> inspectors) {
            this.inspectors = inspectors == null ? new ArrayList<>() : inspectors;
        }
    }

    /** A step on a recorded inspection: the version the page was shown with, and what the step needs. */
    public static class StepForm {

        private Long version;
        /** Marking an item: FINE, NOT_APPLICABLE or FINDING. */
        private String mark;
        /** {@code standardCode|clauseNumber} a finding cites. */
        private String clause;
        @Size(max = 2000)
        private String note;
        /** Registering a finding as a hazard: where it is. */
        @Size(max = 200)
        private String location;
        @Min(0)
        @Max(100)
        private Integer score;
        @Min(1)
        @Max(100)
        private Integer passMark = 60;
        private MultipartFile file;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getMark() {
            return mark;
        }

        public void setMark(String mark) {
            this.mark = mark;
        }

        public String getClause() {
            return clause;
        }

        public void setClause(String clause) {
            this.clause = clause;
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

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public Integer getPassMark() {
            return passMark;
        }

        public void setPassMark(Integer passMark) {
            this.passMark = passMark;
        }

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }
    }
}
