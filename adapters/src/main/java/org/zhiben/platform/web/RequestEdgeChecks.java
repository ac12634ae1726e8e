package org.zhiben.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;
import org.zhiben.platform.web.ApiProblemCode.FieldCode;
import org.zhiben.shared.InvalidValueException;

/**
 * Refusals every request gets before a controller sees it, so that no module has to repeat them and nothing
 * malformed reaches the database: a query or form parameter holding a NUL or another control character (PostgreSQL
 * cannot store NUL), or text that was not valid UTF-8 when sent (a lone surrogate, the replacement character U+FFFD),
 * a {@code page} beyond {@value #MAX_PAGE}, and — in the API — a file part sent twice. Each is a 400 naming the
 * parameter: a problem detail in the API, the error page for a page.
 */
public class RequestEdgeChecks implements HandlerInterceptor {

    /** The highest page number any list accepts (pages are numbered from 0). */
    public static final int MAX_PAGE = 100_000;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (TextChecks.hasControlCharacter(name)) {
                throw controlCharacter("?");
            }
            for (String value : parameter.getValue()) {
                if (value != null && TextChecks.hasControlCharacter(value)) {
                    throw controlCharacter(name);
                }
                if (value != null && TextChecks.hasMalformedCharacter(value)) {
                    throw new InvalidValueException(name, FieldCode.MALFORMED_TEXT.code(),
                            name + " is not valid Unicode text", name);
                }
            }
        }
        String page = request.getParameter("page");
        if (page != null && page.strip().matches("\\d{1,30}")
                && (page.strip().length() > 9 || Integer.parseInt(page.strip()) > MAX_PAGE)) {
            throw new InvalidValueException("page", FieldCode.PAGE_TOO_LARGE.code(),
                    "page must be at most " + MAX_PAGE, "page", MAX_PAGE);
        }
        boolean api = method.getBeanType().isAnnotationPresent(RestController.class);
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (api && multipart != null) {
            MultiValueMap<String, MultipartFile> files = multipart.getMultiFileMap();
            for (Map.Entry<String, List<MultipartFile>> part : files.entrySet()) {
                if (part.getValue().size() > 1) {
                    throw new InvalidValueException(part.getKey(), FieldCode.UPLOAD_ONE_FILE_ONLY.code(),
                            "send one file in part " + part.getKey(), part.getKey());
                }
            }
        }
        return true;
    }

    private static InvalidValueException controlCharacter(String field) {
        return new InvalidValueException(field, FieldCode.CONTROL_CHARACTER.code(),
                field + " contains a control character", field);
    }
}
