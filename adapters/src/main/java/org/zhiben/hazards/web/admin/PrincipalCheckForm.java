package org.zhiben.hazards.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** What the form of a principal's check holds, as typed; shown again unchanged when it is refused. */
public class PrincipalCheckForm {

    @NotNull
    private UUID enterpriseId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate checkedOn;
    /** Empty for the enterprise's principal as the register names him or her. */
    @Size(max = 50)
    private String ledBy;
    @NotBlank
    @Size(max = 500)
    private String scope;
    @NotBlank
    @Size(max = 2000)
    private String findings;
    private List<UUID> hazardIds = new ArrayList<>();

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(UUID enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public String getLedBy() {
        return ledBy;
    }

    public void setLedBy(String ledBy) {
        this.ledBy = ledBy;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public List<UUID> getHazardIds() {
        return hazardIds;
    }

    public void setHazardIds(List<UUID> hazardIds) {
        this.hazardIds = hazardIds == null ? new ArrayList<>() : hazardIds;
    }
}
