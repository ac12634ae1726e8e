package org.zhiben.campaign.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.MilestoneLine;
import org.zhiben.campaign.MilestoneStatus;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.campaign.application.BrowseLedger;
import org.zhiben.campaign.application.LedgerFilter;
import org.zhiben.identity.Role;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.UnitCode;

/**
 * “各县(市)人民政府” are responsible for some key tasks: a milestone of such a task that is due (or overdue) waits on the
 * to-do list of a county's officer, linking to the task's progress form — not on that of a unit that is not
 * responsible for the task, nor of roles that do not record progress — and leaves it once an entry reports it done.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignToDoPagesTest {

    static final UnitCode AKTO_GOV = TestCallers.countyGovernment(TestCallers.AKTO);
    static final UnitCode EDUCATION = UnitCode.of("EDU");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    BrowseLedger ledger;
    @Autowired
    CampaignUnits units;

    @Test
    void a_due_milestone_of_a_county_task_waits_for_the_county_and_leaves_once_reported_done() {
        RequestPostProcessor akto = TestCallers.countyOfficer(TestCallers.AKTO);
        TaskLedgerLine line = ledger.tasks(LedgerFilter.none()).stream()
                .filter(candidate -> candidate.task().isResponsible(AKTO_GOV, units)
                        && !candidate.task().isResponsible(EDUCATION, units))
                .filter(candidate -> candidate.milestones().stream().anyMatch(CampaignToDoPagesTest::due))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("the plan has a due milestone of a county task"));
        MilestoneLine milestone = line.milestones().stream().filter(CampaignToDoPagesTest::due).findFirst()
                .orElseThrow();
        String link = "/campaign/tasks/" + line.task().number() + "#record-progress";

        String page = toDo(akto);
        assertThat(page).contains(link).contains("节点待报送进展").contains(milestone.milestone().text());
        assertThat(page(akto, "/")).contains(link);
        assertThat(toDo(TestCallers.departmentOfficer(EDUCATION.value()))).doesNotContain(link);
        assertThat(toDo(TestCallers.auditor())).doesNotContain(link);
        assertThat(toDo(TestCallers.as(TestCallers.typical(Role.INSPECTOR)))).doesNotContain(link);

        for (MilestoneLine open : line.milestones().stream().filter(CampaignToDoPagesTest::due).toList()) {
            assertThat(mvc.post().uri("/api/v1/campaign/progress-entries").with(akto)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"taskNumber": %d, "milestoneCode": "%s", "unit": "%s", "text": "本县已完成",
                             "reportedOn": "%s", "completesMilestone": true}"""
                            .formatted(line.task().number(), open.milestone().code(), AKTO_GOV.value(),
                                    LocalDate.now(ZoneId.of("Asia/Shanghai")))))
                    .hasStatus(HttpStatus.CREATED);
        }
        assertThat(toDo(akto)).doesNotContain(link).doesNotContain(milestone.milestone().text());
    }

    private static boolean due(MilestoneLine milestone) {
        return milestone.status() == MilestoneStatus.OVERDUE || milestone.status() == MilestoneStatus.DUE_SOON;
    }

    private String toDo(RequestPostProcessor caller) {
        return page(caller, "/todo");
    }

    private String page(RequestPostProcessor caller, String path) {
        MvcTestResult result = mvc.get().uri(path).with(caller).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
