package org.zhiben.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refusals Spring MVC makes before any controller is chosen — no such address (404), a method (405), a body's media
 * type (415) or an {@code Accept} (406) no mapping takes. For the API they are answered by {@link ApiProblems} like
 * every other refusal (problem details with a {@code code}); for a page the status goes to the error dispatch, which
 * renders the layout's error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedRequestProblems {

    private final ApiProblems problems;

    UnmappedRequestProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class})
    ResponseEntity<Object> unmapped(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (ProblemWriter.isApi(request, request.getRequestURI())) {
            return problems.handleException(e, new ServletWebRequest(request, response));
        }
        ErrorResponse refusal = (ErrorResponse) e;
        refusal.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        sendError(response, refusal.getStatusCode().value());
        return null;
    }

    private static void sendError(HttpServletResponse response, int status) throws IOException {
        response.sendError(status);
    }
}
