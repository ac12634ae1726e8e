package org.zhiben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.EnterprisePermissions;
import org.zhiben.hazards.HazardPermissions;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.organization.OrganizationPermissions;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.Permission;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of the API is a problem detail with a {@code code}, in Chinese by default and in English on request,
 * whoever makes it — Tomcat, Spring MVC or the application; a page gets an HTML error page, never JSON. Bodies are
 * JSON only and capped, and refused at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HttpEdgeTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    RegisterApiClient registerApiClient;

    RawHttp http;
    Map<String, String> bearer;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        String token = TestCallers.accessToken(registerApiClient, mvc, DataScope.wholePrefecture(),
                EnterprisePermissions.READ, OrganizationPermissions.READ, HazardPermissions.READ,
                OrganizationPermissions.RESPONSIBILITY_RESOLVE);
        bearer = new LinkedHashMap<>(Map.of("Authorization", "Bearer " + token));
    }

    private Map<String, String> with(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(bearer);
        headers.put(name, value);
        return headers;
    }

    private static JsonNode problem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isNotBlank();
        assertThat(problem.get("title").asString()).isNotBlank();
        return problem;
    }

    @Test
    void requests_tomcat_refuses_get_a_problem_detail_in_the_api() throws Exception {
        JsonNode encodedSlash = problem(http.send("GET", "/api/v1/enterprises/a%2Fb", bearer, null), 400);
        assertThat(encodedSlash.get("code").asString()).isEqualTo("request.malformed");
        assertThat(encodedSlash.get("title").asString()).isEqualTo("请求格式有误");
        problem(http.send("GET", "/api/v1/enterprises/a%00b", bearer, null), 400);
        RawHttp.Response longQuery = http.send("GET", "/api/v1/enterprises?q=" + "a".repeat(20_000), bearer, null);
        assertThat(longQuery.status()).isIn(400, 414);
        problem(longQuery, longQuery.status());
        JsonNode english = problem(http.send("GET", "/api/v1/enterprises/a%2Fb",
                with("Accept-Language", "en"), null), 400);
        assertThat(english.get("title").asString()).isEqualTo("Malformed request");
    }

    @Test
    void pages_tomcat_refuses_get_an_html_page() throws Exception {
        RawHttp.Response page = http.send("GET", "/enterprises/a%2Fb", Map.of("Accept", "application/json"), null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).doesNotContain("Apache Tomcat").doesNotContain("Exception");
    }

    @Test
    void spring_mvc_refusals_are_problem_details_with_a_code() throws Exception {
        JsonNode notFound = problem(http.send("GET", "/api/v1/organization/no-such-thing", bearer, null), 404);
        assertThat(notFound.get("code").asString()).isEqualTo("request.not-found");
        RawHttp.Response method = http.send("GET", "/api/v1/hazards/" + java.util.UUID.randomUUID()
                + "/rectification", bearer, null);
        assertThat(problem(method, 405).get("code").asString()).isEqualTo("request.method-not-allowed");
        assertThat(method.header("allow")).contains("POST");
        JsonNode unsupported = problem(http.send("POST", "/api/v1/responsibility/resolutions",
                with("Content-Type", "text/plain"),
                "x".getBytes(StandardCharsets.UTF_8)), 415);
        assertThat(unsupported.get("code").asString()).isEqualTo("request.unsupported-media-type");
        assertThat(unsupported.get("title").asString()).isEqualTo("不支持的内容类型");
        JsonNode notAcceptable = problem(http.send("GET", "/api/v1/enterprises", with("Accept", "application/xml"),
                null), 406);
        assertThat(notAcceptable.get("code").asString()).isEqualTo("request.not-acceptable");
        JsonNode englishUnsupported = problem(http.send("POST", "/api/v1/responsibility/resolutions",
                Map.of("Authorization", bearer.get("Authorization"), "Content-Type", "text/plain",
                        "Accept-Language", "en"), "x".getBytes(StandardCharsets.UTF_8)), 415);
        assertThat(englishUnsupported.get("title").asString()).isEqualTo("Unsupported media type");
    }

    @Test
    void a_page_that_does_not_exist_answers_the_error_page_even_to_a_json_client() throws Exception {
        RawHttp.Response page = http.send("GET", "/no-such-page", Map.of("Accept", "application/json"), null);
        assertThat(page.status()).isIn(302, 404);
        if (page.status() == 404) {
            assertThat(page.contentType()).startsWith("text/html");
        }
    }

    private MvcTestResult importing(String contentType, byte[] body) {
        return mvc.post().uri("/api/v1/enterprises/imports").with(TestCallers.committeeAdmin())
                .contentType(MediaType.parseMediaType(contentType)).content(body).exchange();
    }

    @Test
    void uploads_without_the_file_part_or_malformed_are_refused_with_a_problem() {
        MvcTestResult missing = mvc.post().uri("/api/v1/enterprises/imports").with(TestCallers.committeeAdmin())
                .multipart().param("other", "x").exchange();
        assertThat(missing).hasStatus(400);
        assertThat(missing).bodyJson().extractingPath("$.code").isEqualTo("validation");
        assertThat(missing).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        assertThat(missing).bodyJson().extractingPath("$.errors[0].code").isEqualTo("validation.required");
        MvcTestResult malformed = importing("multipart/form-data; boundary=XyZ",
                "garbage without a boundary".getBytes(StandardCharsets.UTF_8));
        assertThat(malformed).hasStatus(400);
        assertThat(malformed).bodyJson().extractingPath("$.code").isNotNull();
    }

    @Test
    void a_second_file_part_is_refused() {
        MockMultipartFile file = new MockMultipartFile("file", "a.csv", "text/csv",
                "统一社会信用代码\r\n".getBytes(StandardCharsets.UTF_8));
        MvcTestResult twice = mvc.post().uri("/api/v1/enterprises/imports").with(TestCallers.committeeAdmin())
                .multipart().file(file).file(file).exchange();
        assertThat(twice).hasStatus(400);
        assertThat(twice).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        assertThat(twice).bodyJson().extractingPath("$.errors[0].code").isEqualTo("upload.one-file-only");
    }

    @Test
    void a_yaml_body_is_refused_with_415_and_a_large_body_with_413_at_once() {
        long start = System.nanoTime();
        MvcTestResult yaml = mvc.post().uri("/api/v1/responsibility/resolutions").with(TestCallers.auditor())
                .contentType(MediaType.parseMediaType("application/yaml"))
                .content("description: " + "x".repeat(500_000) + "\n").exchange();
        assertThat(yaml).hasStatus(415).bodyJson().extractingPath("$.code")
                .isEqualTo("request.unsupported-media-type");

        byte[] fiveMegabytes = ("description: " + "x".repeat(5 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);
        MvcTestResult largeYaml = mvc.post().uri("/api/v1/responsibility/resolutions").with(TestCallers.auditor())
                .contentType(MediaType.parseMediaType("application/yaml")).content(fiveMegabytes).exchange();
        assertThat(largeYaml).hasStatus(413).bodyJson().extractingPath("$.code").isEqualTo("request.too-large");

        byte[] largeJson = ("{\"description\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        MvcTestResult json = mvc.post().uri("/api/v1/responsibility/resolutions").with(TestCallers.auditor())
                .contentType(MediaType.APPLICATION_JSON).content(largeJson).exchange();
        assertThat(json).hasStatus(413).bodyJson().extractingPath("$.code").isEqualTo("request.too-large");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for the three refusals")
                .isLessThan(5_000);
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_with_413() throws Exception {
        byte[] chunk = ("{\"description\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        String head = Integer.toHexString(chunk.length) + "\r\n";
        byte[] body = new byte[head.length() + chunk.length + 7];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(chunk, 0, body, head.length(), chunk.length);
        System.arraycopy("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0, body, head.length() + chunk.length, 7);
        Map<String, String> headers = with("Content-Type", "application/json");
        headers.put("Transfer-Encoding", "chunked");
        JsonNode tooLarge = problem(http.sendRaw("POST", "/api/v1/responsibility/resolutions", headers, body), 413);
        assertThat(tooLarge.get("code").asString()).isEqualTo("request.too-large");
    }
}
