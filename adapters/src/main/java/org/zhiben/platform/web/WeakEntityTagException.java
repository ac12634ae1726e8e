package org.zhiben.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A change named the version with a weak ETag ({@code If-Match: W/"3"}): {@code If-Match} compares strongly, so a
 * weak tag matches no version (RFC 9110 13.1.1) and the change is refused with 412, like a stale version.
 */
public class WeakEntityTagException extends ErrorResponseException {

    public static final String CODE = "concurrency.if-match.weak";

    public WeakEntityTagException() {
        super(HttpStatus.PRECONDITION_FAILED, body(), null, CODE, null);
    }

    private static ProblemDetail body() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PRECONDITION_FAILED);
        problem.setType(URI.create(ApiProblems.TYPE_PREFIX + CODE));
        problem.setProperty("code", CODE);
        problem.setDetail("If-Match compares strongly: a weak ETag matches no version");
        return problem;
    }

    @Override
    public String getTitleMessageCode() {
        return "problem.412.title";
    }
}
