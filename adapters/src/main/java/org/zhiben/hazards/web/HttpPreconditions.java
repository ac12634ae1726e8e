package org.zhiben.hazards.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.zhiben.platform.web.ApiProblems;

/** Refuses a reused {@code Idempotency-Key} sent with another request: 422, code {@code idempotency.key-reused}. */
@Component
class HttpPreconditions {

    private final MessageSource messages;

    HttpPreconditions(MessageSource messages) {
        this.messages = messages;
    }

    ErrorResponseException idempotencyKeyReused() {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        String code = "idempotency.key-reused";
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(ApiProblems.TYPE_PREFIX + code));
        problem.setTitle(messages.getMessage("problem.422.title", null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(code, null, code, locale));
        problem.setProperty("code", code);
        return new ErrorResponseException(status, problem, null);
    }
}
