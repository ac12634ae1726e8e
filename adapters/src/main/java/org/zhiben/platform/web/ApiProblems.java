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
import jakarta.persistence.PersistenceException;
import org.hibernate.HibernateException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.zhiben.platform.web.ApiProblemCode.FieldCode;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
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
import org.zhiben.shared.AccessRefusedException;
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

    /** How long a caller is asked to wait before retrying when the database is unavailable. */
    static final String RETRY_AFTER_SECONDS = "10";
    public static final String TYPE_PREFIX = "urn:zhiben:problem:";
    /** The most characters of a request's value a problem's texts quote. */
    public static final int MAX_ECHOED = 100;

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

    /** A caller refused by their data scope (e.g. creating outside it): 403, like a missing permission. */
    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<ProblemDetail> accessRefused(AccessRefusedException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, e.code(), text(e.code() + ".title"), request);
        problem.setDetail(text(e));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
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

    /**
     * A failure of the database that a concurrent request caused: a version that changed between read and write
     * (optimistic lock), a unique key taken at the same moment, a deadlock or serialisation failure. 409, never 500.
     * A value the database cannot hold (SQLState class 22) is a 400. An unreachable database is a 503 with
     * {@code Retry-After}, logged as one line. Anything else is not the caller's doing and is
     * left to the error dispatch (500, logged).
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class,
            HibernateException.class})
    ResponseEntity<ProblemDetail> persistence(Exception e, HttpServletRequest request) throws Exception {
        ApiProblemCode code = PersistenceFailures.classify(e);
        if (code == null) {
            throw e;
        }
        if (code == ApiProblemCode.UNAVAILABLE) {
            log.warn("Request {} refused: the database is unavailable ({})", request.getRequestURI(),
                    e.getClass().getSimpleName());
        } else {
            log.info("Request {} refused: {} ({})", request.getRequestURI(), code.code(),
                    e.getClass().getSimpleName());
        }
        ProblemDetail problem = problem(code.status(), code.code(), text(code.titleKey()), request);
        problem.setDetail(text(code.detailKey()));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(code.status());
        if (code == ApiProblemCode.UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(problem);
    }

    /** A multipart body that cannot be parsed (no boundary, cut off): the request is malformed. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return uploadTooLarge(request);
        }
        log.debug("Malformed multipart request", e);
        ApiProblemCode code = ApiProblemCode.MALFORMED_REQUEST;
        ProblemDetail problem = problem(code.status(), code.code(), text(code.titleKey()), request);
        problem.setDetail(text(code.detailKey()));
        return ResponseEntity.status(code.status()).body(problem);
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
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        if (causedBy(e, BodySizeLimit.TooLarge.class) != null) {
            ApiProblemCode code = ApiProblemCode.PAYLOAD_TOO_LARGE;
            ProblemDetail problem = problem(code.status(), code.code(), text(code.titleKey()), servletRequest);
            problem.setDetail(text(code.detailKey()));
            return ResponseEntity.status(code.status()).body(problem);
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ApiProblemCode.UNREADABLE.code(),
                text("problem.validation.title"), servletRequest);
        problem.setDetail(text("problem.unreadable.detail"));
        DatabindException mapping = causedBy(e, DatabindException.class);
        String field = mapping == null ? null : JsonPaths.of(mapping);
        if (field != null && !field.isEmpty()) {
            String code = mapping instanceof InvalidNullException ? FieldCode.NULL_ELEMENT.code()
                    : JsonPaths.numeric(mapping) ? FieldCode.NUMBER_INVALID.code() : FieldCode.TYPE_MISMATCH.code();
            problem.setProperty("errors", List.of(fieldError(field, code, text(code, field))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** A file over {@code spring.servlet.multipart.max-file-size} is a refused input, reported on the field {@code file}. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(uploadTooLarge(((ServletWebRequest) request).getRequest()).getBody());
    }

    private ResponseEntity<ProblemDetail> uploadTooLarge(HttpServletRequest request) {
        InvalidValueException refusal = new InvalidValueException("file", FieldCode.UPLOAD_TOO_LARGE.code(),
                "the file is too large");
        return invalidValue(refusal, request);
    }

    /** A required part (e.g. {@code file}) or parameter is missing: a 400 naming it. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return missing(e.getRequestPartName(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return missing(e.getParameterName(), request);
    }

    private ResponseEntity<Object> missing(String name, WebRequest request) {
        InvalidValueException refusal = new InvalidValueException(name, FieldCode.REQUIRED.code(), name + " is required",
                name);
        return ResponseEntity.badRequest().body(invalidValue(refusal, ((ServletWebRequest) request).getRequest())
                .getBody());
    }

    /**
     * Every other refusal Spring MVC makes of the request as such (405, 406, 415, a missing header, ...): its problem
     * detail gets the platform's {@code code} for the status ({@link ApiProblemCode}) and the texts of the bundles in
     * the caller's language, like every refusal of the application.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> entity = super.handleExceptionInternal(e, body, headers, statusCode, request);
        if (entity != null && entity.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            ApiProblemCode code = ApiProblemCode.forStatus(statusCode.value());
            problem.setType(URI.create(TYPE_PREFIX + code.code()));
            problem.setTitle(text(code.titleKey()));
            problem.setDetail(text(code.detailKey()));
            problem.setProperty("code", code.code());
            if (request instanceof ServletWebRequest servlet) {
                problem.setInstance(instance(servlet.getRequest().getRequestURI()));
            }
        }
        return entity;
    }

    private static <T extends Throwable> T causedBy(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private ProblemDetail problem(HttpStatus status, String code, String title, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title);
        problem.setInstance(instance(request.getRequestURI()));
        problem.setProperty("code", code);
        return problem;
    }

    private static URI instance(String uri) {
        try {
            return URI.create(TextChecks.truncate(uri, 2000));
        } catch (IllegalArgumentException unusual) {
            return null;
        }
    }

    private static Map<String, String> fieldError(String field, String code, String message) {
        var error = new java.util.LinkedHashMap<String, String>();
        error.put("field", field);
        error.put("code", code);
        error.put("message", message);
        return error;
    }

    /** The text of a refusal; values it quotes from the request are cut to {@value #MAX_ECHOED} characters. */
    private String text(DomainException e) {
        Object[] arguments = e.arguments().stream()
                .map(argument -> argument instanceof CharSequence value
                        ? TextChecks.truncate(value.toString(), MAX_ECHOED) : argument)
                .toArray();
        try {
            return messages.getMessage(e.code(), arguments, locale());
        } catch (NoSuchMessageException missing) {
            log.warn("No message text for code {}", e.code());
            return TextChecks.truncate(e.getMessage(), MAX_ECHOED * 2);
        }
    }

    private String text(String code, Object... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof CharSequence value) {
                args[i] = TextChecks.truncate(value.toString(), MAX_ECHOED);
            }
        }
        return messages.getMessage(code, args, code, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
