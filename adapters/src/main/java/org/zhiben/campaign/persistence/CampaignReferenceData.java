package org.zhiben.campaign.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhiben.platform.plan.PlanDocuments;
import org.zhiben.platform.plan.PlanReferenceDataMigration;
import org.zhiben.platform.plan.YamlNode;

/**
 * Loads {@code campaign.yaml} of the plan: phases and their targets, the campaign targets, task groups, the key tasks
 * with lead units, responsible parties and milestones, the unit assignments with their sub-plans, and the reporting
 * obligations. A campaign target may say how it is measured ({@code measure}, {@code measuredOn},
 * {@code foundOnOrBefore}, {@code atMost}); an obligation what it reports ({@code subject}); each measure and subject
 * belongs to one row at most. Upserts by natural key; milestones that progress entries refer to are updated in place, never deleted.
 */
@Component
class CampaignReferenceData extends PlanReferenceDataMigration {

    CampaignReferenceData(PlanDocuments documents) {
        super(documents, "campaign.yaml", "campaign reference data");
    }

    @Override
    protected void load(YamlNode root, Connection connection) throws SQLException {
        for (YamlNode p : root.list("phases")) {
            int number = p.requiredInt("number");
            execute(connection, """
                            INSERT INTO campaign.phase (number, code, name, name_en, starts_on, ends_on,
                                                        period_as_written, summary)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (number) DO UPDATE SET code = excluded.code, name = excluded.name,
                                name_en = excluded.name_en, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                                period_as_written = excluded.period_as_written, summary = excluded.summary""",
                    number, p.requiredString("code"), p.requiredString("name"), p.requiredString("nameEn"),
                    p.requiredDate("startsOn"), p.requiredDate("endsOn"), p.string("periodAsWritten"),
                    p.requiredString("summary"));
            execute(connection, "DELETE FROM campaign.phase_target WHERE phase_number = ?", number);
            List<YamlNode> targets = p.list("targets");
            for (int i = 0; i < targets.size(); i++) {
                YamlNode t = targets.get(i);
                execute(connection, """
                                INSERT INTO campaign.phase_target (phase_number, sort_order, code, due, text)
                                VALUES (?, ?, ?, ?, ?)""",
                        number, i + 1, t.string("code"), t.requiredDate("due"), t.requiredString("text"));
            }
        }

        List<YamlNode> campaignTargets = root.list("campaignTargets");
        Set<String> measures = new HashSet<>();
        execute(connection, "UPDATE campaign.campaign_target SET measure = NULL");
        for (int i = 0; i < campaignTargets.size(); i++) {
            YamlNode t = campaignTargets.get(i);
            String measure = t.string("measure");
            if (measure != null && !measures.add(measure)) {
                throw new IllegalStateException(t.path() + ".measure " + measure + " is used by another target");
            }
            execute(connection, """
                            INSERT INTO campaign.campaign_target (code, due, text, sort_order, measure, measured_on,
                                                                  found_on_or_before, at_most)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (code) DO UPDATE SET due = excluded.due, text = excluded.text,
                                sort_order = excluded.sort_order, measure = excluded.measure,
                                measured_on = excluded.measured_on, found_on_or_before = excluded.found_on_or_before,
                                at_most = excluded.at_most""",
                    t.requiredString("code"), t.requiredDate("due"), t.requiredString("text"), i + 1, measure,
                    t.date("measuredOn"), t.date("foundOnOrBefore"), t.has("atMost") ? t.requiredInt("atMost") : null);
        }

        for (YamlNode g : root.list("taskGroups")) {
            execute(connection, """
                            INSERT INTO campaign.task_group (number, title, title_en) VALUES (?, ?, ?)
                            ON CONFLICT (number) DO UPDATE SET title = excluded.title, title_en = excluded.title_en""",
                    g.requiredInt("number"), g.requiredString("title"), g.requiredString("titleEn"));
        }

        for (YamlNode t : root.list("tasks")) {
            int number = t.requiredInt("number");
            execute(connection, """
                            INSERT INTO campaign.key_task (number, group_number, title, title_en, text, lead_note)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (number) DO UPDATE SET group_number = excluded.group_number,
                                title = excluded.title, title_en = excluded.title_en, text = excluded.text,
                                lead_note = excluded.lead_note""",
                    number, t.requiredInt("group"), t.requiredString("title"), t.requiredString("titleEn"),
                    t.requiredString("text"), t.string("leadNote"));
            execute(connection, "DELETE FROM campaign.key_task_lead_unit WHERE task_number = ?", number);
            List<String> leads = t.strings("leadUnits");
            for (int i = 0; i < leads.size(); i++) {
                execute(connection, "INSERT INTO campaign.key_task_lead_unit (task_number, sort_order, unit_code) VALUES (?, ?, ?)",
                        number, i + 1, leads.get(i));
            }
            execute(connection, "DELETE FROM campaign.key_task_responsible_party WHERE task_number = ?", number);
            List<String> parties = t.strings("responsibleUnits");
            for (int i = 0; i < parties.size(); i++) {
                execute(connection, "INSERT INTO campaign.key_task_responsible_party (task_number, sort_order, party) VALUES (?, ?, ?)",
                        number, i + 1, parties.get(i));
            }
            List<YamlNode> milestones = t.list("milestones");
            for (int i = 0; i < milestones.size(); i++) {
                YamlNode m = milestones.get(i);
                execute(connection, """
                                INSERT INTO campaign.milestone (code, task_number, sort_order, due, text, derived)
                                VALUES (?, ?, ?, ?, ?, ?)
                                ON CONFLICT (code) DO UPDATE SET task_number = excluded.task_number,
                                    sort_order = excluded.sort_order, due = excluded.due, text = excluded.text,
                                    derived = excluded.derived""",
                        m.requiredString("code"), number, i + 1, m.requiredDate("due"), m.requiredString("text"),
                        m.bool("derived", false));
            }
        }

        for (YamlNode a : root.list("assignments")) {
            int number = a.requiredInt("number");
            execute(connection, """
                            INSERT INTO campaign.assignment (number, unit_code, focus, focus_en, incomplete, incomplete_note)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (number) DO UPDATE SET unit_code = excluded.unit_code, focus = excluded.focus,
                                focus_en = excluded.focus_en, incomplete = excluded.incomplete,
                                incomplete_note = excluded.incomplete_note""",
                    number, a.requiredString("unit"), a.requiredString("focus"), a.requiredString("focusEn"),
                    a.bool("incomplete", false), a.string("incompleteNote"));
            execute(connection, "DELETE FROM campaign.assignment_sub_plan WHERE assignment_number = ?", number);
            List<String> subPlans = a.strings("subPlans");
            for (int i = 0; i < subPlans.size(); i++) {
                execute(connection, "INSERT INTO campaign.assignment_sub_plan (assignment_number, sort_order, title) VALUES (?, ?, ?)",
                        number, i + 1, subPlans.get(i));
            }
        }

        List<YamlNode> obligations = root.list("reportingObligations");
        execute(connection, "UPDATE campaign.reporting_obligation SET subject = NULL");
        for (int i = 0; i < obligations.size(); i++) {
            YamlNode o = obligations.get(i);
            execute(connection, """
                            INSERT INTO campaign.reporting_obligation (code, text, cadence, due, from_month, to_month,
                                                                       due_rule, form, submit_to, source, sort_order,
                                                                       subject)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (code) DO UPDATE SET text = excluded.text, cadence = excluded.cadence,
                                due = excluded.due, from_month = excluded.from_month, to_month = excluded.to_month,
                                due_rule = excluded.due_rule, form = excluded.form, submit_to = excluded.submit_to,
                                source = excluded.source, sort_order = excluded.sort_order,
                                subject = excluded.subject""",
                    o.requiredString("code"), o.requiredString("text"), o.requiredString("cadence"), o.date("due"),
                    o.string("from"), o.string("to"), o.string("dueRule"), o.string("form"), o.string("submitTo"),
                    o.string("source"), i + 1, o.string("subject"));
        }
    }
}
