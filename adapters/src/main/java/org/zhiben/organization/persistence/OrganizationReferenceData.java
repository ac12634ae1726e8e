package org.zhiben.organization.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhiben.platform.plan.PlanDocuments;
import org.zhiben.platform.plan.PlanReferenceDataMigration;
import org.zhiben.platform.plan.YamlNode;

/**
 * Loads {@code organization.yaml} of the plan: the plan's identity, jurisdictions, units (with their leading-group
 * roles), industries, and the prefecture (its own jurisdiction and its committee office, which must be a jurisdiction
 * of kind PREFECTURE and a unit of kind COMMITTEE_OFFICE of the same file). Upserts by code, so reloading a corrected
 * file changes the rows in place.
 */
@Component
class OrganizationReferenceData extends PlanReferenceDataMigration {

    OrganizationReferenceData(PlanDocuments documents) {
        super(documents, "organization.yaml", "organization reference data");
    }

    @Override
    protected void load(YamlNode root, Connection connection) throws SQLException {
        YamlNode plan = root.node("plan");
        execute(connection, """
                        INSERT INTO organization.plan (code, title, title_en, document_number, issuer, written_on,
                                                       published_on, index_number, implements)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (code) DO UPDATE SET title = excluded.title, title_en = excluded.title_en,
                            document_number = excluded.document_number, issuer = excluded.issuer,
                            written_on = excluded.written_on, published_on = excluded.published_on,
                            index_number = excluded.index_number, implements = excluded.implements""",
                plan.requiredString("code"), plan.requiredString("title"), plan.string("titleEn"),
                plan.requiredString("documentNumber"), plan.requiredString("issuer"), plan.date("writtenOn"),
                plan.date("publishedOn"), plan.string("indexNumber"), plan.string("implements"));

        List<YamlNode> jurisdictions = root.list("jurisdictions");
        for (int i = 0; i < jurisdictions.size(); i++) {
            YamlNode j = jurisdictions.get(i);
            execute(connection, """
                            INSERT INTO organization.jurisdiction (code, name, name_en, kind, parent_code,
                                                                   seconds_staff_to_office, sort_order)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
                                kind = excluded.kind, parent_code = excluded.parent_code,
                                seconds_staff_to_office = excluded.seconds_staff_to_office,
                                sort_order = excluded.sort_order""",
                    j.requiredString("code"), j.requiredString("name"), j.requiredString("nameEn"),
                    j.requiredString("kind"), j.string("parent"), j.bool("secondsStaffToOffice", false), i + 1);
        }

        List<YamlNode> units = root.list("units");
        for (int i = 0; i < units.size(); i++) {
            YamlNode u = units.get(i);
            String code = u.requiredString("code");
            execute(connection, """
                            INSERT INTO organization.unit (code, name, short_name, name_en, kind, member_of_committee,
                                                           hosted_by, jurisdiction_code, sort_order)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (code) DO UPDATE SET name = excluded.name, short_name = excluded.short_name,
                                name_en = excluded.name_en, kind = excluded.kind,
                                member_of_committee = excluded.member_of_committee, hosted_by = excluded.hosted_by,
                                jurisdiction_code = excluded.jurisdiction_code, sort_order = excluded.sort_order""",
                    code, u.requiredString("name"), u.requiredString("shortName"), u.requiredString("nameEn"),
                    u.requiredString("kind"), u.bool("memberOfCommittee", true), u.string("hostedBy"),
                    u.string("jurisdiction"), i + 1);
            execute(connection, "DELETE FROM organization.unit_leading_group_role WHERE unit_code = ?", code);
            for (String role : u.strings("leadingGroupRoles")) {
                execute(connection, "INSERT INTO organization.unit_leading_group_role (unit_code, role) VALUES (?, ?)",
                        code, role);
            }
        }

        List<YamlNode> industries = root.list("industries");
        for (int i = 0; i < industries.size(); i++) {
            YamlNode n = industries.get(i);
            execute(connection, """
                            INSERT INTO organization.industry (code, name, name_en, high_risk, competent_unit,
                                                               supervising_unit, source, notes, sort_order)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
                                high_risk = excluded.high_risk, competent_unit = excluded.competent_unit,
                                supervising_unit = excluded.supervising_unit, source = excluded.source,
                                notes = excluded.notes, sort_order = excluded.sort_order""",
                    n.requiredString("code"), n.requiredString("name"), n.requiredString("nameEn"),
                    n.bool("highRisk", false), n.requiredString("competentUnit"), n.requiredString("supervisingUnit"),
                    n.requiredString("source"), n.string("notes"), i + 1);
        }

        YamlNode prefecture = root.node("prefecture");
        String jurisdiction = prefecture.requiredString("jurisdiction");
        String committeeOffice = prefecture.requiredString("committeeOffice");
        requireOfKind(jurisdictions, jurisdiction, "PREFECTURE", prefecture.path() + ".jurisdiction");
        requireOfKind(units, committeeOffice, "COMMITTEE_OFFICE", prefecture.path() + ".committeeOffice");
        execute(connection, """
                        INSERT INTO organization.prefecture (singleton, jurisdiction_code, committee_office)
                        VALUES (TRUE, ?, ?)
                        ON CONFLICT (singleton) DO UPDATE SET jurisdiction_code = excluded.jurisdiction_code,
                            committee_office = excluded.committee_office""",
                jurisdiction, committeeOffice);
    }

    private static void requireOfKind(List<YamlNode> entries, String code, String kind, String path) {
        boolean found = entries.stream()
                .anyMatch(e -> code.equals(e.requiredString("code")) && kind.equals(e.requiredString("kind")));
        if (!found) {
            throw new IllegalStateException(path + " " + code + " must be listed in the same file with kind " + kind);
        }
    }
}
