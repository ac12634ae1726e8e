package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.storage.EnterpriseStore;
import tools.jackson.databind.JsonNode;

/**
 * 隐患编号 through the API and the pages: every hazard gets jurisdiction-year-sequence at registration, concurrent
 * registrations never share one, the register finds a hazard by (a part of) its number and sorts by number, deadline
 * or status, and the enterprise's page lists its hazards by number.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HazardNumberApiTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;

    HazardApiSupport api;
    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
    }

    private Map<String, Object> finding(UUID enterprise) {
        return Map.of("enterpriseId", enterprise, "location", "成品仓库", "description", "仓库超量存药",
                "discoveredOn", today.minusDays(1).toString(), "channel", "SUPERVISORY_INSPECTION",
                "sourceReference", "JC-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    @DisplayName("隐患编号: 县级行政区划代码-年份-顺序号, assigned at registration, searchable in the register")
    void a_registered_hazard_has_the_next_number_of_its_county_and_year_and_is_found_by_it() {
        UUID enterprise = api.enterprise("653022", "FIREWORKS");
        JsonNode first = api.registered(finding(enterprise));
        JsonNode second = api.registered(finding(enterprise));

        String number = first.get("number").asString();
        assertThat(number).matches("653022-" + today.getYear() + "-\\d{5}");
        long sequence = Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
        assertThat(second.get("number").asString())
                .isEqualTo(String.format("653022-%d-%05d", today.getYear(), sequence + 1));

        JsonNode found = api.get(HazardApiSupport.BASE + "?number=" + number);
        assertThat(found.get("items")).singleElement()
                .satisfies(h -> assertThat(h.get("id").asString()).isEqualTo(first.get("id").asString()));
        assertThat(api.get(HazardApiSupport.BASE + "/" + first.get("id").asString()).get("number").asString())
                .isEqualTo(number);

        List<String> ascending = numbers(api.get(HazardApiSupport.BASE + "?enterpriseId=" + enterprise
                + "&sort=number"));
        List<String> descending = numbers(api.get(HazardApiSupport.BASE + "?enterpriseId=" + enterprise
                + "&sort=-number"));
        assertThat(ascending).containsExactly(number, second.get("number").asString());
        assertThat(descending).containsExactly(second.get("number").asString(), number);
        assertThat(mvc.get().uri(HazardApiSupport.BASE + "?sort=enterprise;1").with(HazardApiSupport.ADMIN))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].code").isEqualTo("hazard.search.sort-invalid");
    }

    @Test
    void registrations_at_the_same_time_never_share_a_number() throws Exception {
        UUID enterprise = api.enterprise("653023", "FIREWORKS");
        int count = 8;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    MvcTestResult result = api.register(finding(enterprise), null);
                    assertThat(result).hasStatus(201);
                    numbers.add(api.read(result).get("number").asString());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(numbers).hasSize(count).allMatch(n -> n.startsWith("653023-" + today.getYear() + "-"));
    }

    @Test
    @DisplayName("the register shows numbers with sortable headers; the enterprise's page lists its hazards")
    void the_pages_show_the_number_sort_by_it_and_list_an_enterprises_hazards() {
        UUID enterprise = api.enterprise("653022", "FIREWORKS");
        JsonNode hazard = api.registered(finding(enterprise));
        String number = hazard.get("number").asString();

        MvcTestResult register = mvc.get().uri("/hazards?number=" + number).with(HazardApiSupport.ADMIN).exchange();
        assertThat(register).hasStatusOk();
        assertThat(register).bodyText().contains(number).contains("id=\"sort-number\"")
                .contains("sort=number").contains("/enterprises/" + enterprise);
        MvcTestResult sorted = mvc.get().uri("/hazards?sort=number").with(HazardApiSupport.ADMIN).exchange();
        assertThat(sorted).bodyText().contains("aria-sort=\"ascending\"").contains("sort=-number");

        MvcTestResult detail = mvc.get().uri("/hazards/" + hazard.get("id").asString())
                .with(HazardApiSupport.ADMIN).exchange();
        assertThat(detail).bodyText().contains("id=\"hazard-number\"").contains(number);

        MvcTestResult page = mvc.get().uri("/enterprises/" + enterprise).with(HazardApiSupport.ADMIN).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("id=\"enterprise-hazards\"").contains(number)
                .contains("/hazards/" + hazard.get("id").asString());
    }

    @Test
    @DisplayName("现场照片: the report form takes photos; the detail page shows them as thumbnails; a PDF is refused")
    void photos_reported_with_the_hazard_are_shown_as_thumbnails_and_a_non_image_is_refused_on_its_field() {
        UUID enterprise = api.enterprise("653022", "FIREWORKS");
        String creditCode = enterprises.findById(new org.zhiben.enterprises.EnterpriseId(enterprise)).orElseThrow()
                .creditCode().value();
        String source = "JC-" + UUID.randomUUID().toString().substring(0, 8);

        MvcTestResult refused = report(creditCode, source, new MockMultipartFile("files", "report.pdf",
                "application/pdf", HazardApiSupport.PDF));
        assertThat(refused).hasStatusOk();
        assertThat(refused).bodyText().contains("id=\"report-photos-error\"").contains("现场照片只接受");
        assertThat(api.get(HazardApiSupport.BASE + "?enterpriseId=" + enterprise).get("items")).isEmpty();

        MvcTestResult reported = report(creditCode, source, new MockMultipartFile("files", "scene.png", "image/png",
                HazardApiSupport.PNG));
        assertThat(reported).hasStatus3xxRedirection();
        JsonNode hazard = api.get(HazardApiSupport.BASE + "?enterpriseId=" + enterprise).get("items").get(0);
        assertThat(hazard.get("attachments")).singleElement()
                .satisfies(a -> assertThat(a.get("contentType").asString()).isEqualTo("image/png"));
        String photo = hazard.get("attachments").get(0).get("id").asString();

        MvcTestResult detail = mvc.get().uri("/hazards/" + hazard.get("id").asString())
                .with(HazardApiSupport.ADMIN).exchange();
        assertThat(detail).bodyText().contains("class=\"thumbnail\"").contains("<img")
                .contains("/attachments/" + photo).contains("照片预览：scene.png");
    }

    private MvcTestResult report(String creditCode, String source, MockMultipartFile photo) {
        return mvc.post().uri("/hazards/new").with(HazardApiSupport.ADMIN).multipart().file(photo)
                .param("creditCode", creditCode).param("location", "成品仓库").param("description", "仓库超量存药")
                .param("discoveredOn", today.minusDays(1).toString()).param("channel", "SUPERVISORY_INSPECTION")
                .param("sourceReference", source).param("clause", "FIREWORKS-2017|5").exchange();
    }

    private static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(h -> numbers.add(h.get("number").asString()));
        return numbers;
    }
}
