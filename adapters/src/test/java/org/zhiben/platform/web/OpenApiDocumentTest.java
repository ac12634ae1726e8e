package org.zhiben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document is checked in under {@code docs/api/openapi.json}: this test fails when the running
 * application serves another one, and when the document is not a valid OpenAPI 3.1 document. To accept a change of
 * the API, regenerate the file:
 *
 * <pre>./mvnw -pl adapters -am -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dzhiben.openapi.write=true verify</pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

    static final String REGENERATE = "./mvnw -pl adapters -am -Dtest=OpenApiDocumentTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dzhiben.openapi.write=true verify";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Autowired
    MockMvcTester mvc;

    @Test
    void the_checked_in_document_is_the_one_the_application_serves() throws IOException {
        JsonNode served = JSON.readTree(mvc.get().uri("/v3/api-docs").exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Path file = checkedInFile();
        if (Boolean.getBoolean("zhiben.openapi.write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(served) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(file).as("the checked-in OpenAPI document; create it with%n  %s", REGENERATE).exists();
        JsonNode checkedIn = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));

        assertThat(differences(checkedIn, served, "$"))
                .as("The API differs from the checked-in document %s (first differences above). If the change is "
                        + "intended, regenerate the document and commit it with the change:%n  %s", file, REGENERATE)
                .isEmpty();
    }

    @Test
    void the_checked_in_document_is_a_valid_openapi_3_1_document() throws IOException {
        JsonNode document = JSON.readTree(Files.readString(checkedInFile(), StandardCharsets.UTF_8));
        assertThat(document.path("openapi").asString()).startsWith("3.1.");

        Schema oas31;
        try (InputStream schema = getClass().getResourceAsStream("/openapi/oas-3.1-schema.json")) {
            oas31 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(JSON.readTree(schema));
        }
        assertThat(oas31.validate(document)).extracting(Error::toString).isEmpty();

        // every schema of the document is itself a valid JSON Schema (2020-12, the dialect of OpenAPI 3.1)
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<String> invalid = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            metaSchema.validate(schema.getValue()).forEach(error -> invalid.add(schema.getKey() + ": " + error));
        }
        assertThat(invalid).isEmpty();
    }

    @Test
    void every_operation_names_its_scope_its_media_types_and_its_refusals() throws IOException {
        JsonNode document = JSON.readTree(Files.readString(checkedInFile(), StandardCharsets.UTF_8));
        JsonNode scopes = document.at("/components/securitySchemes/oauth2/flows/clientCredentials/scopes");
        assertThat(document.at("/components/securitySchemes/oauth2/flows/clientCredentials/tokenUrl").asString())
                .isEqualTo("/oauth2/token");
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                JsonNode required = operation.at("/security/0/oauth2");
                if (required.size() != 1 || !scopes.has(required.get(0).asString())) {
                    problems.add(name + ": no single known scope " + required);
                }
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    JsonNode content = response.getValue().path("content");
                    if (content.has("*/*")) {
                        problems.add(name + " " + response.getKey() + ": */*");
                    }
                    if (!response.getKey().startsWith("2") && !content.has("application/problem+json")) {
                        problems.add(name + " " + response.getKey() + ": not problem details");
                    }
                }
                for (String status : List.of("401", "403")) {
                    if (!operation.path("responses").has(status)) {
                        problems.add(name + ": no " + status);
                    }
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    if ("If-Match".equals(parameter.path("name").asString())
                            && (!parameter.path("required").asBoolean() || !operation.path("responses").has("428"))) {
                        problems.add(name + ": If-Match not required, or no 428");
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(60);
        assertThat(problems).isEmpty();
    }

    static Path checkedInFile() {
        String configured = System.getProperty("zhiben.openapi.file");
        return configured != null ? Path.of(configured) : Path.of("..", "docs", "api", "openapi.json");
    }

    /** Up to 20 places where two JSON trees differ, as JSON paths with both values (shortened). */
    static List<String> differences(JsonNode expected, JsonNode actual, String path) {
        List<String> found = new ArrayList<>();
        collect(expected, actual, path, found);
        return found;
    }

    private static void collect(JsonNode expected, JsonNode actual, String path, List<String> found) {
        if (found.size() >= 20 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (String name : expected.propertyNames()) {
                if (!actual.has(name)) {
                    found.add(path + "." + name + ": only in the checked-in document");
                } else {
                    collect(expected.get(name), actual.get(name), path + "." + name, found);
                }
            }
            for (String name : actual.propertyNames()) {
                if (!expected.has(name)) {
                    found.add(path + "." + name + ": only in the served document: " + shorten(actual.get(name)));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                collect(expected.get(i), actual.get(i), path + "[" + i + "]", found);
            }
        } else {
            found.add(path + ": checked in " + shorten(expected) + ", served " + shorten(actual));
        }
    }

    private static String shorten(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
