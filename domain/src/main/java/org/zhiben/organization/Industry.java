package org.zhiben.organization;

import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * An industry or sector (行业领域) with the two departments the plan distinguishes for it: the competent department
 * (行业领域主管部门: "管行业必须管安全") and the department with work-safety supervision duties (负有安全生产监督管理职责的部门).
 * They may be the same unit. At least one of them is known.
 *
 * @param highRisk        a high-risk industry (高危行业: mines, hazardous chemicals, fireworks, metallurgy, ...)
 * @param competentUnit   the industry competent department; {@code null} when the industry has none
 * @param supervisingUnit the department with supervision duties; {@code null} when none is designated
 * @param source          where the assignment comes from (e.g. 克安〔2024〕5号 四(二)11); may be null
 * @param notes           free remarks; may be null
 */
public record Industry(IndustryCode code, String name, String nameEn, boolean highRisk, UnitCode competentUnit,
                       UnitCode supervisingUnit, String source, String notes) {

    public Industry {
        Require.notNull(code, "code");
        name = Require.maxLength(Require.notBlank(name, "name"), 100, "name");
        nameEn = Require.maxLength(Require.notBlank(nameEn, "nameEn"), 150, "nameEn");
        if (competentUnit == null && supervisingUnit == null) {
            throw new InvalidValueException("competentUnit", "organization.industry.units.required",
                    "an industry needs a competent or a supervising unit: " + code, code);
        }
        source = Require.maxLength(source, 200, "source");
        notes = Require.maxLength(notes, 1000, "notes");
    }
}
