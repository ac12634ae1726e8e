package org.zhiben.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error dispatch ({@code /error}), reached for every failure answered with {@code sendError} — by the servlet
 * container, by a filter, or by Spring MVC for a request no controller took (404, 405, 406, 415). A request of the API
 * ({@code /api/**}) gets a problem detail with a {@code code}, whatever it accepts; a page gets the error page of the
 * layout ({@code templates/error/}), never JSON.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ErrorDispatch implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorDispatch.class);

    private final ProblemWriter problems;

    public ErrorDispatch(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable throwable
                && PersistenceFailures.classify(throwable) == ApiProblemCode.UNAVAILABLE) {
            // the database is unreachable (e.g. while the security filters read an account): 503, one line
            status = HttpStatus.SERVICE_UNAVAILABLE.value();
            log.warn("Request {} refused: the database is unavailable ({})", uri, throwable.getClass().getSimpleName());
            response.setHeader(HttpHeaders.RETRY_AFTER, ApiProblems.RETRY_AFTER_SECONDS);
        } else if (status >= 500 && failure instanceof Throwable throwable) {
            log.error("Request {} failed", uri, throwable);
        }
        if (ProblemWriter.isApi(request, uri) || (uri != null && uri.startsWith("/oauth2/"))) {
            // the API and the token endpoint its clients call answer problem details, never a page
            problems.write(request, response, status, ApiProblemCode.forStatus(status), uri, List.of());
            return null;
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        String view = status == 403 || status == 404 || status == 500 || status == 503 ? "error/" + status
                : status >= 500 ? "error/500" : "error/4xx";
        ModelAndView page = new ModelAndView(view, Map.of("status", status));
        page.setStatus(resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved);
        return page;
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code ? code : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
