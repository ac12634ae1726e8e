package org.zhiben.platform.web.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhiben.platform.web.ErrorDispatch;
import org.zhiben.platform.web.LocaleConfiguration;

/**
 * What the layout needs on every page: the links of the language switch, each leading back to the page being shown
 * (same path and query) in the other language.
 */
@ControllerAdvice(annotations = PageController.class, assignableTypes = ErrorDispatch.class)
class LayoutModel {

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original instanceof String originalPath) {
            path = originalPath;
            query = null;
        }
        String current = query == null ? path : path + "?" + query;
        return new LanguageLinks(link(current, "zh-CN"), link(current, "en"));
    }

    private static String link(String current, String language) {
        return UriComponentsBuilder.fromUriString(current)
                .replaceQueryParam(LocaleConfiguration.LANGUAGE_PARAMETER, language)
                .build().toUriString();
    }

    /** The current page in Chinese and in English. */
    public record LanguageLinks(String chinese, String english) {
    }
}
