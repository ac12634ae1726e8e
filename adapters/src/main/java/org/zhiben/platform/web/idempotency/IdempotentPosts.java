package org.zhiben.platform.web.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import org.zhiben.platform.files.FileStore;
import org.zhiben.platform.web.ApiProblems;
import org.zhiben.shared.InvalidValueException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a creating {@code POST} of any module idempotent under an {@code Idempotency-Key} header: the first response
 * (status, {@code Location} and {@code ETag} headers, JSON body) is stored with the key in the same transaction as
 * the change, and given again, byte for byte, to every retry of the same request — same method, path and raw body
 * (kept by {@link RawRequestBodies}). The same key with another request is refused with 422
 * ({@code idempotency.key-reused}); a key longer than 200 characters with 400. Without a key the work simply runs.
 *
 * <p>In a controller:
 * <pre>{@code
 * @PostMapping
 * ResponseEntity<String> register(@Valid @RequestBody RegisterRequest body, HttpServletRequest request) {
 *     return idempotentPosts.execute(request, () -> {
 *         MajorHazard created = reportHazard.execute(command(body));
 *         return ResponseEntity.created(URI.create("/api/v1/hazards/" + created.id()))
 *                 .eTag(IfMatch.etag(created.version())).body(HazardView.of(created, today));
 *     });
 * }
 * }</pre>
 * The work (a use case) joins the transaction opened here, which first looks for the key: a request costs one
 * transaction, not a look-up of its own before it.
 */
@Component
public class IdempotentPosts {

    public static final String HEADER = "Idempotency-Key";

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);
    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() { };

    private final IdempotentResponses keys;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;

    IdempotentPosts(IdempotentResponses keys, PlatformTransactionManager transactions, JsonMapper json,
            MessageSource messages, Clock clock) {
        this.keys = keys;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    /** Runs {@code work} once per key (see the class); answers its response, or the first one for a retry. */
    public ResponseEntity<String> execute(HttpServletRequest request, Supplier<ResponseEntity<?>> work) {
        String header = request.getHeader(HEADER);
        String key = header == null || header.isBlank() ? null : header.strip();
        if (key == null) {
            return asJson(work.get());
        }
        if (key.length() > 200) {
            throw new InvalidValueException(HEADER, "validation.too-long",
                    "the Idempotency-Key must have at most 200 characters", HEADER, 200);
        }
        String hash = hash(request);
        try {
            return transaction.execute(status -> {
                Optional<ResponseEntity<String>> earlier = replay(key, hash);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                ResponseEntity<String> first = asJson(work.get());
                Map<String, List<String>> kept = new LinkedHashMap<>();
                KEPT_HEADERS.forEach(name -> {
                    List<String> values = first.getHeaders().get(name);
                    if (values != null) {
                        kept.put(name, values);
                    }
                });
                if (!keys.store(key, hash, first.getStatusCode().value(), json.writeValueAsString(kept),
                        first.getBody(), clock.instant())) {
                    throw new KeyTakenMeanwhile();
                }
                return first;
            });
        } catch (KeyTakenMeanwhile e) {
            return replay(key, hash).orElseThrow();
        }
    }

    private ResponseEntity<String> asJson(ResponseEntity<?> response) {
        String body = response.getBody() instanceof String text ? text : json.writeValueAsString(response.getBody());
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private Optional<ResponseEntity<String>> replay(String key, String hash) {
        return keys.find(key).map(stored -> {
            if (!stored.requestHash().equals(hash)) {
                throw keyReused();
            }
            HttpHeaders headers = new HttpHeaders();
            json.readValue(stored.headers(), HEADERS).forEach(headers::addAll);
            return ResponseEntity.status(stored.status()).headers(headers).contentType(MediaType.APPLICATION_JSON)
                    .body(stored.body());
        });
    }

    private static String hash(HttpServletRequest request) {
        byte[] body = request.getAttribute(RawRequestBodies.ATTRIBUTE) instanceof byte[] raw ? raw : new byte[0];
        byte[] target = (request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[target.length + body.length];
        System.arraycopy(target, 0, all, 0, target.length);
        System.arraycopy(body, 0, all, target.length, body.length);
        return FileStore.sha256(all);
    }

    private ErrorResponseException keyReused() {
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

    /** Another request stored a response under the key between our look-up and our commit. */
    private static final class KeyTakenMeanwhile extends RuntimeException {
        KeyTakenMeanwhile() {
            super(null, null, false, false);
        }
    }
}
