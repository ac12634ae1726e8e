package org.zhiben.campaign.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.campaign.Assignment;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignSchedule;
import org.zhiben.campaign.DatedTarget;
import org.zhiben.campaign.KeyTask;
import org.zhiben.campaign.Milestone;
import org.zhiben.campaign.Phase;
import org.zhiben.campaign.ResponsibleParty;
import org.zhiben.campaign.TaskGroup;
import org.zhiben.shared.UnitCode;

/**
 * The campaign plan as loaded into the {@code campaign} schema by {@link CampaignReferenceData}. The plan changes only
 * through that migration at start-up, so it is read once and kept in memory; every read is consistent with it.
 */
@Component
class CampaignPlansAdapter implements CampaignPlans {

    private final JdbcClient jdbc;
    private volatile Plan plan;

    CampaignPlansAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CampaignSchedule schedule() {
        return plan().schedule();
    }

    @Override
    public List<TaskGroup> groups() {
        return plan().groups();
    }

    @Override
    public List<KeyTask> tasks() {
        return plan().tasks();
    }

    @Override
    public List<Assignment> assignments() {
        return plan().assignments();
    }

    private Plan plan() {
        Plan loaded = plan;
        if (loaded == null) {
            synchronized (this) {
                if (plan == null) {
                    plan = load();
                }
                loaded = plan;
            }
        }
        return loaded;
    }

    private record Plan(CampaignSchedule schedule, List<TaskGroup> groups, List<KeyTask> tasks,
                        List<Assignment> assignments) {
    }

    private Plan load() {
        Map<Integer, List<DatedTarget>> targets = new LinkedHashMap<>();
        jdbc.sql("SELECT phase_number, code, due, text FROM campaign.phase_target ORDER BY phase_number, sort_order")
                .query((rs, n) -> targets.computeIfAbsent(rs.getInt("phase_number"), k -> new ArrayList<>())
                        .add(new DatedTarget(rs.getString("code"), rs.getObject("due", LocalDate.class), rs.getString("text"))))
                .list();
        List<Phase> phases = jdbc.sql("SELECT * FROM campaign.phase ORDER BY number")
                .query((rs, n) -> new Phase(rs.getInt("number"), rs.getString("code"), rs.getString("name"),
                        rs.getString("name_en"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("summary"),
                        targets.getOrDefault(rs.getInt("number"), List.of())))
                .list();

        List<TaskGroup> groups = jdbc.sql("SELECT number, title, title_en FROM campaign.task_group ORDER BY number")
                .query((rs, n) -> new TaskGroup(rs.getInt("number"), rs.getString("title"), rs.getString("title_en")))
                .list();

        Map<Integer, List<UnitCode>> leads = new LinkedHashMap<>();
        jdbc.sql("SELECT task_number, unit_code FROM campaign.key_task_lead_unit ORDER BY task_number, sort_order")
                .query((rs, n) -> leads.computeIfAbsent(rs.getInt("task_number"), k -> new ArrayList<>())
                        .add(UnitCode.of(rs.getString("unit_code"))))
                .list();
        Map<Integer, List<ResponsibleParty>> parties = new LinkedHashMap<>();
        jdbc.sql("SELECT task_number, party FROM campaign.key_task_responsible_party ORDER BY task_number, sort_order")
                .query((rs, n) -> parties.computeIfAbsent(rs.getInt("task_number"), k -> new ArrayList<>())
                        .add(ResponsibleParty.of(rs.getString("party"))))
                .list();
        Map<Integer, List<Milestone>> milestones = new LinkedHashMap<>();
        jdbc.sql("SELECT task_number, code, due, text, derived FROM campaign.milestone ORDER BY task_number, sort_order")
                .query((rs, n) -> milestones.computeIfAbsent(rs.getInt("task_number"), k -> new ArrayList<>())
                        .add(new Milestone(rs.getString("code"), rs.getObject("due", LocalDate.class),
                                rs.getString("text"), rs.getBoolean("derived"))))
                .list();
        List<KeyTask> tasks = jdbc.sql("SELECT * FROM campaign.key_task ORDER BY number")
                .query((rs, n) -> {
                    int number = rs.getInt("number");
                    return new KeyTask(number, rs.getInt("group_number"), rs.getString("title"),
                            rs.getString("title_en"), rs.getString("text"), leads.getOrDefault(number, List.of()),
                            parties.getOrDefault(number, List.of()), rs.getString("lead_note"),
                            milestones.getOrDefault(number, List.of()));
                })
                .list();

        Map<Integer, List<String>> subPlans = new LinkedHashMap<>();
        jdbc.sql("SELECT assignment_number, title FROM campaign.assignment_sub_plan ORDER BY assignment_number, sort_order")
                .query((rs, n) -> subPlans.computeIfAbsent(rs.getInt("assignment_number"), k -> new ArrayList<>())
                        .add(rs.getString("title")))
                .list();
        List<Assignment> assignments = jdbc.sql("SELECT * FROM campaign.assignment ORDER BY number")
                .query((rs, n) -> new Assignment(rs.getInt("number"), UnitCode.of(rs.getString("unit_code")),
                        rs.getString("focus"), rs.getString("focus_en"),
                        subPlans.getOrDefault(rs.getInt("number"), List.of()), rs.getBoolean("incomplete"),
                        rs.getString("incomplete_note")))
                .list();

        return new Plan(new CampaignSchedule(phases), groups, tasks, assignments);
    }
}
