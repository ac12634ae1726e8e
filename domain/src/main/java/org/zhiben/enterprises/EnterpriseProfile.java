package org.zhiben.enterprises;

import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * Everything about an enterprise that may change, as one validated value: the campaign relies on these attributes
 * to route hazards, schedule self-inspections (monthly in high-risk industries) and notify the principal and the
 * actual controller.
 *
 * @param name                 registered name, at most 200 characters
 * @param jurisdiction         the county, city or port administration (属地) the enterprise lies in
 * @param industry             its industry sector (行业领域)
 * @param highRisk             whether the industry is a high-risk one (高危行业); derived from the industry by the
 *                             caller, never typed by a user
 * @param address              production or business address, at most 300 characters
 * @param principal            the principal (主要负责人)
 * @param actualController     the actual controller (实际控制人)
 * @param standardisationGrade safety standardisation grade (安全生产标准化等级)
 * @param status               operating, suspended (停产整顿) or closed (关闭取缔)
 * @param focus                what identifies it for the plan's yearly training focus (hospital grade, key
 *                             cultural-relic unit, large commercial complex) and its fire-safety responsible person
 */
public record EnterpriseProfile(
        String name,
        JurisdictionCode jurisdiction,
        IndustryCode industry,
        boolean highRisk,
        String address,
        Person principal,
        Person actualController,
        StandardisationGrade standardisationGrade,
        EnterpriseStatus status,
        FocusAttributes focus) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ADDRESS_LENGTH = 300;

    public EnterpriseProfile {
        name = validName(name);
        Require.notNull(jurisdiction, "jurisdiction");
        Require.notNull(industry, "industry");
        address = validAddress(address);
        Require.notNull(principal, "principal");
        Require.notNull(actualController, "actualController");
        Require.notNull(standardisationGrade, "standardisationGrade");
        Require.notNull(status, "status");
        focus = focus == null ? FocusAttributes.NONE : focus;
    }

    /** A profile with none of the training-focus attributes ({@link FocusAttributes#NONE}). */
    public EnterpriseProfile(String name, JurisdictionCode jurisdiction, IndustryCode industry, boolean highRisk,
            String address, Person principal, Person actualController, StandardisationGrade standardisationGrade,
            EnterpriseStatus status) {
        this(name, jurisdiction, industry, highRisk, address, principal, actualController, standardisationGrade,
                status, FocusAttributes.NONE);
    }

    static String validName(String name) {
        return Require.maxLength(Require.notBlank(name, "name"), MAX_NAME_LENGTH, "name");
    }

    static String validAddress(String address) {
        return Require.maxLength(Require.notBlank(address, "address"), MAX_ADDRESS_LENGTH, "address");
    }
}
