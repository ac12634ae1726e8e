package org.zhiben.platform.web.ui;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.zhiben.shared.NotFoundException;

/** What a page shows when what it asks for does not exist: the 404 page of the layout, naming what was missing. */
@ControllerAdvice(annotations = PageController.class)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException missing, Model model) {
        model.addAttribute("status", 404);
        return "error/404";
    }
}
