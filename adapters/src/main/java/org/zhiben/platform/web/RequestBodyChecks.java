package org.zhiben.platform.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.zhiben.platform.web.ApiProblemCode.FieldCode;
import org.zhiben.shared.InvalidValueException;
import tools.jackson.databind.JsonNode;

/**
 * Refusals of a JSON request body after it was read and before any use case sees it, naming the field as the request
 * spells it (e.g. {@code attachmentIds[1]}): a text with a NUL or another control character, a {@code null} element
 * or a blank text in a list, and a date outside the years {@value #MIN_YEAR} to {@value #MAX_YEAR} (no deadline,
 * date of discovery or validity lies beyond them; PostgreSQL and the calendar of the pages would store or show it
 * wrongly).
 */
@RestControllerAdvice
public class RequestBodyChecks extends RequestBodyAdviceAdapter {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;
    private static final int MAX_DEPTH = 32;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        check(body, "", 0);
        return body;
    }

    /** Checks a value read from a request at {@code path} (empty for the whole body). */
    public static void check(Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (TextChecks.hasControlCharacter(text.toString())) {
                throw refusal(path, FieldCode.CONTROL_CHARACTER, path + " contains a control character");
            }
            if (TextChecks.hasMalformedCharacter(text.toString())) {
                throw refusal(path, FieldCode.MALFORMED_TEXT, path + " is not valid Unicode text");
            }
        } else if (value instanceof TemporalAccessor temporal) {
            checkYear(temporal, path);
        } else if (value instanceof JsonNode node) {
            checkNode(node, path, depth);
        } else if (value instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                checkElement(element, path + "[" + index++ + "]", depth);
            }
        } else if (value instanceof Object[] elements) {
            for (int index = 0; index < elements.length; index++) {
                checkElement(elements[index], path + "[" + index + "]", depth);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                check(key, join(path, key), depth + 1);
                check(entry.getValue(), join(path, key), depth + 1);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                check(read(component, record), join(path, component.getName()), depth + 1);
            }
        }
    }

    private static void checkElement(Object element, String path, int depth) {
        if (element == null) {
            throw refusal(path, FieldCode.NULL_ELEMENT, path + " must not be null");
        }
        if (element instanceof CharSequence text && text.toString().isBlank()) {
            throw refusal(path, FieldCode.BLANK_ELEMENT, path + " must not be blank");
        }
        check(element, path, depth + 1);
    }

    private static void checkNode(JsonNode node, String path, int depth) {
        if (node.isString()) {
            check(node.asString(), path, depth);
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                JsonNode element = node.get(index);
                if (element == null || element.isNull()) {
                    throw refusal(path + "[" + index + "]", FieldCode.NULL_ELEMENT, path + " must not hold null");
                }
                checkNode(element, path + "[" + index + "]", depth + 1);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                check(property.getKey(), join(path, property.getKey()), depth + 1);
                checkNode(property.getValue(), join(path, property.getKey()), depth + 1);
            }
        }
    }

    private static void checkYear(TemporalAccessor temporal, String path) {
        if (!(temporal instanceof LocalDate || temporal instanceof LocalDateTime || temporal instanceof OffsetDateTime
                || temporal instanceof ZonedDateTime) || !temporal.isSupported(ChronoField.YEAR)) {
            return;
        }
        int year = temporal.get(ChronoField.YEAR);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidValueException(path, FieldCode.DATE_OUT_OF_RANGE.code(),
                    path + " must lie between the years " + MIN_YEAR + " and " + MAX_YEAR, path, MIN_YEAR, MAX_YEAR);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return null;
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static InvalidValueException refusal(String path, FieldCode code, String message) {
        return new InvalidValueException(path, code.code(), message, path);
    }
}
