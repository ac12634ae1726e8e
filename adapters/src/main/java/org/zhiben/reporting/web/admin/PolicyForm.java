package org.zhiben.reporting.web.admin;

import org.springframework.web.multipart.MultipartFile;

/** The form of a line of 附表2, as typed; the page converts it and marks every wrong field. */
public class PolicyForm {

    private String unit;
    private String title;
    private String documentNumber;
    private String issuedOn;
    private String kind;
    private boolean copiedToOffice;
    private MultipartFile file;
    private long version;

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(String issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isCopiedToOffice() {
        return copiedToOffice;
    }

    public void setCopiedToOffice(boolean copiedToOffice) {
        this.copiedToOffice = copiedToOffice;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
