package org.zhiben.enforcement.web;

import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhiben.enforcement.application.ReadTypicalCases;
import org.zhiben.enforcement.web.TypicalCaseViews.TypicalCasePageView;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.web.ui.PageController;

/**
 * The typical cases (典型案例) open without login: a page newest first and the same data as JSON. What they show was
 * redacted when it was published: no names, phones or ID numbers, and never the reporter.
 */
@PageController
@RequestMapping("/public/enforcement/typical-cases")
class PublicTypicalCasePages {

    static final int PAGE_SIZE = 20;

    private final ReadTypicalCases read;
    private final MemberUnits units;

    PublicTypicalCasePages(ReadTypicalCases read, MemberUnits units) {
        this.read = read;
        this.units = units;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("found", view(page, PAGE_SIZE));
        return "enforcement/public-typical-cases";
    }

    @GetMapping(value = "/feed.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    TypicalCasePageView json(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size) {
        return view(page, size);
    }

    private TypicalCasePageView view(int page, int size) {
        return TypicalCasePageView.of(read.published(page, size),
                code -> TypicalCaseController.unitNameOf(units, code));
    }
}
