package org.zhiben.enterprises;

import java.util.Objects;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * A regulated enterprise (企业/生产经营单位), identified by its unified social credit code, which never changes.
 * Its other attributes form an {@link EnterpriseProfile} that is revised as a whole.
 * <p>
 * {@link #version()} is the version the store gave this state; an update made against an older version is refused
 * by the application layer.
 */
public final class Enterprise {

    private final EnterpriseId id;
    private final UnifiedSocialCreditCode creditCode;
    private EnterpriseProfile profile;
    private final long version;

    private Enterprise(EnterpriseId id, UnifiedSocialCreditCode creditCode, EnterpriseProfile profile, long version) {
        this.id = Require.notNull(id, "enterpriseId");
        this.creditCode = Require.notNull(creditCode, "creditCode");
        this.profile = Require.notNull(profile, "profile");
        this.version = version;
    }

    /** A newly registered enterprise, not yet stored (version 0). */
    public static Enterprise register(EnterpriseId id, UnifiedSocialCreditCode creditCode, EnterpriseProfile profile) {
        return new Enterprise(id, creditCode, profile, 0);
    }

    /** An enterprise as it was stored, at the given version. */
    public static Enterprise reconstitute(EnterpriseId id, UnifiedSocialCreditCode creditCode,
            EnterpriseProfile profile, long version) {
        return new Enterprise(id, creditCode, profile, version);
    }

    /**
     * Replaces the profile.
     *
     * @return whether anything changed
     */
    public boolean revise(EnterpriseProfile revised) {
        Require.notNull(revised, "profile");
        if (profile.equals(revised)) {
            return false;
        }
        profile = revised;
        return true;
    }

    public EnterpriseId id() {
        return id;
    }

    public UnifiedSocialCreditCode creditCode() {
        return creditCode;
    }

    public EnterpriseProfile profile() {
        return profile;
    }

    public String name() {
        return profile.name();
    }

    public JurisdictionCode jurisdiction() {
        return profile.jurisdiction();
    }

    public IndustryCode industry() {
        return profile.industry();
    }

    public boolean highRisk() {
        return profile.highRisk();
    }

    public String address() {
        return profile.address();
    }

    public Person principal() {
        return profile.principal();
    }

    public Person actualController() {
        return profile.actualController();
    }

    public StandardisationGrade standardisationGrade() {
        return profile.standardisationGrade();
    }

    public EnterpriseStatus status() {
        return profile.status();
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enterprise that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    /** Identity and name only: no personal data. */
    @Override
    public String toString() {
        return "Enterprise[id=" + id + ", creditCode=" + creditCode + ", name=" + profile.name() + ", version="
                + version + "]";
    }
}
