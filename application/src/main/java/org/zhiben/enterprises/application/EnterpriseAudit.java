package org.zhiben.enterprises.application;

import java.util.Objects;
import java.util.StringJoiner;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseProfile;

/**
 * The enterprises module's audit vocabulary: the entity types, the actions ({@code <entity>.<past participle>}) and
 * the change texts, which hold codes and field names only — never a name, an address or a phone.
 */
final class EnterpriseAudit {

    static final String ENTITY = "Enterprise";
    static final String IMPORT_ENTITY = "EnterpriseImport";
    static final String REGISTERED = "enterprise.registered";
    static final String UPDATED = "enterprise.updated";
    static final String IMPORT_COMPLETED = "enterprise-import.completed";

    private EnterpriseAudit() {
    }

    /** The codes of an enterprise for the audit trail (no names, addresses or phones). */
    static String codes(Enterprise enterprise) {
        return "jurisdiction=" + enterprise.jurisdiction().value() + ";industry=" + enterprise.industry().value()
                + ";standardisationGrade=" + enterprise.standardisationGrade().name() + ";status="
                + enterprise.status().name();
    }

    /** Which attributes differ, by name only: the values may be personal data. */
    static String changedFields(EnterpriseProfile old, EnterpriseProfile revised) {
        StringJoiner changed = new StringJoiner(",");
        addIf(changed, "name", old.name(), revised.name());
        addIf(changed, "jurisdiction", old.jurisdiction(), revised.jurisdiction());
        addIf(changed, "industry", old.industry(), revised.industry());
        addIf(changed, "highRisk", old.highRisk(), revised.highRisk());
        addIf(changed, "address", old.address(), revised.address());
        addIf(changed, "principal", old.principal(), revised.principal());
        addIf(changed, "actualController", old.actualController(), revised.actualController());
        addIf(changed, "standardisationGrade", old.standardisationGrade(), revised.standardisationGrade());
        addIf(changed, "status", old.status(), revised.status());
        addIf(changed, "hospitalGrade", old.focus().hospitalGrade(), revised.focus().hospitalGrade());
        addIf(changed, "keyCulturalRelicUnit", old.focus().keyCulturalRelicUnit(),
                revised.focus().keyCulturalRelicUnit());
        addIf(changed, "largeCommercialComplex", old.focus().largeCommercialComplex(),
                revised.focus().largeCommercialComplex());
        addIf(changed, "fireSafetyResponsible", old.focus().fireSafetyResponsible(),
                revised.focus().fireSafetyResponsible());
        return changed.toString();
    }

    private static void addIf(StringJoiner changed, String field, Object old, Object revised) {
        if (!Objects.equals(old, revised)) {
            changed.add(field);
        }
    }
}
