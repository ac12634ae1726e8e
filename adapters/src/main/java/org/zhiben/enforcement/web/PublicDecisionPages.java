package org.zhiben.enforcement.web;

import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhiben.enforcement.application.ReadPenaltyCases;
import org.zhiben.enforcement.application.ReadPenaltyCases.PublicDecisionPage;
import org.zhiben.platform.web.ui.PageController;

/**
 * The public notice of penalty decisions (执法公示), open without login: a page listing the published decisions newest
 * first (enterprise name, credit code, violation, basis, measures, deciding unit; no personal names, phones or ID
 * numbers), and the same data as an Atom feed and as JSON.
 */
@PageController
@RequestMapping("/public/enforcement/decisions")
class PublicDecisionPages {

    static final int PAGE_SIZE = 20;
    static final String ATOM = "application/atom+xml";

    private final ReadPenaltyCases read;

    PublicDecisionPages(ReadPenaltyCases read) {
        this.read = read;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("found", read.publicDecisions(page, PAGE_SIZE));
        return "enforcement/public-decisions";
    }

    @GetMapping(value = "/feed.atom", produces = ATOM)
    @ResponseBody
    String atom(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size) {
        String pageUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/public/enforcement/decisions").toUriString();
        return DecisionFeed.atom(read.publicDecisions(page, size), pageUrl,
                ServletUriComponentsBuilder.fromCurrentRequestUri().toUriString());
    }

    @GetMapping(value = "/feed.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    PublicDecisionPage json(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size) {
        return read.publicDecisions(page, size);
    }
}
