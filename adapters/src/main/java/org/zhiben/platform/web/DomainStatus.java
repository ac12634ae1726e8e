package org.zhiben.platform.web;

import org.springframework.http.HttpStatus;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.RuleViolationException;

/** The HTTP status that says what a refusal of the domain means. */
public final class DomainStatus {

    private DomainStatus() {
    }

    public static HttpStatus of(DomainException e) {
        if (e instanceof InvalidValueException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof AccessRefusedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof NotPermittedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof RuleViolationException) {
            return HttpStatus.CONFLICT;
        }
        if ("concurrency.stale-version".equals(e.code())) {
            return HttpStatus.PRECONDITION_FAILED;
        }
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }
}
