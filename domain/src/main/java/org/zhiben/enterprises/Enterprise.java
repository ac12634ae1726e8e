package org.zhiben.enterprises;

import java.util.Objects;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotPermittedException;
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
     * Replaces the profile, as someone who supervises the enterprise (its county or port, the department of its
     * industry, the committee office).
     *
     * @return whether anything changed
     */
    public boolean revise(EnterpriseProfile revised) {
        return revise(revised, true);
    }

    /**
     * Replaces the profile. The jurisdiction (属地) and the industry (行业领域) decide who supervises the enterprise
     * (属地管理, 管行业必须管安全), like the credit code, which never changes: they are not the enterprise's own to
     * change. Only a reviser who supervises it may change them; anyone else — the enterprise's own safety manager —
     * is refused with {@code enterprise.jurisdiction.supervisor-only} or {@code enterprise.industry.supervisor-only}.
     *
     * @param bySupervisor whether the reviser supervises the enterprise
     * @return whether anything changed
     */
    public boolean revise(EnterpriseProfile revised, boolean bySupervisor) {
        Require.notNull(revised, "profile");
        if (!bySupervisor) {
            if (!profile.jurisdiction().equals(revised.jurisdiction())) {
                throw new NotPermittedException("enterprise.jurisdiction.supervisor-only",
                        "only those who supervise the enterprise may change its jurisdiction", "jurisdiction");
            }
            if (!profile.industry().equals(revised.industry())) {
                throw new NotPermittedException("enterprise.industry.supervisor-only",
                        "only those who supervise the enterprise may change its industry", "industry");
            }
        }
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

    public FocusAttributes focus() {
        return profile.focus();
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
