package org.zhiben.campaign.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import com.jayway.jsonpath.JsonPath;
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
 * “各县(市)人民政府” answer for some key tasks: a milestone of such a task that is due (or overdue) waits on the
 * to-do list of a county's officer, linking to the task's progress form — not on that of a unit that does not answer
 * for the task, nor of roles that do not record progress — and leaves it once an entry reports it done; the entry then
 * waits on the lead unit's list for its review, and leaves it once reviewed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignToDoPagesTest {

    /** Ulugqat (乌恰县): a county no other ledger test reports for, since an accepted report completes its milestone. */
    static final String ULUGQAT = "653024";
    static final UnitCode ULUGQAT_GOV = TestCallers.countyGovernment(ULUGQAT);
    static final UnitCode EDUCATION = UnitCode.of("EDU");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    BrowseLedger ledger;
    @Autowired
    CampaignUnits units;

    @Test
    void a_due_milestone_waits_for_the_answering_county_and_its_report_then_waits_for_the_lead_units_review() {
        RequestPostProcessor county = TestCallers.countyOfficer(ULUGQAT);
        TaskLedgerLine line = ledger.tasks(LedgerFilter.none()).stream()
                .filter(candidate -> candidate.task().isResponsible(ULUGQAT_GOV, units)
                        && !candidate.task().leadUnits().contains(ULUGQAT_GOV)
                        && !candidate.task().isResponsible(EDUCATION, units))
                .filter(candidate -> openFor(candidate, ULUGQAT_GOV).findAny().isPresent())
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("the plan has a due milestone of a county task"));
        MilestoneLine milestone = openFor(line, ULUGQAT_GOV).findFirst().orElseThrow();
        String text = milestone.milestone().text();
        String link = "/campaign/tasks/" + line.task().number() + "#record-progress";
        UnitCode lead = line.task().leadUnits().get(0);
        RequestPostProcessor leadOfficer = TestCallers.departmentOfficer(lead.value());

        String page = toDo(county);
        assertThat(page).contains(link).contains("节点待报送进展").contains(text);
        assertThat(page(county, "/")).contains("id=\"todo\"");
        assertThat(toDo(TestCallers.departmentOfficer(EDUCATION.value()))).doesNotContain(link);
        assertThat(toDo(TestCallers.auditor())).doesNotContain(link);
        assertThat(toDo(TestCallers.as(TestCallers.typical(Role.INSPECTOR)))).doesNotContain(link);

        MvcTestResult reported = mvc.post().uri("/api/v1/campaign/progress-entries").with(county)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"taskNumber": %d, "milestoneCode": "%s", "unit": "%s", "text": "本县已完成该节点",
                         "reportedOn": "%s", "completesMilestone": true}"""
                        .formatted(line.task().number(), milestone.milestone().code(), ULUGQAT_GOV.value(),
                                LocalDate.now(ZoneId.of("Asia/Shanghai"))))
                .exchange();
        assertThat(reported).hasStatus(HttpStatus.CREATED);
        String entry = JsonPath.read(new String(reported.getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8), "$.id");
        assertThat(toDo(county)).as("reported: the milestone no longer waits for the county").doesNotContain(text);

        String review = "/campaign/tasks/" + line.task().number() + "#review-" + entry;
        assertThat(toDo(leadOfficer)).contains(review).contains("进展待审核").contains("本县已完成该节点");
        assertThat(toDo(county)).doesNotContain(review);

        assertThat(mvc.post().uri("/api/v1/campaign/progress-entries/" + entry + "/review").with(leadOfficer)
                .header("If-Match", reported.getResponse().getHeader("ETag"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unit\": \"%s\", \"decision\": \"ACCEPT\"}".formatted(lead.value())))
                .hasStatusOk();
        assertThat(toDo(leadOfficer)).doesNotContain(review);
        assertThat(toDo(county)).doesNotContain(text);
    }

    /** The milestones of the line that are due and that the unit has not completed. */
    private static java.util.stream.Stream<MilestoneLine> openFor(TaskLedgerLine line, UnitCode unit) {
        return line.milestones().stream().filter(CampaignToDoPagesTest::due)
                .filter(m -> line.units().stream().anyMatch(u -> u.unit().equals(unit)
                        && !u.completedMilestones().contains(m.milestone().code())));
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
