package org.zhiben.enforcement.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.enforcement.web.admin.EnforcementPages.TODAY;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.TestCallers;
import tools.jackson.databind.JsonNode;

/**
 * The serious-dishonesty list on the pages, against the embedded PostgreSQL (应急管理部令第11号: notice with an
 * objection period, decision, publication, a 3-year management period, early removal on application after 12 months,
 * revocation of an early removal). A listing is started from a decided case with one of the nine situations and its
 * source article; the refusals — a decision inside the objection period, another unit than the one that decided the
 * penalty (谁处罚、谁决定), early removal before 12 months — are shown as messages and change nothing. A listed
 * enterprise carries the badge 严重失信 on the enterprise register, its page, the enterprise's own home and the hazard
 * register; once removed early it no longer does, and once the removal is revoked it does again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DishonestyListPagesTest {

    static final String LISTINGS = "/enforcement/listings";
    static final String BADGE = "严重失信";

    final RequestPostProcessor officer = TestCallers.committeeAdmin();
    final RequestPostProcessor otherUnit = TestCallers.countyOfficer(TestCallers.AKTO);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterpriseStore;

    EnforcementPages pages;

    @BeforeEach
    void setUp() {
        pages = new EnforcementPages(mvc, enterpriseStore);
    }

    @Test
    void a_listing_started_from_a_decided_case_is_refused_inside_the_objection_period_and_before_12_months() {
        Enterprise enterprise = pages.enterprise("名单测试企业");
        JsonNode decided = pages.decidedCase(officer, enterprise.id().value(), TODAY.minusDays(10),
                TODAY.minusDays(9));
        String caseId = decided.get("id").asString();
        assertThat(pages.page(officer, "/enforcement/cases/" + caseId)).contains("id=\"start-listing\"");

        String form = pages.page(officer, LISTINGS + "/new?case=" + caseId);
        assertThat(form).contains(enterprise.name(), "应急管理部令第11号第六条第（一）项", "应急管理部令第11号第七条第（三）项",
                "在应急管理部门作出行政处罚后，有执行能力拒不执行或者逃避执行的生产经营单位及其主要负责人", "data-confirm");
        assertThat(pages.refused(officer, LISTINGS + "/new", Map.of("caseId", caseId, "on", TODAY.toString())))
                .contains("id=\"listing-situation-error\"", "请选择列入情形");
        assertThat(pages.refused(otherUnit, LISTINGS + "/new", Map.of("caseId", caseId, "situation",
                "REFUSED_EXECUTION", "on", TODAY.toString()))).contains("谁处罚、谁决定");

        String location = pages.accepted(officer, LISTINGS + "/new", Map.of("caseId", caseId,
                "situation", "REFUSED_EXECUTION", "on", TODAY.minusDays(2).toString()));
        String id = location.substring(location.lastIndexOf('/') + 1);
        String detail = pages.page(officer, location);
        String objectionEnds = date(TODAY.plusDays(3));
        assertThat(detail).contains(enterprise.name(), "已告知", "第七条第（三）项", objectionEnds);

        assertThat(pages.refused(officer, location + "/decision", Map.of("version", "0",
                "on", TODAY.toString()))).contains("异议期至 " + objectionEnds + " 届满");
        assertThat(pages.page(officer, location)).contains("已告知");

        String list = pages.page(officer, LISTINGS);
        assertThat(list).contains(enterprise.name(), "已告知", "/enforcement/listings/" + id);
    }

    @Test
    void a_listed_enterprise_carries_the_badge_until_removed_early_and_again_once_the_removal_is_revoked() {
        Enterprise enterprise = pages.enterprise("失信标识企业");
        JsonNode decided = pages.decidedCase(officer, enterprise.id().value(), TODAY.minusDays(400),
                TODAY.minusDays(399));
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise.id().value()));
        pages.hazard(officer, enterprise.id().value());
        String location = pages.accepted(officer, LISTINGS + "/new", Map.of("caseId", decided.get("id").asString(),
                "situation", "REFUSED_EXECUTION", "on", TODAY.minusDays(390).toString()));
        assertThat(badges(enterprise, manager)).as("not yet decided: not listed").isZero();

        pages.accepted(officer, location + "/decision", Map.of("version", "0",
                "on", TODAY.minusDays(380).toString()));
        assertThat(badges(enterprise, manager)).as("listed from the decision").isEqualTo(4);
        assertThat(pages.refused(otherUnit, location + "/publication", Map.of("version", "1")))
                .contains("谁处罚、谁决定");
        pages.accepted(officer, location + "/publication", Map.of("version", "1"));
        String detail = pages.page(officer, location);
        assertThat(detail).contains("已公开", date(TODAY.minusDays(380).plusYears(3)),
                date(TODAY.minusDays(380).plusMonths(12)));
        assertThat(pages.page(officer, LISTINGS)).contains(date(TODAY.minusDays(380).plusYears(3)));

        assertThat(pages.refused(officer, location + "/earlyRemoval", Map.of("version", "2",
                "on", TODAY.minusDays(20).toString(), "conditionsMet", "true")))
                .contains("列入满12个月后（" + date(TODAY.minusDays(380).plusMonths(12)) + " 起）方可申请提前移出");
        assertThat(pages.refused(officer, location + "/earlyRemoval", Map.of("version", "2",
                "on", TODAY.toString()))).contains("不符合提前移出的条件");
        pages.accepted(officer, location + "/earlyRemoval", Map.of("version", "2", "on", TODAY.toString(),
                "conditionsMet", "true"));
        assertThat(pages.page(officer, location)).contains("已提前移出");
        assertThat(badges(enterprise, manager)).as("removed early: no badge").isZero();

        assertThat(pages.refused(officer, location + "/revocation", Map.of("version", "3")))
                .contains("id=\"revocation-reason-error\"");
        pages.accepted(officer, location + "/revocation", Map.of("version", "3",
                "reason", "提前移出申请所附整改材料系伪造"));
        assertThat(pages.page(officer, location)).contains("已公开", "提前移出申请所附整改材料系伪造");
        assertThat(badges(enterprise, manager)).as("removal revoked: listed again").isEqualTo(4);
    }

    /**
     * How many of the pages showing the enterprise carry the badge: the register filtered to it, its page, the
     * enterprise's own home (for its manager) and the hazard register (filtered to the enterprise's hazards, it has
     * one).
     */
    private int badges(Enterprise enterprise, RequestPostProcessor manager) {
        int shown = 0;
        for (String page : new String[] {
                pages.page(officer, "/enterprises?q=" + enterprise.name()),
                pages.page(officer, "/enterprises/" + enterprise.id().value()),
                pages.page(manager, "/my-enterprise"),
                pages.page(manager, "/hazards")}) {
            if (page.contains("enterprise-badge") && page.contains(BADGE)) {
                shown++;
            }
        }
        return shown;
    }

    private static String date(java.time.LocalDate day) {
        return DateTimeFormatter.ofPattern("yyyy年M月d日").format(day);
    }
}
