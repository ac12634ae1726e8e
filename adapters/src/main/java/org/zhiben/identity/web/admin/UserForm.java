package org.zhiben.identity.web.admin;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.UserAccount;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.InvalidValueException;

/** The account form as typed: name (for a new account), roles and affiliation (unit, jurisdiction or enterprise). */
public class UserForm {

    private String username;
    @Size(max = UserAccount.DISPLAY_NAME_MAXIMUM_LENGTH)
    private String displayName;
    @NotEmpty
    private Set<String> roles = new LinkedHashSet<>();
    private String unit;
    private String jurisdiction;
    private String enterpriseId;
    /** What was typed into the enterprise picker (shown again when the form is refused). */
    @Size(max = 100)
    private String enterpriseQuery;

    /** The form filled with an account's current roles and affiliation. */
    static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.setUsername(account.username().value());
        form.setDisplayName(account.displayName());
        account.roles().forEach(role -> form.roles.add(role.name()));
        form.setUnit(account.unit() == null ? null : account.unit().value());
        form.setJurisdiction(account.jurisdiction() == null ? null : account.jurisdiction().value());
        form.setEnterpriseId(account.enterpriseId() == null ? null : account.enterpriseId().toString());
        return form;
    }

    RoleAssignment toAssignment() {
        Set<Role> chosen = new HashSet<>();
        for (String role : roles) {
            chosen.add(RequestValues.enumValue(Role.class, role, "roles"));
        }
        UUID enterprise = RequestValues.convert(enterpriseId, "enterpriseId", value -> {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("enterpriseId", "picker.enterprise.none-picked",
                        "no enterprise was picked from the list");
            }
        });
        return new RoleAssignment(chosen, RequestValues.unit(unit, "unit"),
                RequestValues.jurisdiction(jurisdiction, "jurisdiction"), enterprise);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(String enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getEnterpriseQuery() {
        return enterpriseQuery;
    }

    public void setEnterpriseQuery(String enterpriseQuery) {
        this.enterpriseQuery = enterpriseQuery;
    }
}
