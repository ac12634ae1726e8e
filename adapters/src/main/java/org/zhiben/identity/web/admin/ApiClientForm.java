package org.zhiben.identity.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhiben.identity.ApiClient;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** The registration form of another bureau's system, as typed: who it is, its scopes and the data it may see. */
public class ApiClientForm {

    @NotBlank
    private String clientId;
    @NotBlank
    @Size(max = ApiClient.NAME_MAXIMUM_LENGTH)
    private String name;
    @NotBlank
    @Size(max = ApiClient.NAME_MAXIMUM_LENGTH)
    private String owner;
    @NotEmpty
    private Set<String> scopes = new LinkedHashSet<>();
    private boolean prefectureWide;
    private List<String> jurisdictions = new ArrayList<>();
    private List<String> industries = new ArrayList<>();

    /** The data scope chosen: the whole prefecture, or the jurisdictions and industries ticked. */
    DataScope dataScope() {
        Set<JurisdictionCode> chosenJurisdictions = new HashSet<>();
        for (String value : jurisdictions) {
            if (value != null && !value.isBlank()) {
                chosenJurisdictions.add(RequestValues.jurisdiction(value, "jurisdictions"));
            }
        }
        Set<IndustryCode> chosenIndustries = new HashSet<>();
        for (String value : industries) {
            if (value != null && !value.isBlank()) {
                chosenIndustries.add(RequestValues.industry(value, "industries"));
            }
        }
        return new DataScope(prefectureWide, chosenJurisdictions, chosenIndustries, Set.of());
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId == null ? null : clientId.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Set<String> getScopes() {
        return scopes;
    }

    public void setScopes(Set<String> scopes) {
        this.scopes = scopes == null ? new LinkedHashSet<>() : scopes;
    }

    public boolean isPrefectureWide() {
        return prefectureWide;
    }

    public void setPrefectureWide(boolean prefectureWide) {
        this.prefectureWide = prefectureWide;
    }

    public List<String> getJurisdictions() {
        return jurisdictions;
    }

    public void setJurisdictions(List<String> jurisdictions) {
        this.jurisdictions = jurisdictions == null ? new ArrayList<>() : jurisdictions;
    }

    public List<String> getIndustries() {
        return industries;
    }

    public void setIndustries(List<String> industries) {
        this.industries = industries == null ? new ArrayList<>() : industries;
    }
}
