package org.zhiben.platform.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * The schemas of the OpenAPI document as JSON Schema 2020-12 (OpenAPI 3.1) says them:
 * <ul>
 * <li>a property marked {@code @Schema(nullable = true)} may be {@code null}: its type includes {@code "null"} (a
 *     reference becomes {@code oneOf} the reference or {@code null});</li>
 * <li>every property of a response body is required: the API always writes every field, {@code null} included, so a
 *     client may rely on the key being there.</li>
 * </ul>
 */
class SchemaDocumentation implements PropertyCustomizer, GlobalOpenApiCustomizer {

    private static final String REF_PREFIX = "#/components/schemas/";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || !markedNullable(property, type)) {
            return property;
        }
        property.setNullable(null);
        if (property.get$ref() != null) {
            Schema nullable = new Schema<>();
            nullable.setOneOf(List.of(new Schema<>().$ref(property.get$ref()), nullSchema()));
            nullable.setDescription(property.getDescription());
            return nullable;
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty()) {
            return property;
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getComponents() == null
                || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        schemas.values().forEach(SchemaDocumentation::nullableReferences);
        Set<String> sent = new LinkedHashSet<>();
        Set<String> answered = new LinkedHashSet<>();
        for (PathItem item : openApi.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                if (operation.getRequestBody() != null) {
                    collect(operation.getRequestBody().getContent(), schemas, sent);
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().forEach((status, response) -> {
                        if (status.startsWith("2")) {
                            collect(response.getContent(), schemas, answered);
                        }
                    });
                }
            }
        }
        for (String name : answered) {
            Schema schema = schemas.get(name);
            if (!sent.contains(name) && schema != null && schema.getProperties() != null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    /**
     * A reference that may be null: {@code oneOf} the reference or {@code null} ({@code $ref} beside {@code "type":
     * "null"} would mean both at once).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableReferences(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        properties.replaceAll((name, property) -> {
            boolean mayBeNull = Boolean.TRUE.equals(property.getNullable())
                    || (property.getTypes() != null && property.getTypes().contains("null"))
                    || "null".equals(property.getType());
            if (mayBeNull && property.get$ref() == null && property.getEnum() != null) {
                return nullableEnum(property);
            }
            if (property.get$ref() == null || !mayBeNull) {
                return property;
            }
            Schema nullable = new Schema<>();
            nullable.setOneOf(List.of(new Schema<>().$ref(property.get$ref()), nullSchema()));
            nullable.setDescription(property.getDescription());
            return nullable;
        });
    }

    /**
     * An enumeration that may be null: {@code oneOf} the enumeration or {@code null} (a {@code null} among the
     * enumerated values does not survive the document's serialisation).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullableEnum(Schema property) {
        Schema values = new Schema<>();
        values.setTypes(Set.of("string"));
        List<Object> named = new ArrayList<>(property.getEnum());
        named.removeIf(java.util.Objects::isNull);
        values.setEnum(named);
        Schema nullable = new Schema<>();
        nullable.setOneOf(List.of(values, nullSchema()));
        nullable.setDescription(property.getDescription());
        return nullable;
    }

    private static boolean markedNullable(Schema<?> property, AnnotatedType type) {
        if (Boolean.TRUE.equals(property.getNullable())) {
            return true;
        }
        if (type == null || type.getCtxAnnotations() == null) {
            return false;
        }
        for (Annotation annotation : type.getCtxAnnotations()) {
            if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema && schema.nullable()) {
                return true;
            }
        }
        return false;
    }

    private static Schema<Object> nullSchema() {
        Schema<Object> schema = new Schema<>();
        schema.setTypes(Set.of("null"));
        return schema;
    }

    /** The names of the component schemas a content refers to, directly or through other schemas. */
    @SuppressWarnings("rawtypes")
    private static void collect(Content content, Map<String, Schema> schemas, Set<String> found) {
        if (content == null) {
            return;
        }
        Deque<Schema> open = new ArrayDeque<>();
        content.values().forEach(media -> {
            if (media.getSchema() != null) {
                open.add(media.getSchema());
            }
        });
        while (!open.isEmpty()) {
            Schema schema = open.pop();
            if (schema.get$ref() != null && schema.get$ref().startsWith(REF_PREFIX)) {
                String name = schema.get$ref().substring(REF_PREFIX.length());
                if (found.add(name) && schemas.get(name) != null) {
                    open.add(schemas.get(name));
                }
                continue;
            }
            addAll(open, schema.getProperties() == null ? null : schema.getProperties().values());
            if (schema.getItems() != null) {
                open.add(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema additional) {
                open.add(additional);
            }
            addAll(open, schema.getOneOf());
            addAll(open, schema.getAllOf());
            addAll(open, schema.getAnyOf());
        }
    }

    @SuppressWarnings("rawtypes")
    private static void addAll(Deque<Schema> open, Collection<Schema> schemas) {
        if (schemas != null) {
            open.addAll(schemas);
        }
    }
}
