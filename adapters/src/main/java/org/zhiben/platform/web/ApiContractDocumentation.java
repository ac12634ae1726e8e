package org.zhiben.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;

/**
 * What the OpenAPI document must say beyond the controllers' annotations, for every operation alike:
 * <ul>
 * <li>every refusal as {@code application/problem+json} with the {@code Problem} schema and the {@code code} values
 *     that status carries (401, 403 and 429 with {@code Retry-After} everywhere; 400 where the caller sends input;
 *     404 where a path names a resource; 406, 500 and 503 everywhere; 409 where a change may break a rule; 412 and
 *     428 where {@code If-Match} is due; 413 and 415 where a body is sent; 422 for a reused
 *     {@code Idempotency-Key}); the codes of each status come from {@link ApiProblemCode};</li>
 * <li>{@code If-Match} required where leaving it out answers 428, and the {@code ETag} response header on those
 *     changes and where an operation is marked {@link RespondsWithETag};</li>
 * <li>the limits of the paging parameters {@code page} and {@code size};</li>
 * <li>no {@code *}{@code /*} media type: JSON unless the operation says otherwise;</li>
 * <li>stable operation ids ({@link #operationId}).</li>
 * </ul>
 */
class ApiContractDocumentation implements OperationCustomizer, GlobalOpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    /**
     * The {@code code} values of each refusal status that the platform itself answers ({@link ApiProblemCode}), and
     * those of the security chain and of idempotent registration.
     */
    private static final Map<String, List<String>> PLATFORM_CODES = platformCodes();

    private static Map<String, List<String>> platformCodes() {
        Map<String, List<String>> codes = new TreeMap<>();
        for (ApiProblemCode code : ApiProblemCode.values()) {
            codes.computeIfAbsent(String.valueOf(code.status().value()), status -> new ArrayList<>())
                    .add(code.code());
        }
        codes.computeIfAbsent("400", status -> new ArrayList<>()).add("concurrency.if-match.invalid");
        codes.computeIfAbsent("404", status -> new ArrayList<>()).add("not-found");
        codes.computeIfAbsent("401", status -> new ArrayList<>()).add("security.unauthenticated");
        codes.computeIfAbsent("403", status -> new ArrayList<>()).add("security.forbidden");
        codes.computeIfAbsent("422", status -> new ArrayList<>()).add("idempotency.key-reused");
        codes.computeIfAbsent("429", status -> new ArrayList<>()).add("security.rate-limited");
        return codes;
    }

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("406", "The `Accept` header allows no representation of the answer."),
            Map.entry("415", "The body's `Content-Type` is not the one the operation takes."),
            Map.entry("500", "An unexpected failure; the request changed nothing."),
            Map.entry("503", "The service cannot answer now (e.g. the database is unreachable); retry later."),
            Map.entry("400", "Invalid input; nothing was stored. `errors[]` names each offending field with its own "
                    + "`code`."),
            Map.entry("401", "No valid bearer token (or session). The answer carries `WWW-Authenticate: Bearer`."),
            Map.entry("403", "The caller lacks the scope this operation requires."),
            Map.entry("404", "The resource does not exist, or lies outside the caller's data scope."),
            Map.entry("409", "A rule refuses the change in the resource's current state; `code` names the rule."),
            Map.entry("412", "The resource changed since it was read: `If-Match` names an older version."),
            Map.entry("413", "The body is larger than this operation accepts."),
            Map.entry("422", "The `Idempotency-Key` was used before with another request."),
            Map.entry("428", "`If-Match` is missing: send the `ETag` last read."),
            Map.entry("429", "The API client is over its rate limit; `Retry-After` says in how many seconds it may "
                    + "call again."));

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        operation.setOperationId(operationId(handlerMethod));
        boolean ifMatch = false;
        boolean idempotencyKey = false;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("header".equals(parameter.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                    ifMatch = true;
                    parameter.setRequired(true);
                    parameter.setDescription("The `ETag` of the version last read, e.g. `\"3\"`; "
                            + "428 without it, 412 when the resource has changed since.");
                    parameter.setSchema(new Schema<String>().type("string").types(Set.of("string"))
                            .pattern("^\"[0-9]+\"$"));
                }
                if ("query".equals(parameter.getIn()) && "page".equals(parameter.getName())
                        && parameter.getSchema() != null) {
                    parameter.setDescription("the page number, from 0");
                    parameter.getSchema().setMinimum(java.math.BigDecimal.ZERO);
                }
                if ("query".equals(parameter.getIn()) && "size".equals(parameter.getName())
                        && parameter.getSchema() != null) {
                    parameter.setDescription("the page size, 1 to " + PageView.MAX_SIZE + " (else 400)");
                    parameter.getSchema().setMinimum(java.math.BigDecimal.ONE);
                    parameter.getSchema().setMaximum(java.math.BigDecimal.valueOf(PageView.MAX_SIZE));
                }
                if ("header".equals(parameter.getIn()) && "Idempotency-Key".equalsIgnoreCase(parameter.getName())) {
                    idempotencyKey = true;
                    parameter.setDescription("Any unique string (e.g. a UUID): a retry with the same key and body "
                            + "returns the first response and creates nothing.");
                }
            }
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        // a change under If-Match answers with the new version; reads and creations say so with the annotation
        boolean eTag = ifMatch || handlerMethod.hasMethodAnnotation(RespondsWithETag.class);
        responses.forEach((status, response) -> {
            if (status.startsWith("2")) {
                if (eTag) {
                    response.addHeaderObject(HttpHeaders.ETAG, new Header()
                            .description("The resource's version, to send back as `If-Match` with a change.")
                            .schema(new Schema<String>().type("string").types(Set.of("string"))
                                    .pattern("^\"[0-9]+\"$")));
                }
            }
        });

        String method = method(handlerMethod);
        boolean input = ifMatch || operation.getRequestBody() != null || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> !"header".equals(p.getIn())));
        boolean namesResource = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));

        if (input) {
            addProblem(responses, "400", PLATFORM_CODES.get("400"));
        }
        addProblem(responses, "401", PLATFORM_CODES.get("401"));
        addProblem(responses, "403", PLATFORM_CODES.get("403"));
        addProblem(responses, "429", PLATFORM_CODES.get("429"));
        responses.get("429").addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                .description("whole seconds to wait before the next call")
                .schema(new Schema<Integer>().type("integer").types(Set.of("integer"))
                        .minimum(java.math.BigDecimal.ONE)));
        if (namesResource) {
            addProblem(responses, "404", PLATFORM_CODES.get("404"));
        }
        if (!"GET".equals(method)) {
            addProblem(responses, "409", PLATFORM_CODES.get("409"));
        }
        if (operation.getRequestBody() != null) {
            addProblem(responses, "413", PLATFORM_CODES.get("413"));
            addProblem(responses, "415", PLATFORM_CODES.get("415"));
        }
        addProblem(responses, "406", PLATFORM_CODES.get("406"));
        addProblem(responses, "500", PLATFORM_CODES.get("500"));
        addProblem(responses, "503", PLATFORM_CODES.get("503"));
        if (ifMatch) {
            addProblem(responses, "412", PLATFORM_CODES.get("412"));
            addProblem(responses, "428", PLATFORM_CODES.get("428"));
        }
        if (idempotencyKey) {
            addProblem(responses, "422", PLATFORM_CODES.get("422"));
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(FIELD_ERROR, fieldErrorSchema());
        components.addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem item : openApi.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                operation.getResponses().forEach((status, response) -> {
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().stream().filter(header -> header.getSchema() == null)
                                .forEach(header -> header.style(null)
                                        .schema(new Schema<String>().type("string").types(Set.of("string"))));
                    }
                    if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                        MediaType anything = response.getContent().remove("*/*");
                        response.getContent().addMediaType(JSON, anything);
                    }
                });
                // the refusals in the order of their status
                ApiResponses sorted = new ApiResponses();
                new TreeMap<>(operation.getResponses()).forEach(sorted::addApiResponse);
                operation.setResponses(sorted);
            }
        }
    }

    private static void addProblem(ApiResponses responses, String status, List<String> codes) {
        if (responses.containsKey(status)) {
            return;
        }
        String description = MEANINGS.get(status) + " `code`: " + String.join(", ",
                codes.stream().map(code -> "`" + code + "`").toList())
                + ("409".equals(status) || "404".equals(status) || "400".equals(status)
                        ? " or a code of the module's rules (see the operation's description)" : "") + ".";
        Schema<Object> schema = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema))));
    }

    /**
     * A stable, unique operation id: the controller's name without {@code Controller} and the method's name, e.g.
     * {@code hazardRegister} (springdoc's own ids depend on the order it meets the methods: {@code register_1}).
     */
    static String operationId(HandlerMethod handlerMethod) {
        String type = handlerMethod.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String method = handlerMethod.getMethod().getName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    private static String method(HandlerMethod handlerMethod) {
        var mapping = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(
                handlerMethod.getMethod(), org.springframework.web.bind.annotation.RequestMapping.class);
        return mapping == null || mapping.method().length == 0 ? "GET" : mapping.method()[0].name();
    }

    private static Schema<Object> fieldErrorSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", typed("the offending field (e.g. `businessUnits[1]`), or null for the whole request",
                "string", "null"));
        properties.put("code", typed("stable code of the refusal: a bean-validation constraint (e.g. `NotBlank`), a "
                + "module's rule (e.g. `enterprise.credit-code.check`) or one of the platform's: " + String.join(", ",
                java.util.Arrays.stream(ApiProblemCode.FieldCode.values()).map(c -> "`" + c.code() + "`").toList()),
                "string"));
        properties.put("message", typed("what is wrong, in the caller's language", "string"));
        Schema<Object> schema = new Schema<>().type("object").types(Set.of("object"));
        schema.setProperties(properties);
        schema.setRequired(List.of("field", "code", "message"));
        schema.setDescription("One refused input of a 400 answer.");
        return schema;
    }

    private static Schema<Object> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", typed("`urn:zhiben:problem:<code>`", "string").format("uri-reference"));
        properties.put("title", typed("short summary of the kind of problem, in the caller's language", "string"));
        properties.put("status", typed("the HTTP status", "integer").format("int32"));
        properties.put("detail", typed("what went wrong in this case, in the caller's language", "string"));
        properties.put("instance", typed("the request path", "string").format("uri-reference"));
        properties.put("code", typed("stable code for programs (the texts change with the language); the response "
                + "of each status lists its codes", "string"));
        Schema<Object> errors = new Schema<>().type("array").types(Set.of("array"))
                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR));
        errors.setDescription("400 only: each offending input");
        properties.put("errors", errors);
        Schema<Object> schema = new Schema<>().type("object").types(Set.of("object"));
        schema.setProperties(properties);
        schema.setRequired(List.of("type", "title", "status", "code"));
        schema.setDescription("An RFC 9457 problem detail (`application/problem+json`).");
        return schema;
    }

    private static Schema<Object> typed(String description, String... types) {
        Schema<Object> schema = new Schema<>().type(types[0]).types(new java.util.LinkedHashSet<>(List.of(types)));
        schema.setDescription(description);
        return schema;
    }
}
