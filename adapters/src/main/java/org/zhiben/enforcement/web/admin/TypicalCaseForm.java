package org.zhiben.enforcement.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The form publishing a decided penalty case as a typical case: the case, a title and the account. */
public class TypicalCaseForm {

    private UUID caseId;
    @NotBlank
    @Size(max = 200)
    private String title;
    @NotBlank
    @Size(max = 4000)
    private String account;

    public UUID getCaseId() {
        return caseId;
    }

    public void setCaseId(UUID caseId) {
        this.caseId = caseId;
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
