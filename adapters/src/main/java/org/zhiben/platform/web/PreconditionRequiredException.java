package org.zhiben.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A change was sent without {@code If-Match}: the API refuses to overwrite a resource blindly (HTTP 428, RFC 6585).
 * Spring's problem handling renders it, with its title and detail taken from the message bundles.
 */
public class PreconditionRequiredException extends ErrorResponseException {

    public static final String CODE = "concurrency.if-match.required";

    public PreconditionRequiredException() {
        super(HttpStatus.PRECONDITION_REQUIRED, body(), null, CODE, null);
    }

    private static ProblemDetail body() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PRECONDITION_REQUIRED);
        problem.setType(URI.create(ApiProblems.TYPE_PREFIX + CODE));
        problem.setProperty("code", CODE);
        problem.setDetail("If-Match with the version last read is required");
        return problem;
    }

    @Override
    public String getTitleMessageCode() {
        return "problem.428.title";
    }
}
