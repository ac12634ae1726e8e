package org.zhiben.platform.web;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a request Tomcat refuses before the application sees it (an encoded {@code /} or a NUL in the path,
 * a request line or headers over the size limit, a malformed request): instead of Tomcat's own HTML report, the API
 * ({@code /api/**}) gets a problem detail with a {@code code}, in Chinese or, with {@code Accept-Language: en}, in
 * English, and any other address a short page in the same languages. Neither reveals the server or a stack trace.
 * Installed as the host's error report valve by {@link HttpEdgeConfiguration}.
 */
public class ContainerErrorReport extends ErrorReportValve {

    private static final String BUNDLE = "i18n.platform.messages";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        String uri = firstNonEmpty(request.getCoyoteRequest().requestURI().toString(),
                request.getCoyoteRequest().decodedURI().toString(), request.getRequestURI());
        String accept = request.getHeader("Accept");
        boolean api = uri != null ? uri.startsWith("/api/") || uri.equals("/api")
                : accept == null || !accept.contains("text/html");
        ResourceBundle texts = texts(request.getHeader("Accept-Language"));
        ApiProblemCode code = ApiProblemCode.forStatus(status);
        String title = text(texts, code.titleKey(), code.code());
        String detail = text(texts, code.detailKey(), code.code());
        try {
            response.setCharacterEncoding("UTF-8");
            String body;
            if (api) {
                response.setContentType("application/problem+json");
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("type", ApiProblems.TYPE_PREFIX + code.code());
                problem.put("title", title);
                problem.put("status", status);
                problem.put("detail", detail);
                problem.put("code", code.code());
                body = JsonMapper.builder().build().writeValueAsString(problem);
            } else {
                response.setContentType("text/html");
                String language = texts.getLocale().getLanguage().equals("en") ? "en" : "zh-CN";
                body = "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>"
                        + HtmlUtils.htmlEscape(title) + "</title></head><body><main><p>" + status + "</p><h1>"
                        + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail)
                        + "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(text(texts, "problem.home", "/"))
                        + "</a></p></main></body></html>";
            }
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (Exception | LinkageError e) {
            // the connection is beyond answering; Tomcat closes it
        }
    }

    private static String firstNonEmpty(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isEmpty() && !candidate.equals("null")) {
                return candidate;
            }
        }
        return null;
    }

    private static ResourceBundle texts(String acceptLanguage) {
        Locale locale = acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, locale, ContainerErrorReport.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle texts, String key, String fallback) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }
}
