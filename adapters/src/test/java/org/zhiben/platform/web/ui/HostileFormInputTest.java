package org.zhiben.platform.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.RequestDispatcher;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhiben.identity.Role;
import org.zhiben.identity.RolePermissions;
import org.zhiben.identity.security.SignedInUser;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.Permission;

/**
 * Hostile values against every form of every page ({@code POST} handlers of the {@link PageController}s, found in
 * Spring MVC's handler mapping when the test runs, so that a new module's forms are attacked without being listed
 * here). For each form and each kind of hostile value, one request puts the value into every field the kind applies
 * to — the form's bean properties, its request parameters, its path variables — with a valid CSRF token, as a
 * signed-in committee administrator who holds every permission. Every answer must be below 500 and clear: the form
 * again with a field message, or a 4xx error page in Chinese; and nothing stored may change (a checksum of every row
 * of every table of the modules' schemas, the audit trail among them, before and after the invalid values). SQL and
 * HTML text are valid text: they may be stored, but never run, and a page that shows them escapes them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileFormInputTest {

    /** Tables whose rows change without a form's doing: the event outbox, the sessions, the migrations. */
    private static final Set<String> UNWATCHED = Set.of("event_publication", "event_publication_archive",
            "flyway_schema_history", "spring_session", "spring_session_attributes", "shedlock");
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("pg_catalog", "information_schema", "pg_toast");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");
    /** A message on a form: next to a field, or for the whole form, with some text. */
    private static final Pattern MESSAGE = Pattern.compile(
            "class=\"(field-error|form-errors|alert error|flash error)[^\"]*\"[^>]*>\\s*(<[^>]+>\\s*)*[^<\\s]");
    private static final String HTML_PAYLOAD = "<script>alert('zhiben')</script>";
    private static final String SQL_PAYLOAD = "x'); DROP TABLE hazards.hazard; --";

    /** One kind of hostile value: what it is sent as, and to which fields it applies. */
    enum Kind {
        NUL("a\u0000b"),
        CONTROL("a\u001b[31mb\u007f"),
        HUGE("汉".repeat(100_000)),
        LONE_SURROGATE("a\uD800b"),
        INVALID_UTF8_DECODED("a\uFFFDb"),
        NEGATIVE_NUMBER("-99999999"),
        HUGE_NUMBER("99999999999999999999999999999999"),
        MALFORMED_DATE("2026-02-30"),
        FAR_DATE("+99999-01-01"),
        UNKNOWN_ENUM("NO_SUCH_VALUE"),
        MALFORMED_ID("not-a-uuid'--"),
        SQL_INJECTION(SQL_PAYLOAD),
        HTML_INJECTION(HTML_PAYLOAD);

        final String value;

        Kind(String value) {
            this.value = value;
        }

        /** SQL and HTML text are valid text: they may be accepted and stored. */
        boolean mayBeStored() {
            return this == SQL_INJECTION || this == HTML_INJECTION;
        }

        boolean appliesTo(Field field) {
            return switch (this) {
                case NUL, CONTROL, HUGE, LONE_SURROGATE, INVALID_UTF8_DECODED, SQL_INJECTION, HTML_INJECTION ->
                        field.type() == FieldType.TEXT;
                case NEGATIVE_NUMBER, HUGE_NUMBER -> field.type() == FieldType.NUMBER;
                case MALFORMED_DATE, FAR_DATE -> field.type() == FieldType.DATE;
                case UNKNOWN_ENUM -> field.type() == FieldType.CHOICE;
                case MALFORMED_ID -> field.type() == FieldType.ID;
            };
        }
    }

    enum FieldType { TEXT, NUMBER, DATE, CHOICE, ID, FLAG, FILE }

    /** A field of a form: a request parameter (or a bean property bound from one) with what it holds. */
    record Field(String name, FieldType type) {
    }

    /** One form: its handler, the path pattern, its fields and path variables. */
    record Form(HandlerMethod handler, String pattern, List<Field> fields, List<Field> variables) {

        boolean multipart() {
            return fields.stream().anyMatch(field -> field.type() == FieldType.FILE);
        }

        @Override
        public String toString() {
            return "POST " + pattern + " (" + handler.getBeanType().getSimpleName() + "."
                    + handler.getMethod().getName() + ")";
        }
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_hostile_value_in_every_page_form_is_refused_clearly_and_changes_nothing() {
        List<Form> forms = pageForms(handlerMapping);
        assertThat(forms).as("page forms found").hasSizeGreaterThan(40);
        assertThat(forms.stream().map(form -> form.pattern().split("/")[1]).distinct())
                .as("modules with page forms")
                .contains("hazards", "enterprises", "campaign", "enforcement", "training", "reporting", "admin");
        String checksumQuery = checksumQuery();
        List<String> defects = new ArrayList<>();
        Map<Integer, Boolean> errorPages = new LinkedHashMap<>();
        for (Form form : forms) {
            Map<String, String> before = checksums(checksumQuery);
            boolean reached = false;
            for (Kind kind : Kind.values()) {
                if (kind.mayBeStored()) {
                    continue;
                }
                Optional<MvcTestResult> sent = send(form, kind);
                if (sent.isEmpty()) {
                    continue;
                }
                MvcTestResult result = sent.get();
                reached |= reached(form, result);
                judge(form, kind, result, errorPages).ifPresent(defects::add);
            }
            Map<String, String> after = checksums(checksumQuery);
            List<String> changed = before.keySet().stream()
                    .filter(table -> !before.get(table).equals(after.get(table))).sorted().toList();
            if (!changed.isEmpty()) {
                defects.add(form + ": invalid values changed " + changed);
            }
            for (Kind kind : List.of(Kind.SQL_INJECTION, Kind.HTML_INJECTION)) {
                Optional<MvcTestResult> sent = send(form, kind);
                if (sent.isPresent()) {
                    reached |= reached(form, sent.get());
                    judgeInjection(form, kind, sent.get()).ifPresent(defects::add);
                }
            }
            assertThat(checksums(checksumQuery).keySet()).as("tables after " + form).isEqualTo(before.keySet());
            if (!reached) {
                defects.add(form + ": no request reached its handler");
            }
        }
        assertThat(defects).as("defects").isEmpty();
    }

    /** Every POST handler of a page controller, with the fields its parameters bind. */
    static List<Form> pageForms(RequestMappingHandlerMapping mapping) {
        List<Form> forms = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().isAnnotationPresent(PageController.class)
                    || !entry.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            List<Field> fields = new ArrayList<>();
            List<Field> variables = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                Class<?> type = parameter.getParameterType();
                if (parameter.hasParameterAnnotation(PathVariable.class)) {
                    PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
                    String name = !variable.value().isEmpty() ? variable.value() : parameter.getParameterName();
                    variables.add(new Field(name, typeOf(parameter.getGenericParameterType(), name)));
                } else if (parameter.hasParameterAnnotation(RequestParam.class)) {
                    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                    String name = !param.value().isEmpty() ? param.value() : parameter.getParameterName();
                    if (!Map.class.isAssignableFrom(type)) {
                        fields.add(new Field(name, typeOf(parameter.getGenericParameterType(), name)));
                    }
                } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isFormBean(type)) {
                    fields.addAll(beanFields(type, "", 0));
                }
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                forms.add(new Form(handler, pattern, List.copyOf(fields), List.copyOf(variables)));
            }
        }
        forms.sort(Comparator.comparing(Form::toString));
        return forms;
    }

    private static boolean isFormBean(Class<?> type) {
        return !BeanUtils.isSimpleProperty(type) && type.getName().startsWith("org.zhiben.")
                && !type.isInterface() && !type.isEnum();
    }

    private static List<Field> beanFields(Class<?> type, String prefix, int depth) {
        List<Field> fields = new ArrayList<>();
        if (depth > 3) {
            return fields;
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() == null) {
                continue;
            }
            Method setter = property.getWriteMethod();
            Type generic = setter.getGenericParameterTypes()[0];
            Class<?> raw = property.getPropertyType();
            String name = prefix + property.getName();
            if (Collection.class.isAssignableFrom(raw) && generic instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> element
                    && isFormBean(element)) {
                fields.addAll(beanFields(element, name + "[0].", depth + 1));
            } else if (isFormBean(raw)) {
                fields.addAll(beanFields(raw, name + ".", depth + 1));
            } else {
                fields.add(new Field(name, typeOf(generic, property.getName())));
            }
        }
        return fields;
    }

    /** What a value of this type holds; a text is a date, a number or a choice when its name says so. */
    private static FieldType typeOf(Type generic, String name) {
        Class<?> type = generic instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) generic;
        if ((type == Optional.class || Collection.class.isAssignableFrom(type))
                && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return typeOf(element, name);
        }
        if (MultipartFile.class.isAssignableFrom(type)) {
            return FieldType.FILE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return FieldType.FLAG;
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return FieldType.NUMBER;
        }
        if (type == LocalDate.class) {
            return FieldType.DATE;
        }
        if (type == UUID.class) {
            return FieldType.ID;
        }
        if (type.isEnum()) {
            return FieldType.CHOICE;
        }
        String lower = name.toLowerCase();
        if (name.endsWith("On") || lower.endsWith("date") || lower.equals("from") || lower.equals("to")
                || lower.endsWith("until")) {
            return FieldType.DATE;
        }
        if (lower.endsWith("yuan") || lower.endsWith("amount") || lower.endsWith("count")
                || lower.endsWith("version") || lower.endsWith("days") || lower.endsWith("year")
                || lower.endsWith("hours") || lower.endsWith("score") || lower.endsWith("people")
                || lower.endsWith("number")) {
            return FieldType.NUMBER;
        }
        if (lower.equals("id") || lower.endsWith("id")) {
            return FieldType.ID;
        }
        if (lower.endsWith("kind") || lower.endsWith("status") || lower.endsWith("type")
                || lower.endsWith("channel") || lower.endsWith("level") || lower.endsWith("outcome")
                || lower.endsWith("decision") || lower.endsWith("result") || lower.endsWith("role")) {
            return FieldType.CHOICE;
        }
        return FieldType.TEXT;
    }

    /** The request of one kind against one form; empty when the form has no field the kind applies to. */
    private Optional<MvcTestResult> send(Form form, Kind kind) {
        boolean applies = form.fields().stream().anyMatch(kind::appliesTo)
                || form.variables().stream().anyMatch(kind::appliesTo);
        boolean fieldless = form.fields().stream().noneMatch(field -> field.type() != FieldType.FILE);
        if (!applies && !(fieldless && kind == Kind.NUL)) {
            return Optional.empty();
        }
        String path = path(form, kind);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            if (field.type() != FieldType.FILE) {
                parameters.put(field.name(), kind.appliesTo(field) ? kind.value : sample(field));
            }
        }
        if (fieldless && kind == Kind.NUL) {
            parameters.put("note", kind.value);
        }
        RequestPostProcessor withParameters = request -> {
            parameters.forEach(request::addParameter);
            return request;
        };
        var request = mvc.post().uri(path).with(caller()).with(withParameters);
        if (!form.multipart()) {
            return Optional.of(request.exchange());
        }
        var multipart = request.multipart();
        for (Field field : form.fields()) {
            if (field.type() == FieldType.FILE) {
                multipart.file(new MockMultipartFile(field.name(), "a.pdf", "application/pdf",
                        "%PDF-1.4 not really a document".getBytes(StandardCharsets.UTF_8)));
            }
        }
        return Optional.of(multipart.exchange());
    }

    private static String path(Form form, Kind kind) {
        Matcher matcher = VARIABLE.matcher(form.pattern());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            Field variable = form.variables().stream().filter(field -> field.name().equals(matcher.group(1)))
                    .findFirst().orElse(new Field(matcher.group(1), FieldType.TEXT));
            // a text in the path is a name (a step, a code): plain letters, so that the address reaches the handler
            String value = variable.type() == FieldType.TEXT ? "X1"
                    : kind.appliesTo(variable) ? kind.value : sample(variable);
            matcher.appendReplacement(path, Matcher.quoteReplacement(
                    java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** A plausible value: texts in Chinese, 1, today, a random id. */
    private static String sample(Field field) {
        return switch (field.type()) {
            case TEXT -> "测试";
            case NUMBER -> "1";
            case DATE -> LocalDate.now().toString();
            case ID -> UUID.randomUUID().toString();
            case FLAG -> "true";
            case CHOICE -> "OTHER";
            case FILE -> "";
        };
    }

    /** Whether the request was dispatched to the form's own handler (whatever it answered). */
    private static boolean reached(Form form, MvcTestResult result) {
        if (result.getUnresolvedException() != null) {
            return true;
        }
        Object handler = result.getMvcResult().getHandler();
        return handler instanceof HandlerMethod method && method.getMethod().equals(form.handler().getMethod());
    }

    /** What is wrong with the answer to an invalid value, if anything. */
    private Optional<String> judge(Form form, Kind kind, MvcTestResult result, Map<Integer, Boolean> errorPages) {
        if (result.getUnresolvedException() != null) {
            return Optional.of(form + " with " + kind + " failed: " + result.getUnresolvedException());
        }
        int status = result.getResponse().getStatus();
        String what = form + " with " + kind + " answered " + status;
        if (status >= 500) {
            return Optional.of(what);
        }
        if (status >= 400) {
            boolean chinese = errorPages.computeIfAbsent(status, this::errorPageIsChinese);
            return chinese ? Optional.empty() : Optional.of(what + ": the error page is not in Chinese");
        }
        if (status == 200) {
            String html = body(result);
            if (!MESSAGE.matcher(html).find()) {
                int main = Math.max(0, html.indexOf("<main"));
                return Optional.of(what + ": the form is shown again without a message: "
                        + html.substring(main, Math.min(html.length(), main + 1500)).replaceAll("\\s+", " "));
            }
            return Optional.empty();
        }
        if (status >= 300 && status < 400) {
            var flashMap = result.getMvcResult().getFlashMap();
            Object flash = flashMap.containsKey("failure") ? flashMap.get("failure")
                    : flashMap.containsKey("fieldErrors") ? flashMap.get("fieldErrors") : flashMap.get("raiseRefusal");
            return flash != null ? Optional.empty()
                    : Optional.of(what + ": redirected to " + result.getResponse().getRedirectedUrl()
                            + " as if accepted");
        }
        return Optional.of(what + ": unexpected");
    }

    /** SQL and HTML text may be stored, but never cause a 5xx, and a page that shows them escapes them. */
    private Optional<String> judgeInjection(Form form, Kind kind, MvcTestResult result) {
        if (result.getUnresolvedException() != null) {
            return Optional.of(form + " with " + kind + " failed: " + result.getUnresolvedException());
        }
        int status = result.getResponse().getStatus();
        String what = form + " with " + kind + " answered " + status;
        if (status >= 500) {
            return Optional.of(what);
        }
        String html = body(result);
        String location = result.getResponse().getRedirectedUrl();
        if (status >= 300 && status < 400 && location != null && location.startsWith("/")) {
            html = body(mvc.get().uri(location).with(caller()).exchange());
        }
        return html.contains(HTML_PAYLOAD) ? Optional.of(what + ": the page shows the HTML unescaped")
                : Optional.empty();
    }

    /** The error page the container renders for this status (the error dispatch), in Chinese. */
    private boolean errorPageIsChinese(int status) {
        MvcTestResult page = mvc.get().uri("/error").with(caller())
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/hazards/new").exchange();
        String html = body(page);
        return page.getResponse().getStatus() == status && html.contains("lang=\"zh")
                && html.contains("class=\"error-page\"") && html.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff);
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** One query giving a checksum of every row of every table of the modules' schemas. */
    private String checksumQuery() {
        List<Map<String, Object>> tables = jdbc.queryForList("select table_schema, table_name"
                + " from information_schema.tables where table_type = 'BASE TABLE' order by 1, 2");
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> table : tables) {
            String schema = (String) table.get("table_schema");
            String name = (String) table.get("table_name");
            if (SYSTEM_SCHEMAS.contains(schema) || schema.startsWith("pg_") || UNWATCHED.contains(name)) {
                continue;
            }
            String qualified = "\"" + schema + "\".\"" + name + "\"";
            parts.add("select '" + schema + "." + name + "' as t, count(*) || ':' || coalesce(md5(string_agg(md5(r::text),"
                    + " '' order by md5(r::text))), '') as c from " + qualified + " r");
        }
        assertThat(parts).as("tables watched").hasSizeGreaterThan(20);
        return String.join(" union all ", parts);
    }

    private Map<String, String> checksums(String query) {
        Map<String, String> sums = new LinkedHashMap<>();
        jdbc.query(query, row -> {
            sums.put(row.getString(1), row.getString(2));
        });
        return sums;
    }

    /** A committee administrator who also holds every permission of every role, with a valid CSRF token. */
    private static RequestPostProcessor caller() {
        RequestPostProcessor token = csrf();
        return request -> {
            RolePermissions permissions = WebApplicationContextUtils
                    .getRequiredWebApplicationContext(request.getServletContext()).getBean(RolePermissions.class);
            SignedInUser user = TestCallers.signedIn("hostile-forms", TestCallers.typical(Role.COMMITTEE_ADMIN),
                    permissions);
            List<GrantedAuthority> authorities = new ArrayList<>(user.authorities());
            for (Permission permission : permissions.all()) {
                authorities.add(new SimpleGrantedAuthority(SignedInUser.authority(permission)));
            }
            return token.postProcessRequest(authentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, authorities))
                    .postProcessRequest(request));
        };
    }
}
