package org.zhiben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.testing.TestCallers.auditor;
import static org.zhiben.platform.testing.TestCallers.committeeAdmin;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.web.TestCreditCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bureau's client that knows the API only from the checked-in document {@code docs/api/openapi.json}: it finds the
 * token endpoint and the scopes in the security scheme, every path, parameter and header in the operations, and checks
 * every answer against what the document promises — a documented status, media type and headers, and a body valid
 * against the operation's schema (JSON Schema 2020-12 over the document's components).
 *
 * <p>The client registers a hazard of an enterprise in its data scope, a supervisor (a signed-in user, through the
 * same document) sets the rectification plan, and the client reports the rectification under {@code If-Match}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AKTO = "653022";
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Autowired
    MockMvcTester mvc;

    JsonNode document;
    SchemaRegistry registry;

    @BeforeEach
    void readTheDocument() throws IOException {
        document = JSON.readTree(Files.readString(OpenApiDocumentTest.checkedInFile(), StandardCharsets.UTF_8));
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    }

    @Test
    void a_client_written_from_the_document_registers_a_hazard_and_reports_its_rectification() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<String> scopes = List.of(scopeOf("get", "/api/v1/enterprises"), scopeOf("get", "/api/v1/hazards"),
                scopeOf("post", "/api/v1/hazards"), scopeOf("get", "/api/v1/hazards/{id}"),
                scopeOf("post", "/api/v1/hazards/{id}/rectification"));
        assertThat(scopes).contains("enterprises:read", "hazards:read", "hazards:report");

        // the administrator registers the bureau's client and an enterprise in Akto, through the documented API
        Call client = new Call("post", "/api/v1/identity/api-clients").as(committeeAdmin()).body(Map.of(
                "clientId", "contract-" + UUID.randomUUID().toString().substring(0, 8), "name", "县应急局系统",
                "owner", "阿克陶县应急管理局", "scopes", scopes.stream().distinct().toList(),
                "dataScope", Map.of("jurisdictions", List.of(AKTO))));
        JsonNode secret = client.expect(201);
        JsonNode enterprise = new Call("post", "/api/v1/enterprises").as(committeeAdmin()).body(enterpriseIn(AKTO))
                .expect(201);
        JsonNode elsewhere = new Call("post", "/api/v1/enterprises").as(committeeAdmin())
                .body(enterpriseIn("653001")).expect(201);

        // a token for exactly the scopes the operations require, at the document's token endpoint
        String token = token(secret.get("clientId").asString(), secret.get("secret").asString(), scopes);
        RequestPostProcessor bearer = request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };

        // the enterprises in scope: the one in Akto, not the one in Artux
        JsonNode found = new Call("get", "/api/v1/enterprises").as(bearer).query("jurisdiction", AKTO)
                .query("size", "200").expect(200);
        List<String> ids = found.get("items").valueStream().map(e -> e.get("id").asString()).toList();
        assertThat(ids).contains(enterprise.get("id").asString()).doesNotContain(elsewhere.get("id").asString());
        assertThat(new Call("get", "/api/v1/enterprises").as(bearer).query("jurisdiction", "653001").expect(200)
                .get("totalItems").asLong()).isZero();

        // register a hazard (a retry with the same key answers the same) and find it in the list
        String key = UUID.randomUUID().toString();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("enterpriseId", enterprise.get("id").asString());
        report.put("location", "二号罐区");
        report.put("description", "两名特种作业人员未持证上岗");
        report.put("discoveredOn", today.minusDays(2).toString());
        report.put("channel", "SUPERVISORY_INSPECTION");
        report.put("sourceReference", "JC-2026-0042");
        report.put("clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2"));
        Call register = new Call("post", "/api/v1/hazards").as(bearer).header("Idempotency-Key", key).body(report);
        JsonNode hazard = register.expect(201);
        assertThat(hazard.get("status").asString()).isEqualTo("DETERMINED");
        assertThat(register.response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");
        assertThat(new Call("post", "/api/v1/hazards").as(bearer).header("Idempotency-Key", key).body(report)
                .expect(201).get("id")).isEqualTo(hazard.get("id"));
        String id = hazard.get("id").asString();
        JsonNode hazards = new Call("get", "/api/v1/hazards").as(bearer).query("enterpriseId",
                enterprise.get("id").asString()).expect(200);
        assertThat(hazards.get("totalItems").asLong()).isEqualTo(1);

        // a supervisor sets the plan: DETERMINED → RECTIFYING
        new Call("post", "/api/v1/hazards/{id}/rectification-plan").as(committeeAdmin()).path("id", id)
                .header("If-Match", "\"0\"").body(Map.of("responsiblePerson", "王五", "measures", "组织培训取证",
                        "fundsFen", 1_200_000, "deadline", today.plusDays(30).toString(),
                        "contingencyPlan", "持证人员现场监护")).expect(200);

        // the client reads the hazard's version and reports the rectification: RECTIFYING → RECTIFIED
        Call read = new Call("get", "/api/v1/hazards/{id}").as(bearer).path("id", id);
        read.expect(200);
        String eTag = read.response.getHeader(HttpHeaders.ETAG);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        JsonNode photo = new Call("post", "/api/v1/hazards/{id}/attachments").as(bearer).path("id", id)
                .file(new MockMultipartFile("file", "certificates.png", "image/png", png)).expect(201);
        Map<String, Object> rectification = Map.of("evidence", "两人已取得特种作业操作证",
                "attachmentIds", List.of(photo.get("id").asString()));
        JsonNode refused = new Call("post", "/api/v1/hazards/{id}/rectification").as(bearer).path("id", id)
                .body(rectification).expect(428);
        assertThat(refused.get("code").asString()).isEqualTo("concurrency.if-match.required");
        JsonNode stale = new Call("post", "/api/v1/hazards/{id}/rectification").as(bearer).path("id", id)
                .header("If-Match", "\"0\"").body(rectification).expect(412);
        assertThat(stale.get("code").asString()).isEqualTo("concurrency.stale-version");
        Call rectify = new Call("post", "/api/v1/hazards/{id}/rectification").as(bearer).path("id", id)
                .header("If-Match", eTag).body(rectification);
        JsonNode rectified = rectify.expect(200);
        assertThat(rectified.get("status").asString()).isEqualTo("RECTIFIED");
        assertThat(rectify.response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"2\"");

        // refusals are documented too: another county's hazard is not found, a list page too large is refused
        new Call("get", "/api/v1/hazards/{id}").as(bearer).path("id", UUID.randomUUID().toString()).expect(404);
        new Call("get", "/api/v1/hazards").as(bearer).query("size", "201").expect(400);
        new Call("get", "/api/v1/hazards").expect(401);
    }

    @Test
    void the_documented_page_size_limit_is_the_one_every_paged_list_enforces() {
        List<String> paged = new ArrayList<>();
        document.get("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().get("get");
            if (get != null && get.has("parameters")) {
                for (JsonNode parameter : get.get("parameters")) {
                    if ("size".equals(parameter.path("name").asString())) {
                        paged.add(path.getKey());
                        int maximum = parameter.path("schema").path("maximum").asInt();
                        assertThat(maximum).as(path.getKey()).isEqualTo(PageView.MAX_SIZE);
                        RequestPostProcessor caller = path.getKey().startsWith("/api/v1/audit") ? auditor()
                                : committeeAdmin();
                        new Call("get", path.getKey()).as(caller).query("size", String.valueOf(maximum)).expect(200);
                        new Call("get", path.getKey()).as(caller).query("size", String.valueOf(maximum + 1))
                                .expect(400);
                    }
                }
            }
        });
        assertThat(paged).contains("/api/v1/enterprises", "/api/v1/hazards", "/api/v1/identity/users",
                "/api/v1/audit/entries");
    }

    @Test
    void every_read_without_parameters_answers_what_the_document_says() {
        List<String> read = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        document.get("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().get("get");
            boolean needsValues = get == null || path.getKey().contains("{")
                    || get.path("parameters").valueStream().anyMatch(p -> p.path("required").asBoolean());
            if (!needsValues) {
                RequestPostProcessor caller = path.getKey().startsWith("/api/v1/audit") ? auditor() : committeeAdmin();
                Call call = new Call("get", path.getKey()).as(caller);
                try {
                    call.expectDocumented();
                } catch (AssertionError failure) {
                    String message = failure.getMessage();
                    // the body comes first and the violations last: keep the start and the end of a long message
                    failures.add(message.length() > 4000
                            ? message.substring(0, 1000) + "…" + message.substring(message.length() - 3000) : message);
                }
                if (call.response.getStatus() == 200) {
                    read.add(path.getKey());
                }
            }
        });
        assertThat(failures).isEmpty();
        assertThat(read).contains("/api/v1/organization/units", "/api/v1/campaign/tasks", "/api/v1/standards",
                "/api/v1/hazards", "/api/v1/enterprises", "/api/v1/identity/users", "/api/v1/audit/entries");
    }

    // ------------------------------------------------------------------------------------------- the client

    private Map<String, Object> enterpriseIn(String jurisdiction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", TestCreditCodes.random());
        body.put("name", "合同测试化工" + org.zhiben.platform.testing.TestNames.letters());
        body.put("jurisdiction", jurisdiction);
        body.put("industry", "HAZARDOUS_CHEMICALS");
        body.put("address", "工业园区 1 号");
        body.put("principalName", "张三");
        body.put("principalPhone", "13800000000");
        body.put("controllerName", "李四");
        body.put("controllerPhone", "13900000000");
        return body;
    }

    private String scopeOf(String method, String path) {
        JsonNode security = operation(method, path).get("security");
        assertThat(security).as("security of %s %s", method, path).isNotNull();
        return security.get(0).get("oauth2").get(0).asString();
    }

    private JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isObject()).as("the document has %s %s", method, path).isTrue();
        return operation;
    }

    private String token(String clientId, String secret, List<String> scopes) {
        JsonNode flow = document.path("components").path("securitySchemes").path("oauth2").path("flows")
                .path("clientCredentials");
        String tokenUrl = flow.path("tokenUrl").asString();
        assertThat(tokenUrl).isNotBlank();
        scopes.forEach(scope -> assertThat(flow.path("scopes").has(scope)).as("scope %s", scope).isTrue());
        MockHttpServletResponse response = mvc.post().uri(tokenUrl)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "client_credentials")
                .param("scope", String.join(" ", scopes.stream().distinct().toList()))
                .exchange().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return read(response).get("access_token").asString();
    }

    private static JsonNode read(MockHttpServletResponse response) {
        String body = text(response);
        try {
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (RuntimeException e) {
            throw new AssertionError("the answer is not JSON: " + body, e);
        }
    }

    private static String text(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** One call of a documented operation, checked against the document. */
    private final class Call {

        final String method;
        final String template;
        final JsonNode operation;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        RequestPostProcessor caller;
        Object body;
        MockMultipartFile file;
        MockHttpServletResponse response;

        Call(String method, String template) {
            this.method = method;
            this.template = template;
            this.operation = operation(method, template);
        }

        Call as(RequestPostProcessor caller) {
            this.caller = caller;
            return this;
        }

        Call path(String name, String value) {
            assertThat(documentedParameter("path", name)).as("path parameter %s of %s", name, template).isTrue();
            pathValues.put(name, value);
            return this;
        }

        Call query(String name, String value) {
            assertThat(documentedParameter("query", name)).as("query parameter %s of %s", name, template).isTrue();
            query.put(name, value);
            return this;
        }

        Call header(String name, String value) {
            assertThat(documentedParameter("header", name)).as("header %s of %s", name, template).isTrue();
            headers.put(name, value);
            return this;
        }

        Call body(Object body) {
            JsonNode requestBody = operation.path("requestBody").path("content").path("application/json");
            assertThat(requestBody.isObject()).as("%s %s takes a JSON body", method, template).isTrue();
            List<Error> errors = validate(JSON.valueToTree(body), requestBody.path("schema"));
            assertThat(errors).as("the request body of %s %s is valid by the document", method, template)
                    .extracting(Error::toString).isEmpty();
            this.body = body;
            return this;
        }

        Call file(MockMultipartFile file) {
            JsonNode form = operation.path("requestBody").path("content").path("multipart/form-data");
            assertThat(form.path("schema").path("properties").has(file.getName()))
                    .as("%s %s takes a multipart part %s", method, template, file.getName()).isTrue();
            this.file = file;
            return this;
        }

        /** Sends the call; the answer must have this status and match what the document says of it. */
        JsonNode expect(int status) {
            return send(status);
        }

        /** Sends the call; the answer may have any status the document names, and must match what it says of it. */
        JsonNode expectDocumented() {
            return send(-1);
        }

        private JsonNode send(int expected) {
            String path = template;
            Matcher variables = TEMPLATE_VARIABLE.matcher(template);
            while (variables.find()) {
                assertThat(pathValues).as("value of {%s}", variables.group(1)).containsKey(variables.group(1));
                path = path.replace(variables.group(), pathValues.get(variables.group(1)));
            }
            operation.path("parameters").forEach(parameter -> {
                if (parameter.path("required").asBoolean() && "header".equals(parameter.path("in").asString())
                        && !headers.containsKey(parameter.path("name").asString()) && expected != 428) {
                    throw new AssertionError("the document requires the header " + parameter.path("name"));
                }
            });
            AbstractMockHttpServletRequestBuilder<?> request = file != null
                    ? MockMvcRequestBuilders.multipart(path).file(file)
                    : MockMvcRequestBuilders.request(HttpMethod.valueOf(method.toUpperCase()), path);
            query.forEach(request::param);
            headers.forEach(request::header);
            if (caller != null) {
                request.with(caller);
            }
            if (body != null) {
                request.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body));
            }
            response = mvc.perform(request).getResponse();

            String label = method.toUpperCase() + " " + template + " → " + response.getStatus();
            int status = expected < 0 ? response.getStatus() : expected;
            assertThat(response.getStatus()).as("%s: %s", label, text(response)).isEqualTo(status);
            JsonNode documented = operation.path("responses").path(String.valueOf(status));
            assertThat(documented.isObject()).as("%s is a documented answer", label).isTrue();
            documented.path("headers").properties().forEach(header ->
                    assertThat(response.getHeader(header.getKey())).as("%s header %s", label, header.getKey())
                            .isNotNull());
            JsonNode content = documented.path("content");
            if (content.isEmpty()) {
                assertThat(response.getContentLength()).as("%s has no body", label).isZero();
                return JSON.nullNode();
            }
            String mediaType = org.springframework.http.MediaType.parseMediaType(response.getContentType())
                    .getType() + "/" + org.springframework.http.MediaType.parseMediaType(response.getContentType())
                    .getSubtype();
            assertThat(content.has(mediaType)).as("%s answers the documented media type, not %s", label, mediaType)
                    .isTrue();
            if ("binary".equals(content.path(mediaType).path("schema").path("format").asString(""))) {
                assertThat(response.getContentAsByteArray()).as("%s answers a file", label).isNotEmpty();
                return JSON.nullNode();
            }
            JsonNode answer = read(response);
            List<Error> errors = validate(answer, content.path(mediaType).path("schema"));
            assertThat(errors).as("%s: the body is valid by the document: %s", label, answer)
                    .extracting(Error::toString).isEmpty();
            return answer;
        }

        private boolean documentedParameter(String in, String name) {
            for (JsonNode parameter : operation.path("parameters")) {
                if (in.equals(parameter.path("in").asString()) && name.equalsIgnoreCase(
                        parameter.path("name").asString())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Validates a JSON value against a schema of the document, its references resolved in the document's components. */
    private List<Error> validate(JsonNode value, JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("allOf", JSON.createArrayNode().add(schema));
        root.set("components", document.path("components"));
        Schema validator = registry.getSchema(root);
        return validator.validate(value);
    }
}
