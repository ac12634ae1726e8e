package org.zhiben.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail straight to the response, for refusals made outside Spring MVC's exception handling (a
 * servlet filter, the error dispatch): the same shape, texts and {@code code} as {@link ApiProblems}.
 */
@Component
public class ProblemWriter {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;

    public ProblemWriter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** Whether the request is one of the API's ({@code /api/**}), which answers problem details, not pages. */
    public static boolean isApi(HttpServletRequest request, String uri) {
        String path = uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.startsWith("/api/") || path.equals("/api");
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ApiProblemCode code, String instance,
                      List<Map<String, String>> errors) throws IOException {
        write(request, response, code.status().value(), code, instance, errors);
    }

    /** A problem of this status (which may differ from the code's usual one, e.g. 501 for an internal error). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, ApiProblemCode code,
                      String instance, List<Map<String, String>> errors) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiProblems.TYPE_PREFIX + code.code());
        problem.put("title", messages.getMessage(code.titleKey(), null, code.code(), locale));
        problem.put("status", status);
        problem.put("detail", messages.getMessage(code.detailKey(), null, code.code(), locale));
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.put("code", code.code());
        if (errors != null && !errors.isEmpty()) {
            problem.put("errors", errors);
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
        response.flushBuffer();
    }
}
