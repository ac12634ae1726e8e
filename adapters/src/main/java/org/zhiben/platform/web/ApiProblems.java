package org.zhiben.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.RuleViolationException;

/**
 * Turns every refusal of the API into an RFC 9457 problem detail, in the caller's language (Chinese unless the
 * request asks for English): 400 with the offending fields, 404 for unknown ids, 409 for a rule the current state
 * refuses, 412 for a stale version. The {@code code} property is stable for programs; {@code detail} is for people.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    public static final String TYPE_PREFIX = "urn:zhiben:problem:";

    private final MessageSource messages;

    public ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", text("problem.validation.title"), request);
        problem.setDetail(text(e));
        problem.setProperty("errors", List.of(fieldError(e.field(), e.code(), text(e))));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, e.code(), text("problem.not-found.title"), request);
        problem.setDetail(text(e));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.code(), text("problem.rule.title"), request);
        problem.setDetail(text(e));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** Any other refusal of the domain (e.g. a stale version, 412) keeps its own status where one is registered. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        HttpStatus status = DomainStatus.of(e);
        ProblemDetail problem = problem(status, e.code(), text("problem." + status.value() + ".title"), request);
        problem.setDetail(text(e));
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> optimisticLock(ObjectOptimisticLockingFailureException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrency.conflict", text("problem.rule.title"), request);
        problem.setDetail(text("concurrency.conflict"));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", text("problem.validation.title"), request);
        String detail = text("validation.type-mismatch", e.getName());
        problem.setDetail(detail);
        problem.setProperty("errors", List.of(fieldError(e.getName(), "validation.type-mismatch", detail)));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(error.getField(), error.getCode(), messages.getMessage(error, locale())));
        }
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(fieldError(null, error.getCode(), messages.getMessage(error, locale()))));
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create(TYPE_PREFIX + "validation"));
        problem.setTitle(text("problem.validation.title"));
        problem.setDetail(text("problem.validation.detail", errors.size()));
        problem.setProperty("code", "validation");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(fieldError(result.getMethodParameter().getParameterName(),
                        error.getCodes() == null ? "validation" : error.getCodes()[error.getCodes().length - 1],
                        messages.getMessage(error, locale())))));
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create(TYPE_PREFIX + "validation"));
        problem.setTitle(text("problem.validation.title"));
        problem.setDetail(text("problem.validation.detail", errors.size()));
        problem.setProperty("code", "validation");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        // The parser's message may quote the request body: debug level only, never in the response.
        log.debug("Unreadable request body", e);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create(TYPE_PREFIX + "unreadable"));
        problem.setTitle(text("problem.validation.title"));
        problem.setDetail(text("problem.unreadable.detail"));
        problem.setProperty("code", "unreadable");
        return ResponseEntity.badRequest().body(problem);
    }

    /** A file over {@code spring.servlet.multipart.max-file-size} is a refused input, reported on the field {@code file}. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        InvalidValueException refusal = new InvalidValueException("file", "upload.too-large", "the file is too large");
        return ResponseEntity.badRequest().body(invalidValue(refusal, servletRequest).getBody());
    }

    private ProblemDetail problem(HttpStatus status, String code, String title, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        return problem;
    }

    private static Map<String, String> fieldError(String field, String code, String message) {
        var error = new java.util.LinkedHashMap<String, String>();
        error.put("field", field);
        error.put("code", code);
        error.put("message", message);
        return error;
    }

    private String text(DomainException e) {
        try {
            return messages.getMessage(e.code(), e.arguments().toArray(), locale());
        } catch (NoSuchMessageException missing) {
            log.warn("No message text for code {}", e.code());
            return e.getMessage();
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
