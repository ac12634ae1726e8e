package org.zhiben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every type the API reads or writes has a schema of its own in the OpenAPI document, and that schema describes that
 * type: a client generated from the document must not read one module's {@code ComplianceView} with another module's
 * fields.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiSchemaNamesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiSchemaNames schemaNames;

    @Test
    void no_two_api_types_share_a_schema_name() {
        Map<String, List<String>> byName = new HashMap<>();
        for (Class<?> type : schemaNames.apiTypes()) {
            if (type.getTypeParameters().length == 0) {
                byName.computeIfAbsent(nameOf(type), name -> new ArrayList<>()).add(type.getName());
            }
        }
        assertThat(byName).as("schema names shared by several API types").allSatisfy((name, types) ->
                assertThat(types).as(name).hasSize(1));
    }

    @Test
    void each_api_record_is_described_by_the_schema_named_after_it() throws Exception {
        JsonNode schemas = JsonMapper.builder().build().readTree(mvc.get().uri("/v3/api-docs").exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).path("components").path("schemas");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : schemaNames.apiTypes()) {
            if (!type.isRecord() || type.getTypeParameters().length > 0) {
                continue;
            }
            JsonNode schema = schemas.path(nameOf(type));
            if (schema.isMissingNode()) {
                continue; // a type the document inlines (e.g. a response written as a file) has no schema of its own
            }
            checked++;
            Set<String> documented = new TreeSet<>(schema.path("properties").propertyNames());
            Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> missing = new TreeSet<>(components);
            missing.removeAll(documented);
            Set<String> foreign = new TreeSet<>(documented);
            foreign.removeIf(property -> components.contains(property) || readable(type, property));
            if (!missing.isEmpty() || !foreign.isEmpty()) {
                wrong.add(nameOf(type) + " lacks " + missing + " and documents " + foreign + " that "
                        + type.getName() + " does not have");
            }
        }
        assertThat(checked).as("API records checked against their schemas").isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    @Test
    void only_a_shared_name_is_qualified_and_a_qualified_name_still_ends_with_the_type_name() {
        Map<Class<?>, String> qualified = schemaNames.qualifiedNames();
        assertThat(qualified).as("the API has types sharing a simple name").isNotEmpty()
                .allSatisfy((type, name) -> assertThat(name).endsWith(ApiSchemaNames.simpleName(type))
                        .isNotEqualTo(ApiSchemaNames.simpleName(type)));
        Set<String> shared = qualified.keySet().stream().map(ApiSchemaNames::simpleName).collect(Collectors.toSet());
        assertThat(schemaNames.apiTypes()).filteredOn(type -> !qualified.containsKey(type))
                .allSatisfy(type -> assertThat(shared).doesNotContain(ApiSchemaNames.simpleName(type)));
    }

    /** Whether the JSON of the type has the property beyond its components (a public getter the writer reads). */
    private static boolean readable(Class<?> type, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return Arrays.stream(type.getMethods()).anyMatch(method -> method.getParameterCount() == 0
                && (method.getName().equals("get" + capitalised) || method.getName().equals("is" + capitalised)));
    }

    private String nameOf(Class<?> type) {
        return schemaNames.qualifiedNames().getOrDefault(type, ApiSchemaNames.simpleName(type));
    }
}
