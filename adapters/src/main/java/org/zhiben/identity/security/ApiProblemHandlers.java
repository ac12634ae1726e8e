package org.zhiben.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.zhiben.platform.web.ApiProblems;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers to a caller who is not authenticated (401, with {@code WWW-Authenticate: Bearer}), lacks the
 * permission (403) or is over its rate limit (429, with {@code Retry-After}), as RFC 9457 problem details like every
 * other refusal of the API — never a redirect to the login page.
 */
@Component
public class ApiProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiProblemHandlers(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "security.unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "security.forbidden");
    }

    /** 429 for an API client over its rate limit: it may call again in {@code retryAfterSeconds}. */
    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds,
                         int limitPerMinute) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "security.rate-limited",
                Integer.toString(limitPerMinute), Long.toString(retryAfterSeconds));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                       Object... arguments) throws IOException {
        // the security filters run before the DispatcherServlet has set the request's locale: resolve it here
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiProblems.TYPE_PREFIX + code);
        problem.put("title", messages.getMessage(code + ".title", null, code, locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(code, arguments, code, locale));
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
