package org.zhiben.platform.web;

import java.util.Arrays;
import org.springframework.http.HttpStatus;

/**
 * The {@code code} values of the problems the platform itself answers, whatever the module: refusals of the HTTP
 * request as such (its form, size, media type, method, path) and of concurrent changes. Each module's own refusals
 * carry the code of the domain's message (e.g. {@code hazard.clause.unknown}); the per-field codes inside
 * {@code errors[]} are listed in {@link FieldCode}. Codes are stable: programs may rely on them.
 *
 * <p>Title and detail come from the message bundles ({@code i18n/platform/messages*.properties}), under
 * {@code problem.<code>.title} and {@code problem.<code>.detail}.
 */
public enum ApiProblemCode {

    /** 400: one or more fields are not acceptable; {@code errors[]} names each field with its {@link FieldCode}. */
    VALIDATION("validation", HttpStatus.BAD_REQUEST),
    /** 400: the body is not well-formed JSON of the expected shape; {@code errors[]} names the field when known. */
    UNREADABLE("unreadable", HttpStatus.BAD_REQUEST),
    /** 400: the request itself is malformed (its address, headers or multipart body), refused before any use. */
    MALFORMED_REQUEST("request.malformed", HttpStatus.BAD_REQUEST),
    /** 404: no resource at this address. */
    NOT_FOUND("request.not-found", HttpStatus.NOT_FOUND),
    /** 405: the address exists, the method does not ({@code Allow} lists those that do). */
    METHOD_NOT_ALLOWED("request.method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    /** 406: the resource has no representation the {@code Accept} header allows. */
    NOT_ACCEPTABLE("request.not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    /** 409: someone else changed the resource at the same moment; read it again and retry. */
    CONCURRENCY_CONFLICT("concurrency.conflict", HttpStatus.CONFLICT),
    /** 409: the same thing was created at the same moment by another request (a unique key). */
    DUPLICATE("concurrency.duplicate", HttpStatus.CONFLICT),
    /** 412: the resource changed since the version named in {@code If-Match}. */
    STALE_VERSION("concurrency.stale-version", HttpStatus.PRECONDITION_FAILED),
    /** 412: {@code If-Match} held a weak ETag ({@code W/"3"}), which matches no version (strong comparison). */
    WEAK_ENTITY_TAG(WeakEntityTagException.CODE, HttpStatus.PRECONDITION_FAILED),
    /** 413: the body is larger than this endpoint accepts. */
    PAYLOAD_TOO_LARGE("request.too-large", HttpStatus.CONTENT_TOO_LARGE),
    /** 414: the address (with its query) is too long. */
    URI_TOO_LONG("request.uri-too-long", HttpStatus.URI_TOO_LONG),
    /** 415: the body's {@code Content-Type} is not one this endpoint accepts (JSON, or multipart for uploads). */
    UNSUPPORTED_MEDIA_TYPE("request.unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** 428: a change was sent without {@code If-Match}. */
    PRECONDITION_REQUIRED(PreconditionRequiredException.CODE, HttpStatus.PRECONDITION_REQUIRED),
    /** 500: an unexpected failure; nothing was changed by a request that failed this way. */
    INTERNAL_ERROR("server.error", HttpStatus.INTERNAL_SERVER_ERROR),
    /** 503: the service cannot answer now (e.g. the database is unreachable); retry later. */
    UNAVAILABLE("server.unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    private final String code;
    private final HttpStatus status;

    ApiProblemCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public String titleKey() {
        return "problem." + code + ".title";
    }

    public String detailKey() {
        return "problem." + code + ".detail";
    }

    /** The code of a refusal known only by its status (e.g. one the servlet container or Spring MVC answered). */
    public static ApiProblemCode forStatus(int status) {
        return Arrays.stream(values())
                .filter(code -> code.status.value() == status && code != VALIDATION && code != UNREADABLE
                        && code != DUPLICATE)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST);
    }

    /** The per-field codes of {@code errors[].code} that the platform gives (modules add their own). */
    public enum FieldCode {
        /** The value contains a NUL or another control character that text cannot hold. */
        CONTROL_CHARACTER("validation.control-character"),
        /** The value holds half of a surrogate pair, or the replacement character a decoder puts for bytes that are
         *  not UTF-8: it was not valid text when it was sent. */
        MALFORMED_TEXT("validation.malformed-text"),
        /** A list holds a {@code null} element. */
        NULL_ELEMENT("validation.null-element"),
        /** A list holds an empty or blank text. */
        BLANK_ELEMENT("validation.blank-element"),
        /** A date lies outside the years 1900 to 2100. */
        DATE_OUT_OF_RANGE("validation.date-out-of-range"),
        /** A page number beyond the last page any list can have. */
        PAGE_TOO_LARGE("validation.page-too-large"),
        /** A number where a whole number is required, or a number too large for its field. */
        NUMBER_INVALID("validation.number-invalid"),
        /** A required field, parameter or part is missing. */
        REQUIRED("validation.required"),
        /** A value of the wrong format or type. */
        TYPE_MISMATCH("validation.type-mismatch"),
        /** An uploaded file is larger than allowed. */
        UPLOAD_TOO_LARGE("upload.too-large"),
        /** A part that takes one file was sent more than once. */
        UPLOAD_ONE_FILE_ONLY("upload.one-file-only");

        private final String code;

        FieldCode(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
