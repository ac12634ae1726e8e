package org.zhiben.platform.export;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.zhiben.platform.web.ApiProblems;

/**
 * A PDF asked for while no CJK font can be embedded: 503 with the problem {@code export.pdf-font-missing}, from the
 * API and the pages alike (a download link has no page to show it on); the log names the font that is missing.
 */
@ControllerAdvice
class PdfExportProblems {

    static final String CODE = "export.pdf-font-missing";
    private static final Logger log = LoggerFactory.getLogger(PdfExportProblems.class);

    private final MessageSource messages;

    PdfExportProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PdfFontUnavailableException.class)
    ResponseEntity<ProblemDetail> fontMissing(PdfFontUnavailableException e, HttpServletRequest request) {
        log.warn("PDF refused for {}: {}", request.getRequestURI(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
        problem.setType(URI.create(ApiProblems.TYPE_PREFIX + CODE));
        problem.setTitle(text("problem." + CODE + ".title"));
        problem.setDetail(text("problem." + CODE + ".detail"));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", CODE);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
