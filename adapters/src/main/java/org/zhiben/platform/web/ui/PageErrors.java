package org.zhiben.platform.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;

/**
 * What a page shows when what it asks for does not exist (404), the user's data scope refuses it (403) or its address
 * holds a malformed value (400): the
 * status is sent as an error, so that the error page of the layout ({@code templates/error/}) is rendered like every
 * other error page, with the header, navigation and language switch.
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(AccessRefusedException.class)
    void refused(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler(InvalidValueException.class)
    void invalid(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
