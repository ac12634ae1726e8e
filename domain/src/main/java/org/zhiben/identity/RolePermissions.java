package org.zhiben.identity;

import static org.zhiben.identity.Permission.AUDIT_READ;
import static org.zhiben.identity.Permission.CAMPAIGN_PROGRESS_WRITE;
import static org.zhiben.identity.Permission.CAMPAIGN_READ;
import static org.zhiben.identity.Permission.ENTERPRISES_READ;
import static org.zhiben.identity.Permission.ENTERPRISES_WRITE;
import static org.zhiben.identity.Permission.HAZARDS_READ;
import static org.zhiben.identity.Permission.HAZARDS_REPORT;
import static org.zhiben.identity.Permission.HAZARDS_SUPERVISE;
import static org.zhiben.identity.Permission.ORGANIZATION_READ;
import static org.zhiben.identity.Permission.RESPONSIBILITY_RESOLVE;
import static org.zhiben.identity.Permission.STANDARDS_READ;
import static org.zhiben.identity.Permission.STANDARDS_WRITE;
import static org.zhiben.identity.Permission.TIPOFFS_IDENTITY_READ;
import static org.zhiben.identity.Permission.TIPOFFS_READ;
import static org.zhiben.identity.Permission.USERS_MANAGE;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role may do what. What a caller may see is decided separately, by its {@link DataScope}.
 *
 * <table>
 * <caption>Permissions by role (x = granted)</caption>
 * <tr><th>permission</th><th>COMMITTEE_ADMIN</th><th>DEPARTMENT_OFFICER</th><th>COUNTY_OFFICER</th>
 *     <th>INSPECTOR</th><th>ENTERPRISE_MANAGER</th><th>TIP_OFF_OFFICER</th><th>AUDITOR</th><th>API_CLIENT</th></tr>
 * <tr><td>organization:read</td>      <td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>g</td></tr>
 * <tr><td>campaign:read</td>          <td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>g</td></tr>
 * <tr><td>campaign:progress:write</td><td>x</td><td>x</td><td>x</td><td> </td><td> </td><td> </td><td> </td><td> </td></tr>
 * <tr><td>responsibility:resolve</td> <td>x</td><td>x</td><td>x</td><td>x</td><td> </td><td>x</td><td>x</td><td>g</td></tr>
 * <tr><td>enterprises:read</td>       <td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>g</td></tr>
 * <tr><td>enterprises:write</td>      <td>x</td><td>x</td><td>x</td><td> </td><td>x</td><td> </td><td> </td><td> </td></tr>
 * <tr><td>hazards:read</td>           <td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>g</td></tr>
 * <tr><td>hazards:report</td>         <td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td> </td><td>g</td></tr>
 * <tr><td>hazards:supervise</td>      <td>x</td><td>x</td><td>x</td><td> </td><td> </td><td> </td><td> </td><td> </td></tr>
 * <tr><td>standards:read</td>         <td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td><td>g</td></tr>
 * <tr><td>standards:write</td>        <td>x</td><td> </td><td> </td><td> </td><td> </td><td> </td><td> </td><td> </td></tr>
 * <tr><td>tipoffs:read</td>           <td>x</td><td>x</td><td>x</td><td>x</td><td> </td><td>x</td><td>x</td><td>g</td></tr>
 * <tr><td>tipoffs:identity:read</td>  <td> </td><td> </td><td> </td><td> </td><td> </td><td>x</td><td> </td><td> </td></tr>
 * <tr><td>users:manage</td>           <td>x</td><td> </td><td> </td><td> </td><td> </td><td> </td><td> </td><td> </td></tr>
 * <tr><td>audit:read</td>             <td> </td><td> </td><td> </td><td> </td><td> </td><td> </td><td>x</td><td> </td></tr>
 * </table>
 *
 * <p>g = may be granted to an API client at registration; an API client's role grants nothing by itself, its
 * permissions are exactly the scopes it was registered with ({@link #grantableToApiClients()}).
 *
 * <p>Reasons behind the matrix:
 * <ul>
 * <li>Only the tip-off officer sees who blew the whistle: the plan asks for “举报受理、现场核查、奖金发放、信息保护”.</li>
 * <li>Only the committee office manages accounts and the determination standards, which are prefecture-wide
 *     reference data.</li>
 * <li>The auditor only reads, and is the only one who reads the audit trail: those who administer accounts do not
 *     audit themselves (separation of the administrator's and the auditor's duties).</li>
 * <li>Inspectors report what they find (“谁检查、谁签名、谁负责”); determination, write-off approval and escalation
 *     stay with the supervising departments and jurisdictions (“负有安全监管职责有关部门审核把关销号”).</li>
 * <li>An enterprise reports its own hazards (“双报告”) and keeps its own data up to date, and reads nothing of
 *     tip-offs.</li>
 * </ul>
 */
public final class RolePermissions {

    private static final Map<Role, Set<Permission>> MATRIX = new EnumMap<>(Role.class);

    private static final Set<Permission> GRANTABLE_TO_API_CLIENTS = Collections.unmodifiableSet(EnumSet.of(
            ORGANIZATION_READ, CAMPAIGN_READ, RESPONSIBILITY_RESOLVE, ENTERPRISES_READ, HAZARDS_READ, STANDARDS_READ,
            TIPOFFS_READ, HAZARDS_REPORT));

    static {
        grant(Role.COMMITTEE_ADMIN, ORGANIZATION_READ, CAMPAIGN_READ, CAMPAIGN_PROGRESS_WRITE, RESPONSIBILITY_RESOLVE,
                ENTERPRISES_READ, ENTERPRISES_WRITE, HAZARDS_READ, HAZARDS_REPORT, HAZARDS_SUPERVISE, STANDARDS_READ,
                STANDARDS_WRITE, TIPOFFS_READ, USERS_MANAGE);
        grant(Role.DEPARTMENT_OFFICER, ORGANIZATION_READ, CAMPAIGN_READ, CAMPAIGN_PROGRESS_WRITE,
                RESPONSIBILITY_RESOLVE, ENTERPRISES_READ, ENTERPRISES_WRITE, HAZARDS_READ, HAZARDS_REPORT,
                HAZARDS_SUPERVISE, STANDARDS_READ, TIPOFFS_READ);
        grant(Role.COUNTY_OFFICER, ORGANIZATION_READ, CAMPAIGN_READ, CAMPAIGN_PROGRESS_WRITE,
                RESPONSIBILITY_RESOLVE, ENTERPRISES_READ, ENTERPRISES_WRITE, HAZARDS_READ, HAZARDS_REPORT,
                HAZARDS_SUPERVISE, STANDARDS_READ, TIPOFFS_READ);
        grant(Role.INSPECTOR, ORGANIZATION_READ, CAMPAIGN_READ, RESPONSIBILITY_RESOLVE, ENTERPRISES_READ,
                HAZARDS_READ, HAZARDS_REPORT, STANDARDS_READ, TIPOFFS_READ);
        grant(Role.ENTERPRISE_MANAGER, ORGANIZATION_READ, CAMPAIGN_READ, ENTERPRISES_READ, ENTERPRISES_WRITE,
                HAZARDS_READ, HAZARDS_REPORT, STANDARDS_READ);
        grant(Role.TIP_OFF_OFFICER, ORGANIZATION_READ, CAMPAIGN_READ, RESPONSIBILITY_RESOLVE, ENTERPRISES_READ,
                HAZARDS_READ, HAZARDS_REPORT, STANDARDS_READ, TIPOFFS_READ, TIPOFFS_IDENTITY_READ);
        grant(Role.AUDITOR, ORGANIZATION_READ, CAMPAIGN_READ, RESPONSIBILITY_RESOLVE, ENTERPRISES_READ, HAZARDS_READ,
                STANDARDS_READ, TIPOFFS_READ, AUDIT_READ);
        MATRIX.put(Role.API_CLIENT, Collections.unmodifiableSet(EnumSet.noneOf(Permission.class)));
    }

    private RolePermissions() {
    }

    private static void grant(Role role, Permission first, Permission... rest) {
        MATRIX.put(role, Collections.unmodifiableSet(EnumSet.of(first, rest)));
    }

    /** The permissions a role grants (none for {@link Role#API_CLIENT}: a client has its registered scopes). */
    public static Set<Permission> of(Role role) {
        return MATRIX.get(role);
    }

    /** The permissions that holding all of the given roles grants. */
    public static Set<Permission> of(Collection<Role> roles) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> permissions.addAll(of(role)));
        return Collections.unmodifiableSet(permissions);
    }

    /** Whether holding the given roles grants the permission. */
    public static boolean permits(Collection<Role> roles, Permission permission) {
        return roles.stream().anyMatch(role -> of(role).contains(permission));
    }

    /**
     * The scopes an API client may be granted: the read scopes, except reading the audit trail and whistleblowers'
     * identities, plus reporting hazards.
     */
    public static Set<Permission> grantableToApiClients() {
        return GRANTABLE_TO_API_CLIENTS;
    }
}
