package org.zhiben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhiben.identity.Role;
import org.zhiben.identity.RolePermissions;
import org.zhiben.identity.security.SignedInUser;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.Permission;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input against every write endpoint of the API (POST, PUT, PATCH and DELETE under {@code /api/v1}), found
 * in Spring MVC's handler mappings when the test runs, so that a new module's endpoints are attacked without being
 * listed here. Each request carries one attack — a NUL in every text, {@code null} in every list, numbers and dates
 * far out of range, a body in the wrong media type, a malformed body, hostile query parameters, and for uploads a
 * NUL in the file name, two file parts or none — and every answer must be below 500 and, when a refusal, a problem
 * detail with a {@code code}. The caller holds every permission, so that authorisation lets each attack reach the
 * endpoint.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputProperties {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static volatile List<Endpoint> endpoints;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    enum Attack { NUL_IN_TEXT, NULL_IN_LISTS, HUGE_NUMBERS, FAR_DATES, WRONG_MEDIA_TYPE, MALFORMED_BODY, HOSTILE_QUERY }

    /** One write endpoint: method, path pattern, the type of its JSON body (null: none) and whether it takes uploads. */
    record Endpoint(RequestMethod method, String pattern, Type bodyType, boolean multipart) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @BeforeProperty
    void injectSpring() throws Exception {
        new TestContextManager(HostileInputProperties.class).prepareTestInstance(this);
        if (endpoints == null) {
            endpoints = writeEndpoints(handlerMapping);
        }
    }

    static List<Endpoint> writeEndpoints(RequestMappingHandlerMapping mapping) {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Type body = Arrays.stream(entry.getValue().getMethodParameters())
                    .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                    .map(MethodParameter::getGenericParameterType).findFirst().orElse(null);
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (WRITES.contains(method)) {
                        found.add(new Endpoint(method, pattern, body, multipart));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Endpoint::toString));
        return List.copyOf(found);
    }

    @Provide
    Arbitrary<Endpoint> writeEndpoint() {
        if (endpoints == null) {
            // the same cached application context the test instance gets
            endpoints = writeEndpoints(new TestContextManager(HostileInputProperties.class).getTestContext()
                    .getApplicationContext()
                    .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        }
        assertThat(endpoints).as("write endpoints found").hasSizeGreaterThan(20);
        return Arbitraries.of(endpoints);
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> controls = Arbitraries.strings().withChars('\u0000', '\u0001', '\u001b', '\u007f')
                .ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(40);
        return Combinators.combine(text, controls, text).as((before, control, after) -> before + control + after);
    }

    @Provide
    Arbitrary<String> hugeNumber() {
        return Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(19), java.math.BigInteger.TEN.pow(400))
                        .map(String::valueOf),
                Arbitraries.of("1e400", "-1e400", "1.5", "-0.0000001", "9223372036854775808",
                        "-9223372036854775809", "2147483648", "1E+2147483647"));
    }

    /** Every write endpoint with every attack, each once: the exhaustive sweep. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void every_attack_on_every_write_endpoint_is_refused_without_a_5xx(@ForAll("writeEndpoint") Endpoint endpoint,
                                                                        @ForAll Attack attack) {
        assertRefusedCleanly(endpoint, attack, send(endpoint, attack, "a\u0000b", "1e400"),
                mustRefuse(endpoint, attack));
    }

    /** Random endpoints with random hostile texts and numbers. */
    @Property(tries = 120)
    void random_hostile_values_never_cause_a_5xx(@ForAll("writeEndpoint") Endpoint endpoint, @ForAll Attack attack,
                                                  @ForAll("hostileText") String text,
                                                  @ForAll("hugeNumber") String number) {
        assertRefusedCleanly(endpoint, attack, send(endpoint, attack, text, number), mustRefuse(endpoint, attack));
    }

    /** Whether the attack certainly makes the request unacceptable (else it may be harmless for this endpoint). */
    private static boolean mustRefuse(Endpoint endpoint, Attack attack) {
        if (endpoint.multipart() || endpoint.bodyType() == null) {
            return true;
        }
        String sample = json(sample(endpoint.bodyType(), 0));
        return switch (attack) {
            case WRONG_MEDIA_TYPE, MALFORMED_BODY, HOSTILE_QUERY -> true;
            case NUL_IN_TEXT -> sample.contains("\"text\"");
            case NULL_IN_LISTS -> sample.contains("[");
            case FAR_DATES -> sample.contains(LocalDate.now().toString());
            case HUGE_NUMBERS -> false;
        };
    }

    private static void assertRefusedCleanly(Endpoint endpoint, Attack attack, MvcTestResult result,
                                             boolean mustRefuse) {
        int status = result.getResponse().getStatus();
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        String what = endpoint + " with " + attack + " answered " + status + ": " + abbreviate(body);
        assertThat(status).as(what).isLessThan(500);
        if (status >= 400) {
            assertThat(result.getResponse().getContentType()).as(what).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.path("code").asString("")).as(what).isNotBlank();
        }
        if (mustRefuse) {
            assertThat(status).as(what).isGreaterThanOrEqualTo(400);
        }
    }

    private MvcTestResult send(Endpoint endpoint, Attack attack, String text, String number) {
        String path = path(endpoint.pattern());
        if (attack == Attack.HOSTILE_QUERY || (endpoint.bodyType() == null && !endpoint.multipart())) {
            path += "?page=1000000000&q=" + encode(text) + "&size=" + encode(number);
            return request(endpoint, path).contentType(MediaType.APPLICATION_JSON)
                    .content(endpoint.bodyType() == null ? "" : json(sample(endpoint.bodyType(), 0))).exchange();
        }
        if (endpoint.multipart()) {
            return upload(endpoint, path, attack, text);
        }
        Object sample = sample(endpoint.bodyType(), 0);
        return switch (attack) {
            case NUL_IN_TEXT -> jsonRequest(endpoint, path, json(replace(sample, value -> value instanceof String
                    ? textWithNul(text) : value)));
            case NULL_IN_LISTS -> jsonRequest(endpoint, path, json(replaceLists(sample)));
            case HUGE_NUMBERS -> jsonRequest(endpoint, path, json(sample).replaceAll(":\\s*1(?=[,}])", ":" + number));
            case FAR_DATES -> jsonRequest(endpoint, path, json(replace(sample, value ->
                    value instanceof String s && s.equals(LocalDate.now().toString()) ? "+99999-01-01" : value)));
            case WRONG_MEDIA_TYPE -> request(endpoint, path)
                    .contentType(MediaType.parseMediaType(pick(text, "application/yaml", "text/plain",
                            "application/xml", "application/x-www-form-urlencoded")))
                    .content("description: " + text).exchange();
            case MALFORMED_BODY -> jsonRequest(endpoint, path, pick(text, "{", "[null]", "\"" + text, "{\"a\":}"));
            case HOSTILE_QUERY -> throw new IllegalStateException("handled above");
        };
    }

    /** A text that contains a NUL whatever the random text is. */
    private static String textWithNul(String text) {
        return text.indexOf('\u0000') >= 0 ? text : text + "\u0000";
    }

    private MvcTestResult upload(Endpoint endpoint, String path, Attack attack, String text) {
        var request = mvc.post().uri(path).with(caller()).multipart();
        MockMultipartFile file = new MockMultipartFile("file", "a.xlsx", "application/octet-stream",
                "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.UTF_8));
        return switch (attack) {
            case NUL_IN_TEXT -> request.file(new MockMultipartFile("file", textWithNul(text) + ".png", "image/png",
                    new byte[] {1, 2, 3})).exchange();
            case NULL_IN_LISTS, MALFORMED_BODY -> request.file(file).file(file).exchange();
            case WRONG_MEDIA_TYPE -> request(endpoint, path).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"file\": null}").exchange();
            default -> request.param("other", text).exchange();
        };
    }

    private MockMvcTester.MockMvcRequestBuilder request(Endpoint endpoint, String path) {
        var request = switch (endpoint.method()) {
            case PUT -> mvc.put();
            case PATCH -> mvc.patch();
            case DELETE -> mvc.delete();
            default -> mvc.post();
        };
        return request.uri(path).with(caller()).header("If-Match", "\"0\"");
    }

    private MvcTestResult jsonRequest(Endpoint endpoint, String path, String body) {
        return request(endpoint, path).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    /** A committee administrator who also holds every permission of every role. */
    private static RequestPostProcessor caller() {
        RequestPostProcessor token = csrf();
        return request -> {
            RolePermissions permissions = WebApplicationContextUtils
                    .getRequiredWebApplicationContext(request.getServletContext()).getBean(RolePermissions.class);
            SignedInUser user = TestCallers.signedIn("hostile-" + UUID.randomUUID().toString().substring(0, 8),
                    TestCallers.typical(Role.COMMITTEE_ADMIN), permissions);
            List<GrantedAuthority> authorities = new ArrayList<>(user.authorities());
            for (Permission permission : permissions.all()) {
                authorities.add(new SimpleGrantedAuthority(SignedInUser.authority(permission)));
            }
            RequestPostProcessor signedIn = authentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
            return token.postProcessRequest(signedIn.postProcessRequest(request));
        };
    }

    private static String path(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase();
            String value = name.contains("id") ? UUID.randomUUID().toString()
                    : name.contains("code") ? "CHEM-2017" : "X";
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** A plausible value of the type: texts "text", numbers 1, today, a random id, one element per list. */
    static Object sample(Type type, int depth) {
        if (depth > 6) {
            return null;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return new ArrayList<>(List.of(nonNull(sample(arguments[0], depth + 1))));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return new LinkedHashMap<>(Map.of("key", nonNull(sample(arguments[1], depth + 1))));
            }
            return sample(raw, depth);
        }
        if (!(type instanceof Class<?> clazz)) {
            return "text";
        }
        if (clazz == String.class) {
            return "text";
        }
        if (clazz == UUID.class) {
            return UUID.randomUUID().toString();
        }
        if (clazz == LocalDate.class) {
            return LocalDate.now().toString();
        }
        if (clazz == boolean.class || clazz == Boolean.class) {
            return true;
        }
        if (clazz.isPrimitive() || Number.class.isAssignableFrom(clazz)) {
            return 1;
        }
        if (clazz.isEnum()) {
            return clazz.getEnumConstants()[0].toString();
        }
        if (clazz.isRecord()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (RecordComponent component : clazz.getRecordComponents()) {
                object.put(component.getName(), sample(component.getGenericType(), depth + 1));
            }
            return object;
        }
        return "text";
    }

    private static Object nonNull(Object value) {
        return value == null ? "text" : value;
    }

    @SuppressWarnings("unchecked")
    private static Object replace(Object value, Function<Object, Object> leaf) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, element) -> copy.put(key, replace(element, leaf)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(element -> replace(element, leaf)).toList());
        }
        return leaf.apply(value);
    }

    @SuppressWarnings("unchecked")
    private static Object replaceLists(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, element) -> copy.put(key, replaceLists(element)));
            if (copy.values().stream().noneMatch(element -> element instanceof List<?>
                    || element instanceof Map<?, ?>)) {
                // no list to attack: a null where the body's first value is expected, and a list of nulls beside it
                copy.put(copy.keySet().stream().findFirst().orElse("value"), null);
                copy.put("items", Arrays.asList(null, null));
            }
            return copy;
        }
        if (value instanceof List<?>) {
            return Arrays.asList((Object) null);
        }
        return value;
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String pick(String seed, String... options) {
        return options[Math.floorMod(seed.hashCode(), options.length)];
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
